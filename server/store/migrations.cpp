#include "migrations.h"

namespace ameide::platform {

const std::vector<std::string> &migrations()
{
    static const std::vector<std::string> all = {
        // 1: tenancy, credentials and the workflow runtime.
        R"sql(
CREATE TABLE platform_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
-- Identifies this store, so a watch cursor from a store that was since reset is recognised.
INSERT INTO platform_meta(key, value) VALUES ('instance_id', lower(hex(randomblob(8))));
CREATE TABLE tenants (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  status INTEGER NOT NULL,
  internal INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT NOT NULL DEFAULT '',
  updated_by TEXT NOT NULL DEFAULT ''
);
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  display_name TEXT NOT NULL,
  email TEXT NOT NULL,
  role INTEGER NOT NULL
);
CREATE INDEX users_tenant ON users(tenant_id);
CREATE TABLE organizations (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  parent_id TEXT REFERENCES organizations(id) ON DELETE RESTRICT,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT NOT NULL DEFAULT '',
  updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX organizations_tenant ON organizations(tenant_id, id);
CREATE TABLE organization_memberships (
  organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users(id),
  role TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (organization_id, user_id)
) WITHOUT ROWID;
CREATE TABLE tokens (
  id INTEGER PRIMARY KEY,
  token_hash BLOB NOT NULL UNIQUE,
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  user_id TEXT NOT NULL,
  role INTEGER NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE workflow_definitions (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  status INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT NOT NULL DEFAULT '',
  updated_by TEXT NOT NULL DEFAULT '',
  UNIQUE (tenant_id, name)
);
CREATE TABLE workflow_versions (
  definition_id TEXT NOT NULL REFERENCES workflow_definitions(id),
  version_number INTEGER NOT NULL,
  tag TEXT NOT NULL DEFAULT '',
  spec BLOB NOT NULL,
  status INTEGER NOT NULL,
  published_at INTEGER,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (definition_id, version_number)
);
CREATE TABLE workflow_runs (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  definition_id TEXT NOT NULL,
  version_number INTEGER NOT NULL,
  element_id TEXT NOT NULL DEFAULT '',
  status INTEGER NOT NULL,
  input TEXT NOT NULL DEFAULT '{}',
  output TEXT NOT NULL DEFAULT '{}',
  created_at INTEGER NOT NULL,
  started_at INTEGER,
  ended_at INTEGER,
  failure_reason TEXT NOT NULL DEFAULT '',
  error_class TEXT NOT NULL DEFAULT '',
  failed_step_id TEXT NOT NULL DEFAULT '',
  current_step INTEGER NOT NULL DEFAULT 0,
  step_due_at INTEGER,
  started_by TEXT NOT NULL DEFAULT '',
  retry_of_run_id TEXT NOT NULL DEFAULT '',
  original_run_id TEXT NOT NULL DEFAULT '',
  attempt INTEGER NOT NULL DEFAULT 1,
  idempotency_key TEXT,
  FOREIGN KEY (definition_id, version_number) REFERENCES workflow_versions(definition_id, version_number)
);
CREATE INDEX runs_by_time ON workflow_runs(tenant_id, created_at DESC, seq DESC);
CREATE INDEX runs_by_status ON workflow_runs(tenant_id, status, created_at DESC, seq DESC);
CREATE INDEX runs_by_definition ON workflow_runs(tenant_id, definition_id, created_at DESC, seq DESC);
CREATE INDEX runs_by_element ON workflow_runs(tenant_id, element_id, created_at DESC, seq DESC) WHERE element_id <> '';
CREATE INDEX runs_active ON workflow_runs(status) WHERE status IN (1, 2);
CREATE UNIQUE INDEX runs_idempotency ON workflow_runs(tenant_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX runs_retry_of ON workflow_runs(retry_of_run_id) WHERE retry_of_run_id <> '';
CREATE TABLE workflow_run_steps (
  run_seq INTEGER NOT NULL REFERENCES workflow_runs(seq) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  step_id TEXT NOT NULL,
  name TEXT NOT NULL,
  status INTEGER NOT NULL,
  started_at INTEGER,
  ended_at INTEGER,
  failure_reason TEXT NOT NULL DEFAULT '',
  error_class TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (run_seq, position)
) WITHOUT ROWID;
CREATE TABLE workflows_execution_status_updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  tenant_id TEXT NOT NULL,
  run_seq INTEGER NOT NULL REFERENCES workflow_runs(seq) ON DELETE CASCADE,
  run_status INTEGER NOT NULL,
  step_id TEXT NOT NULL DEFAULT '',
  step_status INTEGER NOT NULL DEFAULT 0,
  message TEXT NOT NULL DEFAULT '',
  failure_reason TEXT NOT NULL DEFAULT '',
  error_class TEXT NOT NULL DEFAULT '',
  occurred_at INTEGER NOT NULL
);
CREATE INDEX status_updates_by_run ON workflows_execution_status_updates(run_seq, seq);
CREATE INDEX status_updates_by_tenant ON workflows_execution_status_updates(tenant_id, seq);
CREATE TABLE workflow_rules (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  name TEXT NOT NULL,
  definition_id TEXT NOT NULL REFERENCES workflow_definitions(id),
  trigger_event TEXT NOT NULL,
  condition TEXT NOT NULL DEFAULT '',
  enabled INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  created_by TEXT NOT NULL DEFAULT '',
  updated_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX rules_tenant ON workflow_rules(tenant_id, id);
)sql",
    };
    return all;
}

} // namespace ameide::platform

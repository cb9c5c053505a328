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
        // 2: failure triage, run search, feedback intake and bulk retry jobs.
        // ameide_failure_signature() is the C++ function Database registers
        // on its writer connection (core/failure_signature.h).
        R"sql(
ALTER TABLE workflow_runs ADD COLUMN failure_signature TEXT NOT NULL DEFAULT '';
ALTER TABLE workflow_runs ADD COLUMN recovered INTEGER NOT NULL DEFAULT 0;
-- Sort keys with no NULLs, so keyset pages need no special case: a run not
-- yet started sorts as the newest start, a run not yet ended as duration -1.
ALTER TABLE workflow_runs ADD COLUMN started_key INTEGER GENERATED ALWAYS AS (COALESCE(started_at, 9223372036854775807)) VIRTUAL;
ALTER TABLE workflow_runs ADD COLUMN duration_ms INTEGER GENERATED ALWAYS AS (COALESCE(ended_at - started_at, -1)) VIRTUAL;
UPDATE workflow_runs SET failure_signature = ameide_failure_signature(failed_step_id, error_class, failure_reason)
  WHERE status = 4;
CREATE INDEX runs_by_original ON workflow_runs(tenant_id, original_run_id);
-- Look each chain up by runs_by_original: without statistics SQLite would pick
-- the status index and scan every completed run of the tenant per failed run.
UPDATE workflow_runs SET recovered = 1 WHERE status = 4 AND EXISTS (
  SELECT 1 FROM workflow_runs c INDEXED BY runs_by_original WHERE c.tenant_id = workflow_runs.tenant_id
    AND c.original_run_id = workflow_runs.original_run_id AND c.status = 3);
-- Search by signature (newest first) and failure groups; the trailing
-- columns make the groups' aggregates index-only.
CREATE INDEX runs_by_signature ON workflow_runs(tenant_id, failure_signature, created_at DESC, seq DESC, recovered,
  definition_id) WHERE failure_signature <> '';
CREATE INDEX runs_by_started ON workflow_runs(tenant_id, started_key, seq);
CREATE INDEX runs_by_duration ON workflow_runs(tenant_id, duration_ms, seq);
CREATE INDEX runs_by_status_seq ON workflow_runs(tenant_id, status, seq);
CREATE INDEX runs_by_definition_seq ON workflow_runs(tenant_id, definition_id, seq);
CREATE INDEX runs_by_attempt ON workflow_runs(tenant_id, attempt, seq);
-- Counts by status and recovery read these indexes alone.
CREATE INDEX runs_count ON workflow_runs(tenant_id, status, recovered, created_at);
CREATE INDEX runs_count_by_definition ON workflow_runs(tenant_id, definition_id, status, recovered);

CREATE TABLE feedback_items (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  organization_id TEXT NOT NULL DEFAULT '',
  channel INTEGER NOT NULL,
  persona TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  state INTEGER NOT NULL,
  element_id TEXT NOT NULL DEFAULT '',
  methodology_profile TEXT NOT NULL DEFAULT '',
  requester_id TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  sla_due_at INTEGER,
  idempotency_key TEXT,
  -- The failure signature a remediation item was opened for.
  remediation_signature TEXT
);
CREATE INDEX feedback_by_tenant ON feedback_items(tenant_id, seq DESC);
CREATE INDEX feedback_by_state ON feedback_items(tenant_id, state, seq DESC);
CREATE UNIQUE INDEX feedback_idempotency ON feedback_items(tenant_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX feedback_by_signature ON feedback_items(tenant_id, remediation_signature, seq DESC)
  WHERE remediation_signature IS NOT NULL;
CREATE TABLE feedback_state_history (
  item_seq INTEGER NOT NULL REFERENCES feedback_items(seq) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  state INTEGER NOT NULL,
  at INTEGER NOT NULL,
  changed_by TEXT NOT NULL,
  PRIMARY KEY (item_seq, position)
) WITHOUT ROWID;
CREATE TABLE feedback_subscribers (
  item_seq INTEGER NOT NULL REFERENCES feedback_items(seq) ON DELETE CASCADE,
  user_id TEXT NOT NULL,
  added_at INTEGER NOT NULL,
  PRIMARY KEY (item_seq, user_id)
) WITHOUT ROWID;
CREATE TABLE feedback_links (
  item_seq INTEGER NOT NULL REFERENCES feedback_items(seq) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  link TEXT NOT NULL,
  PRIMARY KEY (item_seq, position)
) WITHOUT ROWID;
CREATE INDEX feedback_links_by_link ON feedback_links(link, item_seq);
CREATE TABLE feedback_tags (
  item_seq INTEGER NOT NULL REFERENCES feedback_items(seq) ON DELETE CASCADE,
  tag TEXT NOT NULL,
  PRIMARY KEY (item_seq, tag)
) WITHOUT ROWID;
CREATE INDEX feedback_tags_by_tag ON feedback_tags(tag, item_seq);

CREATE TABLE bulk_retry_jobs (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  state INTEGER NOT NULL,
  total INTEGER NOT NULL,
  retried INTEGER NOT NULL DEFAULT 0,
  skipped INTEGER NOT NULL DEFAULT 0,
  rate_per_second INTEGER NOT NULL,
  from_failed_step INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  ended_at INTEGER,
  created_by TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  idempotency_key TEXT NOT NULL,
  UNIQUE (tenant_id, idempotency_key)
);
CREATE INDEX bulk_retry_jobs_by_tenant ON bulk_retry_jobs(tenant_id, seq DESC);
CREATE INDEX bulk_retry_jobs_running ON bulk_retry_jobs(state) WHERE state = 1;
-- state: 0 waiting, 1 retried, 2 skipped.
CREATE TABLE bulk_retry_job_items (
  job_id TEXT NOT NULL REFERENCES bulk_retry_jobs(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  run_seq INTEGER NOT NULL,
  state INTEGER NOT NULL DEFAULT 0,
  retry_run_id TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (job_id, position)
) WITHOUT ROWID;
)sql",
        // 3: step logs. A run's lines are numbered 1, 2, 3... in the order
        // they were written; level is the RunLogLevel number, at is in ms,
        // fields a flat JSON object of strings.
        R"sql(
CREATE TABLE workflow_run_logs (
  run_seq INTEGER NOT NULL REFERENCES workflow_runs(seq) ON DELETE CASCADE,
  sequence INTEGER NOT NULL,
  step_id TEXT NOT NULL DEFAULT '',
  level INTEGER NOT NULL,
  at INTEGER NOT NULL,
  message TEXT NOT NULL,
  fields TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (run_seq, sequence)
) WITHOUT ROWID;
-- One step's lines in order, without reading the other steps'.
CREATE INDEX run_logs_by_step ON workflow_run_logs(run_seq, step_id, sequence);
)sql",
        // 4: bulk retry follows retry chains; what the snapshot left out, by reason.
        R"sql(
ALTER TABLE bulk_retry_jobs ADD COLUMN skipped_recovered INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bulk_retry_jobs ADD COLUMN skipped_earlier_attempt INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bulk_retry_jobs ADD COLUMN skipped_in_progress INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bulk_retry_jobs ADD COLUMN skipped_not_failed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bulk_retry_jobs ADD COLUMN to_retry INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bulk_retry_jobs ADD COLUMN retry_superseded INTEGER NOT NULL DEFAULT 0;
-- Jobs that started before this: every item was to be retried.
UPDATE bulk_retry_jobs SET to_retry = total, retry_superseded = 1;
)sql",
        // 5: bulk jobs also cancel and can start with a canary; failure groups
        // can be acknowledged. action is the BulkJobAction number, phase the
        // BulkJobPhase number; canary items are the first canary_started
        // items the job retried (canary = 1).
        R"sql(
ALTER TABLE bulk_retry_jobs ADD COLUMN action INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bulk_retry_jobs ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE bulk_retry_jobs ADD COLUMN canary_runs INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bulk_retry_jobs ADD COLUMN canary_max_failed_percent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bulk_retry_jobs ADD COLUMN phase INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bulk_retry_jobs ADD COLUMN canary_started INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bulk_retry_jobs ADD COLUMN canary_ended INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bulk_retry_jobs ADD COLUMN canary_failed_same INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bulk_retry_jobs ADD COLUMN pause_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE bulk_retry_job_items ADD COLUMN canary INTEGER NOT NULL DEFAULT 0;
CREATE TABLE failure_group_acks (
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  signature TEXT NOT NULL,
  assignee TEXT NOT NULL,
  acknowledged_by TEXT NOT NULL,
  acknowledged_at INTEGER NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (tenant_id, signature)
) WITHOUT ROWID;
-- A chain's later attempts and their statuses from the index alone: the
-- chain rule reads them for every selected failed run.
DROP INDEX runs_by_original;
CREATE INDEX runs_by_original ON workflow_runs(tenant_id, original_run_id, seq, status);
)sql",
        // 6: failed runs that no retry has recovered, sorted by start or by
        // duration, for the "Unrecovered failures" view (newest first reads
        // runs_count in order). The list query names the same literal terms
        // (appendRunQuery), so SQLite can read these small indexes in order
        // instead of sorting every unrecovered run.
        R"sql(
CREATE INDEX runs_unrecovered_by_started ON workflow_runs(tenant_id, started_key, seq)
  WHERE status = 4 AND recovered = 0;
CREATE INDEX runs_unrecovered_by_duration ON workflow_runs(tenant_id, duration_ms, seq)
  WHERE status = 4 AND recovered = 0;
)sql",
    };
    return all;
}

} // namespace ameide::platform

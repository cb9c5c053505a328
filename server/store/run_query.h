#pragma once

#include "ameide_core_proto/workflows_runtime/v1/workflows_operations_service.pb.h"
#include "run_rows.h"

#include <string>
#include <vector>

namespace ameide::platform {

// One WorkflowRunQuery as SQL, shared by SearchWorkflowRuns,
// CountWorkflowRuns, ListFailureGroups and StartBulkRetry: appends
// " AND ..." conditions on the run (alias r) of the tenant's runs; the
// caller adds "r.tenant_id = ?" itself. Every value is a bound parameter.
void appendRunQuery(const wf::WorkflowRunQuery &query, const std::string &tenantId, std::string *sql,
                    std::vector<Param> *params);

// False when the query names a definition_name no definition of the tenant
// has: nothing can match, and SQLite would scan every run to find that out.
bool canMatch(SQLite::Database &db, const wf::WorkflowRunQuery &query, const std::string &tenantId);

} // namespace ameide::platform

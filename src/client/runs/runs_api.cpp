#include "client/runs/runs_api.h"

#include "client/api_call.h"
#include "client/json_struct.h"
#include "client/platform_connection.h"
#include "client/runs/bulk_retry_job_api.h"
#include "client/runs/run_watch.h"

#include <algorithm>

namespace ameide::client {

namespace {

const QString kOperations = QStringLiteral("WorkflowOperationsService");
const QString kWorkflows = QStringLiteral("WorkflowService");

} // namespace

namespace wf = ameide_core_proto::workflows_runtime::v1;

RunsApi::RunsApi(PlatformConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

RunsApi::~RunsApi() = default;

void RunsApi::setConnection(PlatformConnection *connection)
{
    if (m_connection == connection)
        return;
    m_connection = connection;
    Q_EMIT connectionChanged();
}

std::unique_ptr<BulkRetryJobApi> RunsApi::bulkRetryJob(const RunFilter &filter) const
{
    return std::make_unique<BulkRetryJobApi>(connection(), filter);
}

std::unique_ptr<BulkRetryJobApi> RunsApi::bulkRetryJob(const QStringList &runIds) const
{
    return std::make_unique<BulkRetryJobApi>(connection(), runIds);
}

std::unique_ptr<BulkRetryJobApi> RunsApi::bulkCancelJob(const RunFilter &filter) const
{
    return std::make_unique<BulkRetryJobApi>(connection(), filter, BulkRetryJobApi::Action::Cancel);
}

std::unique_ptr<BulkRetryJobApi> RunsApi::bulkCancelJob(const QStringList &runIds) const
{
    return std::make_unique<BulkRetryJobApi>(connection(), runIds, BulkRetryJobApi::Action::Cancel);
}

PlatformConnection *RunsApi::connection() const
{
    return qobject_cast<PlatformConnection *>(m_connection.data());
}

QString RunsApi::tenantId() const
{
    const auto *c = connection();
    return c ? c->profile().tenantId : QString();
}

QString RunsApi::endpoint() const
{
    const auto *c = connection();
    return c ? c->profile().endpoint : QString();
}

CallHandle RunsApi::searchRuns(QObject *receiver, const RunPageQuery &page, ApiCallback<RunPage> done) const
{
    wf::SearchWorkflowRunsRequest request;
    request.mutable_pagination()->set_page_size(page.pageSize);
    request.mutable_pagination()->set_page_token(page.pageToken);
    if (page.originalRunId.isEmpty())
        toProto(page.filter, QDateTime::currentDateTimeUtc(), request.mutable_query());
    else
        request.mutable_query()->set_original_run_id(page.originalRunId.toStdString());
    request.mutable_sort()->set_field(page.sortField);
    request.mutable_sort()->set_ascending(page.ascending);
    PlatformConnection *c = connection();
    return invoke<wf::SearchWorkflowRunsRequest, wf::SearchWorkflowRunsResponse, RunPage>(
        c, receiver, request,
        [s = c ? c->operations() : nullptr](auto *ctx, auto *req, auto *resp, auto cb) {
            s->async()->SearchWorkflowRuns(ctx, req, resp, std::move(cb));
        },
        kOperations,
        [](const wf::SearchWorkflowRunsResponse &response, qint64 micros) {
            RunPage result;
            result.runs.assign(response.runs().begin(), response.runs().end());
            result.nextPageToken = response.pagination().next_page_token();
            result.micros = micros;
            return result;
        },
        std::move(done), page.deadline);
}

CallHandle RunsApi::countRuns(QObject *receiver, const RunFilter &filter, ApiCallback<RunCounts> done) const
{
    wf::CountWorkflowRunsRequest request;
    toProto(filter, QDateTime::currentDateTimeUtc(), request.mutable_query());
    PlatformConnection *c = connection();
    return invoke<wf::CountWorkflowRunsRequest, wf::CountWorkflowRunsResponse, RunCounts>(
        c, receiver, request,
        [s = c ? c->operations() : nullptr](auto *ctx, auto *req, auto *resp, auto cb) {
            s->async()->CountWorkflowRuns(ctx, req, resp, std::move(cb));
        },
        kOperations,
        [](const wf::CountWorkflowRunsResponse &r, qint64) {
            return RunCounts{r.total(), r.pending(), r.running(), r.completed(), r.failed(), r.cancelled(),
                             r.recovered()};
        },
        std::move(done));
}

CallHandle RunsApi::describeRun(QObject *receiver, const QString &runId, ApiCallback<runs::WorkflowRun> done) const
{
    wf::DescribeWorkflowRunRequest request;
    request.set_run_id(runId.toStdString());
    PlatformConnection *c = connection();
    return invoke<wf::DescribeWorkflowRunRequest, wf::DescribeWorkflowRunResponse, runs::WorkflowRun>(
        c, receiver, request,
        [s = c ? c->workflows() : nullptr](auto *ctx, auto *req, auto *resp, auto cb) {
            s->async()->DescribeWorkflowRun(ctx, req, resp, std::move(cb));
        },
        kWorkflows, [](const wf::DescribeWorkflowRunResponse &r, qint64) { return r.run(); }, std::move(done));
}

CallHandle RunsApi::listDefinitions(QObject *receiver, ApiCallback<QList<WorkflowDefinitionName>> done) const
{
    wf::ListWorkflowDefinitionsRequest request;
    request.mutable_pagination()->set_page_size(1000);
    PlatformConnection *c = connection();
    return invoke<wf::ListWorkflowDefinitionsRequest, wf::ListWorkflowDefinitionsResponse,
                  QList<WorkflowDefinitionName>>(
        c, receiver, request,
        [s = c ? c->workflows() : nullptr](auto *ctx, auto *req, auto *resp, auto cb) {
            s->async()->ListWorkflowDefinitions(ctx, req, resp, std::move(cb));
        },
        kWorkflows,
        [](const wf::ListWorkflowDefinitionsResponse &r, qint64) {
            QList<WorkflowDefinitionName> names;
            names.reserve(r.definitions_size());
            for (const auto &d : r.definitions())
                names.append({QString::fromStdString(d.id()), QString::fromStdString(d.name())});
            return names;
        },
        std::move(done));
}

CallHandle RunsApi::listUpdates(QObject *receiver, const QString &runId, const std::string &pageToken, int pageSize,
                                bool newestFirst, ApiCallback<UpdatePage> done) const
{
    wf::ListWorkflowRunUpdatesRequest request;
    request.set_run_id(runId.toStdString());
    request.set_newest_first(newestFirst);
    request.mutable_pagination()->set_page_size(pageSize);
    request.mutable_pagination()->set_page_token(pageToken);
    PlatformConnection *c = connection();
    return invoke<wf::ListWorkflowRunUpdatesRequest, wf::ListWorkflowRunUpdatesResponse, UpdatePage>(
        c, receiver, request,
        [s = c ? c->operations() : nullptr](auto *ctx, auto *req, auto *resp, auto cb) {
            s->async()->ListWorkflowRunUpdates(ctx, req, resp, std::move(cb));
        },
        kOperations,
        [](const wf::ListWorkflowRunUpdatesResponse &r, qint64) {
            UpdatePage page;
            page.updates.assign(r.updates().begin(), r.updates().end());
            page.nextPageToken = r.pagination().next_page_token();
            page.total = r.total();
            return page;
        },
        std::move(done));
}

CallHandle RunsApi::listLogs(QObject *receiver, const LogQuery &query, ApiCallback<LogPage> done) const
{
    wf::ListWorkflowRunLogsRequest request;
    request.set_run_id(query.runId.toStdString());
    request.set_step_id(query.stepId.toStdString());
    request.set_min_level(query.minLevel);
    request.set_contains(query.contains.toStdString());
    request.mutable_pagination()->set_page_size(query.pageSize);
    request.mutable_pagination()->set_page_token(query.pageToken);
    request.set_after_sequence(query.afterSequence);
    PlatformConnection *c = connection();
    return invoke<wf::ListWorkflowRunLogsRequest, wf::ListWorkflowRunLogsResponse, LogPage>(
        c, receiver, request,
        [s = c ? c->operations() : nullptr](auto *ctx, auto *req, auto *resp, auto cb) {
            s->async()->ListWorkflowRunLogs(ctx, req, resp, std::move(cb));
        },
        kOperations,
        [](const wf::ListWorkflowRunLogsResponse &r, qint64) {
            // Copied here, on the gRPC thread, into the compact form the model keeps.
            LogPage page;
            page.lines.reserve(static_cast<std::size_t>(r.lines_size()));
            for (const auto &l : r.lines()) {
                runs::LogLine line;
                line.sequence = l.sequence();
                line.stepId = QString::fromStdString(l.step_id());
                line.level = l.level();
                line.timeMs = runs::millisOf(l.time());
                line.message = QString::fromStdString(l.message());
                if (!l.fields().empty()) {
                    line.fields.reserve(static_cast<qsizetype>(l.fields().size()));
                    for (const auto &[key, value] : l.fields())
                        line.fields.append({QString::fromStdString(key), QString::fromStdString(value)});
                    // A protobuf map has no order; people read keys in one.
                    std::sort(line.fields.begin(), line.fields.end());
                }
                page.lines.push_back(std::move(line));
            }
            page.nextPageToken = r.pagination().next_page_token();
            page.total = r.total();
            page.lastSequence = r.last_sequence();
            return page;
        },
        std::move(done));
}

CallHandle RunsApi::listFailureGroups(QObject *receiver, const RunFilter &filter, int limit,
                                      ApiCallback<std::vector<runs::FailureGroup>> done) const
{
    wf::ListFailureGroupsRequest request;
    toProto(filter, QDateTime::currentDateTimeUtc(), request.mutable_query());
    request.set_limit(limit);
    PlatformConnection *c = connection();
    return invoke<wf::ListFailureGroupsRequest, wf::ListFailureGroupsResponse, std::vector<runs::FailureGroup>>(
        c, receiver, request,
        [s = c ? c->operations() : nullptr](auto *ctx, auto *req, auto *resp, auto cb) {
            s->async()->ListFailureGroups(ctx, req, resp, std::move(cb));
        },
        kOperations,
        [](const wf::ListFailureGroupsResponse &r, qint64) {
            return std::vector<runs::FailureGroup>(r.groups().begin(), r.groups().end());
        },
        std::move(done));
}

CallHandle RunsApi::retryRun(QObject *receiver, const RetryOptions &retry, ApiCallback<RetryResult> done) const
{
    wf::RetryWorkflowRunRequest request;
    request.set_run_id(retry.runId.toStdString());
    request.set_idempotency_key(retry.idempotencyKey.toStdString());
    request.set_from_failed_step(retry.fromFailedStep);
    request.set_retry_superseded(retry.retrySuperseded);
    if (retry.inputJson) {
        const auto parsed = jsonToStruct(*retry.inputJson, request.mutable_input());
        if (!parsed.ok) {
            ApiResult<RetryResult> result;
            result.error = ApiError::InvalidArgument;
            result.message = parsed.error;
            QMetaObject::invokeMethod(
                receiver, [done, result] { done(result); }, Qt::QueuedConnection);
            return {};
        }
        request.set_replace_input(true);
    }
    PlatformConnection *c = connection();
    return invoke<wf::RetryWorkflowRunRequest, wf::RetryWorkflowRunResponse, RetryResult>(
        c, receiver, request,
        [s = c ? c->operations() : nullptr](auto *ctx, auto *req, auto *resp, auto cb) {
            s->async()->RetryWorkflowRun(ctx, req, resp, std::move(cb));
        },
        kOperations, [](const wf::RetryWorkflowRunResponse &r, qint64) { return RetryResult{r.run(), r.created()}; },
        std::move(done));
}

CallHandle RunsApi::cancelRun(QObject *receiver, const QString &runId, ApiCallback<Done> done) const
{
    wf::CancelWorkflowRunRequest request;
    request.set_run_id(runId.toStdString());
    PlatformConnection *c = connection();
    return invoke<wf::CancelWorkflowRunRequest, wf::CancelWorkflowRunResponse, Done>(
        c, receiver, request,
        [s = c ? c->workflows() : nullptr](auto *ctx, auto *req, auto *resp, auto cb) {
            s->async()->CancelWorkflowRun(ctx, req, resp, std::move(cb));
        },
        kWorkflows, [](const wf::CancelWorkflowRunResponse &, qint64) { return Done{}; }, std::move(done));
}

CallHandle RunsApi::openRemediationItem(QObject *receiver, const RemediationDraft &item,
                                        ApiCallback<RemediationResult> done) const
{
    wf::OpenRemediationItemRequest request;
    request.set_failure_signature(item.failureSignature.toStdString());
    request.set_title(item.title.toStdString());
    request.set_description(item.description.toStdString());
    request.set_sla_hours(item.slaHours);
    request.set_idempotency_key(item.idempotencyKey.toStdString());
    PlatformConnection *c = connection();
    return invoke<wf::OpenRemediationItemRequest, wf::OpenRemediationItemResponse, RemediationResult>(
        c, receiver, request,
        [s = c ? c->operations() : nullptr](auto *ctx, auto *req, auto *resp, auto cb) {
            s->async()->OpenRemediationItem(ctx, req, resp, std::move(cb));
        },
        kOperations,
        [](const wf::OpenRemediationItemResponse &r, qint64) {
            return RemediationResult{QString::fromStdString(r.feedback_item_id()), r.created()};
        },
        std::move(done));
}

CallHandle RunsApi::acknowledgeFailureGroup(QObject *receiver, const FailureGroupAcknowledgement &ack,
                                            ApiCallback<runs::FailureGroup> done) const
{
    wf::AcknowledgeFailureGroupRequest request;
    request.set_failure_signature(ack.failureSignature.toStdString());
    request.set_assignee(ack.assignee.toStdString());
    request.set_note(ack.note.toStdString());
    request.set_clear(ack.clear);
    PlatformConnection *c = connection();
    return invoke<wf::AcknowledgeFailureGroupRequest, wf::AcknowledgeFailureGroupResponse, runs::FailureGroup>(
        c, receiver, request,
        [s = c ? c->operations() : nullptr](auto *ctx, auto *req, auto *resp, auto cb) {
            s->async()->AcknowledgeFailureGroup(ctx, req, resp, std::move(cb));
        },
        kOperations, [](const wf::AcknowledgeFailureGroupResponse &r, qint64) { return r.group(); },
        std::move(done));
}

CallHandle RunsApi::checkManageRuns(QObject *receiver, ApiCallback<Done> done) const
{
    // A bulk retry's plan stores nothing and is refused exactly when the role may not retry.
    return bulkRetryJob(RunFilter{})->plan(receiver, [done](const ApiResult<Job> &planned) {
        ApiResult<Done> result;
        result.error = planned.error;
        result.message = planned.message;
        done(result);
    });
}

RunWatch *RunsApi::watchRuns(QObject *parent) const
{
    auto *c = connection();
    return c ? new RunWatch(c, parent) : nullptr;
}

} // namespace ameide::client

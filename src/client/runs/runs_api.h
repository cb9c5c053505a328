#pragma once

#include "client/api_result.h"
#include "client/runs/run_filter.h"
#include "client/runs/run_log.h"
#include "client/runs/workflow_run.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ameide::client {

class BulkRetryJobApi;
class PlatformConnection;
class RunWatch;

// One page of runs and where the next one starts (empty: none).
struct RunPage
{
    std::vector<runs::WorkflowRun> runs;
    std::string nextPageToken;
    // How long the call took, for the benchmarks' floor.
    qint64 micros = 0;
};

struct RunPageQuery
{
    RunFilter filter;
    // Only the attempts of this retry chain (the filter is then ignored).
    QString originalRunId;
    runs::SortField sortField = ameide_core_proto::workflows_runtime::v1::RUN_SORT_FIELD_CREATED_AT;
    bool ascending = false;
    int pageSize = 200;
    std::string pageToken;
    std::chrono::milliseconds deadline = std::chrono::seconds(5);
};

struct RunCounts
{
    qint64 total = 0;
    qint64 pending = 0;
    qint64 running = 0;
    qint64 completed = 0;
    qint64 failed = 0;
    qint64 cancelled = 0;
    qint64 recovered = 0;
};

struct WorkflowDefinitionName
{
    QString id;
    QString name;
};

struct UpdatePage
{
    std::vector<runs::StatusUpdate> updates;
    std::string nextPageToken;
    // Updates the run has in all.
    qint64 total = 0;
};

struct RetryOptions
{
    QString runId;
    // Made once per confirmation, so a second press can never start a second retry.
    QString idempotencyKey;
    bool fromFailedStep = false;
    // Retry even though a later attempt of the run's chain exists (the
    // platform refuses otherwise).
    bool retrySuperseded = false;
    // Replaces the run's input when set; must be a JSON object.
    std::optional<QByteArray> inputJson;
};

struct RetryResult
{
    runs::WorkflowRun run;
    // False when the key had already started this retry.
    bool created = false;
};

struct RemediationDraft
{
    QString failureSignature;
    QString title;
    QString description;
    int slaHours = 72;
    QString idempotencyKey;
};

struct RemediationResult
{
    QString feedbackItemId;
    bool created = false;
};

// Who is on a failure group (AcknowledgeFailureGroup), for everyone in the tenant.
struct FailureGroupAcknowledgement
{
    QString failureSignature;
    // Empty: the caller.
    QString assignee;
    QString note;
    // Removes the acknowledgement instead (assignee and note ignored).
    bool clear = false;
};

// Everything the runs screen asks of the platform. The only code of the
// feature that sees requests, responses and stubs; the models and widgets
// above get value types and a CallHandle. Answers arrive on the GUI thread,
// and not at all once `receiver` is gone.
class RunsApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsApi)
public:
    explicit RunsApi(PlatformConnection *connection, QObject *parent = nullptr);
    ~RunsApi() override;

    // Another platform (or none): everything asked from now on goes there,
    // and connectionChanged() tells the holders to start again.
    void setConnection(PlatformConnection *connection);
    PlatformConnection *connection() const;
    bool isConnected() const { return !m_connection.isNull(); }
    QString tenantId() const;
    QString endpoint() const;

    CallHandle searchRuns(QObject *receiver, const RunPageQuery &request, ApiCallback<RunPage> done) const;
    CallHandle countRuns(QObject *receiver, const RunFilter &filter, ApiCallback<RunCounts> done) const;
    CallHandle describeRun(QObject *receiver, const QString &runId, ApiCallback<runs::WorkflowRun> done) const;
    CallHandle listDefinitions(QObject *receiver, ApiCallback<QList<WorkflowDefinitionName>> done) const;
    // One page of a run's status updates, oldest first or newest first (a
    // page token holds to the order it was made for).
    CallHandle listUpdates(QObject *receiver, const QString &runId, const std::string &pageToken, int pageSize,
                           bool newestFirst, ApiCallback<UpdatePage> done) const;
    // One page of a run's step log (ListWorkflowRunLogs).
    CallHandle listLogs(QObject *receiver, const LogQuery &query, ApiCallback<LogPage> done) const;
    CallHandle listFailureGroups(QObject *receiver, const RunFilter &filter, int limit,
                                 ApiCallback<std::vector<runs::FailureGroup>> done) const;
    CallHandle retryRun(QObject *receiver, const RetryOptions &request, ApiCallback<RetryResult> done) const;
    CallHandle cancelRun(QObject *receiver, const QString &runId, ApiCallback<Done> done) const;
    CallHandle openRemediationItem(QObject *receiver, const RemediationDraft &request,
                                   ApiCallback<RemediationResult> done) const;
    // Says who is on a failure group, or clears it; answers the group as the
    // platform now lists it with no query (its counts are not the filter's).
    CallHandle acknowledgeFailureGroup(QObject *receiver, const FailureGroupAcknowledgement &request,
                                       ApiCallback<runs::FailureGroup> done) const;
    // Whether the caller's role may retry and cancel runs: a bulk retry dry
    // run that stores nothing. PermissionDenied (with the platform's reason) means no.
    CallHandle checkManageRuns(QObject *receiver, ApiCallback<Done> done) const;

    // A live stream of run changes (not started); nullptr without a connection.
    RunWatch *watchRuns(QObject *parent) const;
    // A bulk retry job of every failed run the filter matches, or of these runs.
    std::unique_ptr<BulkRetryJobApi> bulkRetryJob(const RunFilter &filter) const;
    std::unique_ptr<BulkRetryJobApi> bulkRetryJob(const QStringList &runIds) const;
    // A bulk cancel of every pending or running run the filter matches, or of these runs.
    std::unique_ptr<BulkRetryJobApi> bulkCancelJob(const RunFilter &filter) const;
    std::unique_ptr<BulkRetryJobApi> bulkCancelJob(const QStringList &runIds) const;

Q_SIGNALS:
    void connectionChanged();

private:
    // A PlatformConnection; QObject here so this header needs no gRPC.
    QPointer<QObject> m_connection;
};

} // namespace ameide::client

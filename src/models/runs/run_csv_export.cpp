#include "models/runs/run_csv_export.h"

#include "client/runs/runs_api.h"

#include <QTimeZone>

namespace ameide::models {

using ameide::client::runs::WorkflowRun;

namespace {

constexpr int kPageSize = 1000;
constexpr auto kPageDeadline = std::chrono::seconds(30);

QString isoTime(const google::protobuf::Timestamp &ts)
{
    const QDateTime t = client::runs::toDateTime(ts);
    return t.isValid() ? t.toString(Qt::ISODateWithMs) : QString();
}

// One field: quoted when it must be, and never read as a formula by a
// spreadsheet (a failure message can start with "=").
QByteArray field(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r'))) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v.toUtf8();
}

} // namespace

RunCsvExport::RunCsvExport(ameide::client::RunsApi *api, const ameide::client::RunFilter &filter,
                           ameide::client::runs::SortField sortField, bool ascending, const QString &path,
                           QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_filter(filter)
    , m_sortField(sortField)
    , m_ascending(ascending)
    , m_path(path)
{
    m_file.setFileName(path);
}

RunCsvExport::~RunCsvExport()
{
    m_call.cancel();
    if (!m_done)
        m_file.cancelWriting();
}

QStringList RunCsvExport::header()
{
    return {QStringLiteral("run_id"), QStringLiteral("definition_id"), QStringLiteral("definition_name"),
            QStringLiteral("version"), QStringLiteral("status"), QStringLiteral("recovered"),
            QStringLiteral("failure_reason"), QStringLiteral("error_class"), QStringLiteral("failed_step_id"),
            QStringLiteral("failure_signature"), QStringLiteral("created_at"), QStringLiteral("started_at"),
            QStringLiteral("ended_at"), QStringLiteral("attempt"), QStringLiteral("retry_of_run_id"),
            QStringLiteral("original_run_id"), QStringLiteral("element_id"), QStringLiteral("started_by")};
}

QStringList RunCsvExport::values(const WorkflowRun &run)
{
    using client::runs::text;
    QString status = QString::fromStdString(ameide_core_proto::workflows_runtime::v1::WorkflowRunStatus_Name(run.status()));
    status.remove(QStringLiteral("WORKFLOW_RUN_STATUS_"));
    return {text(run.id()),
            text(run.definition_id()),
            text(run.definition_name()),
            QString::number(run.version_number()),
            status,
            run.recovered() ? QStringLiteral("true") : QStringLiteral("false"),
            text(run.failure_reason()),
            text(run.error_class()),
            text(run.failed_step_id()),
            text(run.failure_signature()),
            isoTime(run.created_at()),
            isoTime(run.started_at()),
            isoTime(run.ended_at()),
            QString::number(run.attempt()),
            text(run.retry_of_run_id()),
            text(run.original_run_id()),
            text(run.element_id()),
            text(run.started_by())};
}

QByteArray RunCsvExport::line(const QStringList &fields)
{
    QByteArray out;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += field(fields[i]);
    }
    out += "\r\n";
    return out;
}

void RunCsvExport::start()
{
    if (!m_api) {
        finish(tr("Not connected."));
        return;
    }
    if (!m_file.open(QIODevice::WriteOnly)) {
        finish(tr("Cannot write %1: %2").arg(m_path, m_file.errorString()));
        return;
    }
    m_file.write(line(header()));
    requestPage();
}

void RunCsvExport::stop()
{
    if (m_done)
        return;
    m_stopped = true;
    m_call.cancel();
    finish(tr("Export stopped; nothing was written."));
}

void RunCsvExport::requestPage()
{
    if (!m_api) {
        finish(tr("The connection was lost; nothing was written."));
        return;
    }
    client::RunPageQuery request;
    request.filter = m_filter;
    request.sortField = m_sortField;
    request.ascending = m_ascending;
    request.pageSize = kPageSize;
    request.pageToken = m_token;
    request.deadline = kPageDeadline;
    m_call = m_api->searchRuns(this, request, [this](const client::ApiResult<client::RunPage> &result) {
        if (m_done)
            return;
        if (!result.ok()) {
            finish(tr("Export failed: %1").arg(result.message));
            return;
        }
        for (const auto &run : result.value.runs)
            m_file.write(line(values(run)));
        m_rows += static_cast<qint64>(result.value.runs.size());
        Q_EMIT progress(m_rows);
        m_token = result.value.nextPageToken;
        if (m_token.empty())
            finish({});
        else
            requestPage();
    });
}

void RunCsvExport::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    QString why = error;
    if (why.isEmpty() && !m_file.commit())
        why = tr("Export failed: %1").arg(m_file.errorString());
    else if (!why.isEmpty())
        m_file.cancelWriting();
    Q_EMIT finished(m_path, m_rows, why);
}

} // namespace ameide::models

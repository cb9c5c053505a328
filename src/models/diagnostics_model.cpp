#include "diagnostics_model.h"

#include "platform_connection.h"
#include "status_text.h"

#include <QBrush>
#include <QColor>

namespace ameide::models {

using ameide::client::PlatformConnection;
namespace wf = ameide_core_proto::workflows_runtime::v1;
namespace pv1 = ameide_core_proto::platform::v1;

DiagnosticsModel::DiagnosticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    for (const auto *name : {"grpc.health.v1.Health", "WorkflowService", "WorkflowOperationsService", "TenantService",
                             "OrganizationService"})
        m_rows.push_back({QString::fromLatin1(name), false, -1, 0, {}});
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServiceColumn: return tr("Service");
    case ResultColumn: return tr("Result");
    case LatencyColumn: return tr("Latency");
    case DetailColumn: return tr("What it means");
    default: return {};
    }
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == StatusCodeRole)
        return row.code;
    if (role == LatencyMicrosRole)
        return row.micros;
    if (role == Qt::ForegroundRole && index.column() == ResultColumn && row.done)
        return QBrush(row.code == 0 ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb0, 0x2a, 0x2a));
    if (role == Qt::TextAlignmentRole && index.column() == LatencyColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ServiceColumn: return row.service;
    case ResultColumn:
        return row.done ? ameide::client::statusCodeName(static_cast<grpc::StatusCode>(row.code)) : tr("Probing…");
    case LatencyColumn:
        return row.done && row.micros > 0 ? tr("%1 ms").arg(static_cast<double>(row.micros) / 1000.0, 0, 'f', 1)
                                          : QString();
    case DetailColumn: return row.detail;
    default: return {};
    }
}

void DiagnosticsModel::setResult(int row, int code, qint64 micros, const QString &detail)
{
    Row &r = m_rows[row];
    r.done = true;
    r.code = code;
    r.micros = micros;
    r.detail = detail;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (--m_pending == 0)
        Q_EMIT finished();
}

void DiagnosticsModel::run(PlatformConnection *connection)
{
    ++m_generation;
    const int generation = m_generation;
    for (auto &r : m_rows)
        r = {r.service, false, -1, 0, {}};
    Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
    m_pending = static_cast<int>(m_rows.size());
    if (!connection) {
        for (int i = 0; i < m_rows.size(); ++i)
            setResult(i, static_cast<int>(grpc::StatusCode::UNAVAILABLE), 0, tr("There is no connection."));
        return;
    }
    const QString endpoint = connection->profile().endpoint;
    // Each probe reports its status; a service that answers is routed and up.
    auto report = [this, generation, endpoint](int row, const QString &service) {
        return [this, generation, endpoint, row, service](const grpc::Status &status, qint64 micros) {
            if (generation != m_generation)
                return;
            const QString detail = status.ok() ? tr("Answered.") : ameide::client::describeStatus(status, service, endpoint);
            setResult(row, static_cast<int>(status.error_code()), micros, detail);
        };
    };
    connection->checkHealth(this, report(0, m_rows[0].service));

    wf::ListWorkflowDefinitionsRequest definitions;
    definitions.mutable_pagination()->set_page_size(1);
    connection->call<wf::ListWorkflowDefinitionsRequest, wf::ListWorkflowDefinitionsResponse>(
        this, definitions,
        [s = connection->workflows()](auto *ctx, auto *req, auto *resp, auto done) {
            s->async()->ListWorkflowDefinitions(ctx, req, resp, std::move(done));
        },
        [r = report(1, m_rows[1].service)](const grpc::Status &st, const auto &, qint64 us) { r(st, us); });

    // An empty retry is refused by validation before anything else, so
    // INVALID_ARGUMENT proves the service is routed and answering.
    wf::RetryWorkflowRunRequest retry;
    connection->call<wf::RetryWorkflowRunRequest, wf::RetryWorkflowRunResponse>(
        this, retry,
        [s = connection->operations()](auto *ctx, auto *req, auto *resp, auto done) {
            s->async()->RetryWorkflowRun(ctx, req, resp, std::move(done));
        },
        [r = report(2, m_rows[2].service)](const grpc::Status &st, const auto &, qint64 us) {
            r(st.error_code() == grpc::StatusCode::INVALID_ARGUMENT ? grpc::Status::OK : st, us);
        });

    pv1::ListTenantsRequest tenants;
    tenants.mutable_pagination()->set_page_size(1);
    connection->call<pv1::ListTenantsRequest, pv1::ListTenantsResponse>(
        this, tenants,
        [s = connection->tenants()](auto *ctx, auto *req, auto *resp, auto done) {
            s->async()->ListTenants(ctx, req, resp, std::move(done));
        },
        [r = report(3, m_rows[3].service)](const grpc::Status &st, const auto &, qint64 us) { r(st, us); });

    pv1::ListOrganizationsRequest organizations;
    organizations.mutable_pagination()->set_page_size(1);
    connection->call<pv1::ListOrganizationsRequest, pv1::ListOrganizationsResponse>(
        this, organizations,
        [s = connection->organizations()](auto *ctx, auto *req, auto *resp, auto done) {
            s->async()->ListOrganizations(ctx, req, resp, std::move(done));
        },
        [r = report(4, m_rows[4].service)](const grpc::Status &st, const auto &, qint64 us) { r(st, us); });
}

QString DiagnosticsModel::report() const
{
    QString out;
    for (const Row &r : m_rows) {
        out += r.service + QLatin1Char('\t')
            + (r.done ? ameide::client::statusCodeName(static_cast<grpc::StatusCode>(r.code)) : tr("pending"))
            + QLatin1Char('\t') + QString::number(static_cast<double>(r.micros) / 1000.0, 'f', 1)
            + QStringLiteral(" ms\t") + r.detail + QLatin1Char('\n');
    }
    return out;
}

} // namespace ameide::models

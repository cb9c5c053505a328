#include "models/diagnostics/diagnostics_model.h"

#include "client/service_probe.h"

#include <QBrush>
#include <QColor>

namespace ameide::models {

using ameide::client::PlatformConnection;

DiagnosticsModel::DiagnosticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    for (const auto &service : client::probedServices())
        m_rows.push_back({service, false, -1, {}, 0, {}});
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
        return row.done ? row.codeName : tr("Probing…");
    case LatencyColumn:
        return row.done && row.micros > 0 ? tr("%1 ms").arg(static_cast<double>(row.micros) / 1000.0, 0, 'f', 1)
                                          : QString();
    case DetailColumn: return row.detail;
    default: return {};
    }
}

void DiagnosticsModel::setResult(const client::ServiceProbeResult &result)
{
    if (result.index < 0 || result.index >= m_rows.size())
        return;
    Row &r = m_rows[result.index];
    r.done = true;
    r.code = result.code;
    r.codeName = result.codeName;
    r.micros = result.micros;
    r.detail = result.detail;
    Q_EMIT dataChanged(index(result.index, 0), index(result.index, ColumnCount - 1));
    if (--m_pending == 0)
        Q_EMIT finished();
}

void DiagnosticsModel::run(PlatformConnection *connection)
{
    ++m_generation;
    const int generation = m_generation;
    for (auto &r : m_rows)
        r = {r.service, false, -1, {}, 0, {}};
    Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
    m_pending = static_cast<int>(m_rows.size());
    client::probeServices(connection, this, [this, generation](const client::ServiceProbeResult &result) {
        if (generation == m_generation)
            setResult(result);
    });
}

QString DiagnosticsModel::report() const
{
    QString out;
    for (const Row &r : m_rows) {
        out += r.service + QLatin1Char('\t') + (r.done ? r.codeName : tr("pending")) + QLatin1Char('\t')
            + QString::number(static_cast<double>(r.micros) / 1000.0, 'f', 1) + QStringLiteral(" ms\t") + r.detail
            + QLatin1Char('\n');
    }
    return out;
}

} // namespace ameide::models

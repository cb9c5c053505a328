#include "failure_group_model.h"

#include "status_text.h"

#include <google/protobuf/util/time_util.h>

#include <QDateTime>

namespace ameide::models {

namespace {

constexpr int kGroupLimit = 200;

QString feedbackStateText(const std::string &state)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("FEEDBACK_STATE_NEW"), QT_TRANSLATE_NOOP("FailureGroupModel", "New")},
        {QStringLiteral("FEEDBACK_STATE_TRIAGED"), QT_TRANSLATE_NOOP("FailureGroupModel", "Triaged")},
        {QStringLiteral("FEEDBACK_STATE_IN_PROGRESS"), QT_TRANSLATE_NOOP("FailureGroupModel", "In progress")},
        {QStringLiteral("FEEDBACK_STATE_RESOLVED"), QT_TRANSLATE_NOOP("FailureGroupModel", "Resolved")},
        {QStringLiteral("FEEDBACK_STATE_CLOSED"), QT_TRANSLATE_NOOP("FailureGroupModel", "Closed")},
    };
    const auto *name = names.value(QString::fromStdString(state));
    return name ? FailureGroupModel::tr(name) : QString::fromStdString(state);
}

} // namespace

QString formatTimestamp(const google::protobuf::Timestamp &ts)
{
    if (ts.seconds() == 0 && ts.nanos() == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(google::protobuf::util::TimeUtil::TimestampToMilliseconds(ts))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

FailureGroupModel::FailureGroupModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FailureGroupModel::setConnection(ameide::client::PlatformConnection *connection)
{
    m_connection = connection;
    ++m_generation;
    m_loading = false;
    beginResetModel();
    m_groups.clear();
    endResetModel();
    if (m_connection)
        load(m_filter);
}

void FailureGroupModel::load(const ameide::client::RunFilter &filter)
{
    m_filter = filter;
    m_filter.statuses.clear();
    m_filter.failureSignature.clear();
    if (!m_connection)
        return;
    if (m_loading) {
        // One request at a time; the newest filter is asked for next.
        m_again = true;
        return;
    }
    m_loading = true;
    wf::ListFailureGroupsRequest request;
    ameide::client::toProto(m_filter, QDateTime::currentDateTimeUtc(), request.mutable_query());
    request.set_limit(kGroupLimit);
    const int generation = m_generation;
    m_connection->call<wf::ListFailureGroupsRequest, wf::ListFailureGroupsResponse>(
        this, request,
        [s = m_connection->operations()](auto *ctx, auto *req, auto *resp, auto done) {
            s->async()->ListFailureGroups(ctx, req, resp, std::move(done));
        },
        [this, generation](const grpc::Status &status, const wf::ListFailureGroupsResponse &response, qint64) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (std::exchange(m_again, false)) {
                load(m_filter);
                return;
            }
            if (!status.ok()) {
                m_lastError = ameide::client::describeStatus(status, QStringLiteral("WorkflowOperationsService"));
                Q_EMIT loadFailed(m_lastError);
                return;
            }
            m_lastError.clear();
            beginResetModel();
            m_groups.assign(response.groups().begin(), response.groups().end());
            endResetModel();
            Q_EMIT loaded();
        });
}

int FailureGroupModel::rowOfSignature(const QString &signature) const
{
    const auto sig = signature.toStdString();
    for (std::size_t i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i].signature() == sig)
            return static_cast<int>(i);
    }
    return -1;
}

QString FailureGroupModel::title(const wf::FailureGroup &group)
{
    return tr("%1 in %2: %3")
        .arg(QString::fromStdString(group.error_class()), QString::fromStdString(group.step_id()),
             QString::fromStdString(group.normalized_message()));
}

int FailureGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_groups.size());
}

int FailureGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailureGroupModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto &group = m_groups[static_cast<std::size_t>(index.row())];
    if (role == SignatureRole)
        return QString::fromStdString(group.signature());
    if (role == Qt::TextAlignmentRole && (index.column() == RunsColumn || index.column() == UnrecoveredColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == FailureColumn)
            return tr("%1\nExample: %2\nSignature: %3")
                .arg(title(group), QString::fromStdString(group.example_message()),
                     QString::fromStdString(group.signature()));
        if (index.column() == DefinitionsColumn) {
            QStringList names;
            for (const auto &n : group.definition_names())
                names << QString::fromStdString(n);
            return names.join(QLatin1Char('\n'));
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FailureColumn:
        return title(group);
    case RunsColumn:
        return QVariant::fromValue(group.failed_runs());
    case UnrecoveredColumn:
        return QVariant::fromValue(group.unrecovered_runs());
    case FirstSeenColumn:
        return formatTimestamp(group.first_seen());
    case LastSeenColumn:
        return formatTimestamp(group.last_seen());
    case DefinitionsColumn: {
        QStringList names;
        for (const auto &n : group.definition_names())
            names << QString::fromStdString(n);
        return names.join(QStringLiteral(", "));
    }
    case RemediationColumn:
        if (group.feedback_item_id().empty())
            return tr("none");
        return tr("%1 · %2 · due %3")
            .arg(QString::fromStdString(group.feedback_item_id()), feedbackStateText(group.feedback_state()),
                 formatTimestamp(group.feedback_sla_due_at()));
    default:
        return {};
    }
}

QVariant FailureGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FailureColumn:
        return tr("Failure");
    case RunsColumn:
        return tr("Failed runs");
    case UnrecoveredColumn:
        return tr("Unrecovered");
    case FirstSeenColumn:
        return tr("First seen");
    case LastSeenColumn:
        return tr("Last seen");
    case DefinitionsColumn:
        return tr("Definitions");
    case RemediationColumn:
        return tr("Remediation item");
    default:
        return {};
    }
}

} // namespace ameide::models

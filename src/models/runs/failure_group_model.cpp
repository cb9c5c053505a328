#include "models/runs/failure_group_model.h"

#include "client/runs/runs_api.h"
#include "models/runs/run_text.h"

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

FailureGroupModel::FailureGroupModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FailureGroupModel::setApi(ameide::client::RunsApi *api)
{
    m_api = api;
    ++m_generation;
    m_loading = false;
    beginResetModel();
    m_groups.clear();
    endResetModel();
    if (m_api)
        load(m_filter);
}

void FailureGroupModel::load(const ameide::client::RunFilter &filter)
{
    m_filter = filter;
    m_filter.statuses.clear();
    m_filter.failureSignature.clear();
    if (!m_api)
        return;
    if (m_loading) {
        // One request at a time; the newest filter is asked for next.
        m_again = true;
        return;
    }
    m_loading = true;
    const int generation = m_generation;
    m_api->listFailureGroups(this, m_filter, kGroupLimit,
                             [this, generation](const client::ApiResult<std::vector<wf::FailureGroup>> &result) {
                                 if (generation != m_generation)
                                     return;
                                 m_loading = false;
                                 if (std::exchange(m_again, false)) {
                                     load(m_filter);
                                     return;
                                 }
                                 if (!result.ok()) {
                                     m_lastError = result.message;
                                     Q_EMIT loadFailed(m_lastError);
                                     return;
                                 }
                                 m_lastError.clear();
                                 beginResetModel();
                                 m_groups = result.value;
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
        return RunText::dateTime(group.first_seen(), false);
    case LastSeenColumn:
        return RunText::dateTime(group.last_seen(), false);
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
                 RunText::dateTime(group.feedback_sla_due_at(), false));
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

#include "models/runs/failure_group_model.h"

#include "client/runs/runs_api.h"
#include "models/runs/run_text.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <limits>
#include <numeric>
#include <unordered_map>
#include <utility>

namespace ameide::models {

namespace {

constexpr int kGroupLimit = 200;
constexpr qint64 kDaySeconds = 24 * 60 * 60;

using client::runs::isSet;
using client::runs::millisOf;
using client::runs::text;
using client::runs::toDateTime;

QString feedbackStateText(const std::string &state)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("FEEDBACK_STATE_NEW"),
         QT_TRANSLATE_NOOP("ameide::models::FailureGroupModel", "New")},
        {QStringLiteral("FEEDBACK_STATE_TRIAGED"),
         QT_TRANSLATE_NOOP("ameide::models::FailureGroupModel", "Triaged")},
        {QStringLiteral("FEEDBACK_STATE_IN_PROGRESS"),
         QT_TRANSLATE_NOOP("ameide::models::FailureGroupModel", "In progress")},
        {QStringLiteral("FEEDBACK_STATE_RESOLVED"),
         QT_TRANSLATE_NOOP("ameide::models::FailureGroupModel", "Resolved")},
        {QStringLiteral("FEEDBACK_STATE_CLOSED"),
         QT_TRANSLATE_NOOP("ameide::models::FailureGroupModel", "Closed")},
    };
    const auto *name = names.value(QString::fromStdString(state));
    return name ? FailureGroupModel::tr(name) : QString::fromStdString(state);
}

bool hasEnded(const std::string &feedbackState)
{
    return feedbackState == "FEEDBACK_STATE_RESOLVED" || feedbackState == "FEEDBACK_STATE_CLOSED";
}

// A span for a deadline, coarse on purpose: "45 min", "5 h", "2 d".
QString spanText(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    if (seconds < 3600)
        return FailureGroupModel::tr("%n min", nullptr, static_cast<int>(std::max<qint64>(1, seconds / 60)));
    if (seconds < kDaySeconds)
        return FailureGroupModel::tr("%n h", nullptr, static_cast<int>(seconds / 3600));
    return FailureGroupModel::tr("%n d", nullptr, static_cast<int>(seconds / kDaySeconds));
}

QString definitionNames(const wf::FailureGroup &group, const QString &separator)
{
    QStringList names;
    for (const auto &n : group.definition_names())
        names << text(n);
    return names.join(separator);
}

// -1, 0 or 1 for a before, equal to or after b in ascending order of the column.
template<typename T>
int compare(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareBy(int column, const wf::FailureGroup &a, const wf::FailureGroup &b)
{
    switch (column) {
    case FailureGroupModel::FailureColumn:
        return QString::localeAwareCompare(FailureGroupModel::title(a), FailureGroupModel::title(b));
    case FailureGroupModel::TrendColumn: {
        const int byScore = compare(FailureGroupModel::trendScore(a), FailureGroupModel::trendScore(b));
        const auto last = [](const wf::FailureGroup &g) {
            return g.daily_failed().empty() ? qint64{0} : g.daily_failed(g.daily_failed_size() - 1);
        };
        return byScore != 0 ? byScore : compare(last(a), last(b));
    }
    case FailureGroupModel::RunsColumn:
        return compare(a.failed_runs(), b.failed_runs());
    case FailureGroupModel::UnrecoveredColumn:
        return compare(a.unrecovered_runs(), b.unrecovered_runs());
    case FailureGroupModel::LastSeenColumn:
        return compare(millisOf(a.last_seen()), millisOf(b.last_seen()));
    case FailureGroupModel::FirstSeenColumn:
        return compare(millisOf(a.first_seen()), millisOf(b.first_seen()));
    case FailureGroupModel::OwnerColumn:
        // Groups nobody is on come first in ascending order.
        return QString::localeAwareCompare(text(a.assignee()), text(b.assignee()));
    case FailureGroupModel::RemediationColumn: {
        // By due time; no item, or one that has ended, is due never.
        const auto due = [](const wf::FailureGroup &g) {
            return g.feedback_item_id().empty() || hasEnded(g.feedback_state()) || !isSet(g.feedback_sla_due_at())
                ? std::numeric_limits<qint64>::max()
                : millisOf(g.feedback_sla_due_at());
        };
        return compare(due(a), due(b));
    }
    case FailureGroupModel::DefinitionsColumn:
        return QString::localeAwareCompare(definitionNames(a, QStringLiteral(", ")),
                                           definitionNames(b, QStringLiteral(", ")));
    default:
        return 0;
    }
}

} // namespace

FailureGroupModel::FailureGroupModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
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
                                 m_now = QDateTime::currentDateTimeUtc();
                                 apply(result.value);
                                 Q_EMIT loaded();
                             });
}

void FailureGroupModel::apply(std::vector<wf::FailureGroup> groups)
{
    sortGroups(groups);
    // The same groups (new counts, maybe another order): the rows move, and
    // a selection or current row moves with its group.
    std::unordered_map<std::string, int> newRow;
    for (std::size_t i = 0; i < groups.size(); ++i)
        newRow.emplace(groups[i].signature(), static_cast<int>(i));
    bool sameGroups = !m_groups.empty() && groups.size() == m_groups.size();
    for (std::size_t i = 0; sameGroups && i < m_groups.size(); ++i)
        sameGroups = newRow.count(m_groups[i].signature()) > 0;
    if (!sameGroups) {
        beginResetModel();
        m_groups = std::move(groups);
        endResetModel();
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const auto &index : from)
        to << index.sibling(newRow.at(m_groups[static_cast<std::size_t>(index.row())].signature()), index.column());
    m_groups = std::move(groups);
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void FailureGroupModel::sortGroups(std::vector<wf::FailureGroup> &groups) const
{
    const int column = m_sortColumn;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(groups.begin(), groups.end(), [column, ascending](const auto &a, const auto &b) {
        if (const int c = compareBy(column, a, b); c != 0)
            return ascending ? c < 0 : c > 0;
        // Ties: most failures first, then a fixed order.
        if (a.failed_runs() != b.failed_runs())
            return a.failed_runs() > b.failed_runs();
        return a.signature() < b.signature();
    });
}

void FailureGroupModel::sort(int column, Qt::SortOrder order)
{
    // No column: the platform's order, most failures first.
    if (column < 0 || column >= ColumnCount) {
        column = RunsColumn;
        order = Qt::DescendingOrder;
    }
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_groups.empty())
        return;
    apply(m_groups);
}

void FailureGroupModel::applyGroup(const wf::FailureGroup &group)
{
    const int row = rowOfSignature(QString::fromStdString(group.signature()));
    if (row < 0)
        return;
    // Only what the change is about: the counts of the answer are those of
    // no query, the row's those of the filter.
    auto &mine = m_groups[static_cast<std::size_t>(row)];
    mine.set_assignee(group.assignee());
    mine.set_acknowledged_by(group.acknowledged_by());
    *mine.mutable_acknowledged_at() = group.acknowledged_at();
    mine.set_acknowledgement_note(group.acknowledgement_note());
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void FailureGroupModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_groups.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
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
    return tr("%1 in %2: %3").arg(text(group.error_class()), text(group.step_id()), text(group.normalized_message()));
}

QString FailureGroupModel::trendText(const wf::FailureGroup &group)
{
    if (group.daily_failed().empty())
        return tr("7-day trend: not reported");
    QStringList days;
    for (const auto n : group.daily_failed())
        days << QString::number(n);
    return tr("7-day trend: %1").arg(days.join(QStringLiteral(", ")));
}

double FailureGroupModel::trendScore(const wf::FailureGroup &group)
{
    const int days = group.daily_failed_size();
    if (days < 2)
        return 0;
    const auto &daily = group.daily_failed();
    const double before = static_cast<double>(std::accumulate(daily.begin(), daily.end() - 1, qint64{0}));
    return static_cast<double>(daily[days - 1]) - before / (days - 1);
}

bool FailureGroupModel::isNew(const wf::FailureGroup &group, const QDateTime &now)
{
    if (!isSet(group.first_seen()) || !now.isValid())
        return false;
    const qint64 age = toDateTime(group.first_seen()).secsTo(now);
    if (age > kDaySeconds)
        return false;
    const auto &daily = group.daily_failed();
    return daily.empty() || std::all_of(daily.begin(), daily.end() - 1, [](qint64 n) { return n == 0; });
}

QString FailureGroupModel::ownerText(const wf::FailureGroup &group, const QDateTime &now)
{
    if (group.assignee().empty())
        return {};
    const QString when = RunText::ago(toDateTime(group.acknowledged_at()), now);
    return when.isEmpty() ? text(group.assignee()) : tr("%1 — %2").arg(text(group.assignee()), when);
}

QString FailureGroupModel::remediationText(const wf::FailureGroup &group, const QDateTime &now)
{
    if (group.feedback_item_id().empty())
        return tr("none");
    const QString state = feedbackStateText(group.feedback_state());
    if (hasEnded(group.feedback_state()) || !isSet(group.feedback_sla_due_at()) || !now.isValid())
        return state;
    const qint64 left = now.secsTo(toDateTime(group.feedback_sla_due_at()));
    return left >= 0 ? tr("%1 · due in %2").arg(state, spanText(left))
                     : tr("%1 · overdue by %2").arg(state, spanText(-left));
}

QString FailureGroupModel::placeholderText(const wf::FailureGroup &group)
{
    const QString message = text(group.normalized_message());
    QStringList parts;
    if (message.contains(QLatin1Char('#')))
        parts << tr("# is a number");
    if (message.contains(QLatin1Char('*')))
        parts << tr("* is an id (hex or UUID)");
    if (message.contains(QStringLiteral("\"\u2026\"")))
        parts << tr("\"…\" is quoted text");
    if (parts.isEmpty())
        return {};
    return tr("Placeholders: %1; runs that differ only there share the group.").arg(parts.join(QStringLiteral(", ")));
}

int FailureGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_groups.size());
}

int FailureGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailureGroupModel::tooltip(const wf::FailureGroup &group, int column) const
{
    switch (column) {
    case FailureColumn: {
        QStringList lines{title(group)};
        if (isNew(group, m_now))
            lines << tr("New: first seen %1 (%2).")
                         .arg(RunText::dateTimeWithZone(toDateTime(group.first_seen())),
                              RunText::ago(toDateTime(group.first_seen()), m_now));
        if (const QString placeholders = placeholderText(group); !placeholders.isEmpty())
            lines << placeholders;
        lines << tr("Example: %1").arg(text(group.example_message()));
        lines << tr("Signature: %1").arg(text(group.signature()));
        return lines.join(QLatin1Char('\n'));
    }
    case TrendColumn:
        return tr("%1 (oldest day first; a day is 24 hours back from the last load)\n"
                  "Sorting by trend puts rising groups first: the failures of the last 24 hours minus the daily "
                  "average of the 6 days before (here %2).")
            .arg(trendText(group))
            .arg(trendScore(group), 0, 'f', 1);
    case LastSeenColumn:
        return RunText::dateTimeWithZone(toDateTime(group.last_seen()));
    case FirstSeenColumn:
        return RunText::dateTimeWithZone(toDateTime(group.first_seen()));
    case OwnerColumn: {
        if (group.assignee().empty())
            return tr("Nobody has acknowledged this group (Acknowledge…, A).");
        QStringList lines;
        const QString at = RunText::dateTimeWithZone(toDateTime(group.acknowledged_at()));
        lines << (group.acknowledged_by() == group.assignee()
                      ? tr("%1 is on it since %2.").arg(text(group.assignee()), at)
                      : tr("%1 is on it, since %2 (acknowledged by %3).")
                            .arg(text(group.assignee()), at, text(group.acknowledged_by())));
        if (!group.acknowledgement_note().empty())
            lines << tr("Note: %1").arg(text(group.acknowledgement_note()));
        return lines.join(QLatin1Char('\n'));
    }
    case RemediationColumn:
        if (group.feedback_item_id().empty())
            return tr("No remediation item yet (Remediation item…, M).");
        if (!isSet(group.feedback_sla_due_at()))
            return tr("Remediation item %1: %2")
                .arg(text(group.feedback_item_id()), feedbackStateText(group.feedback_state()));
        return tr("Remediation item %1: %2, due %3")
            .arg(text(group.feedback_item_id()), feedbackStateText(group.feedback_state()),
                 RunText::dateTimeWithZone(toDateTime(group.feedback_sla_due_at())));
    case DefinitionsColumn:
        return definitionNames(group, QStringLiteral("\n"));
    default:
        return {};
    }
}

QVariant FailureGroupModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto &group = m_groups[static_cast<std::size_t>(index.row())];
    switch (role) {
    case SignatureRole:
        return text(group.signature());
    case TrendRole: {
        QList<qint64> days;
        days.reserve(group.daily_failed_size());
        for (const auto n : group.daily_failed())
            days << n;
        return QVariant::fromValue(days);
    }
    case NewRole:
        return isNew(group, m_now);
    case Qt::TextAlignmentRole:
        if (index.column() == RunsColumn || index.column() == UnrecoveredColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return tooltip(group, index.column());
    case Qt::AccessibleTextRole:
        if (index.column() == TrendColumn)
            return trendText(group);
        if (index.column() == FailureColumn && isNew(group, m_now))
            return tr("New: %1").arg(title(group));
        if (index.column() == OwnerColumn && group.assignee().empty())
            return tr("Nobody");
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case FailureColumn:
        return title(group);
    case TrendColumn:
        // Drawn as bars; the text is for people who cannot see them.
        return {};
    case RunsColumn:
        return QVariant::fromValue(group.failed_runs());
    case UnrecoveredColumn:
        return QVariant::fromValue(group.unrecovered_runs());
    case LastSeenColumn:
        return RunText::ago(toDateTime(group.last_seen()), m_now);
    case FirstSeenColumn:
        return RunText::dateTime(group.first_seen(), false);
    case OwnerColumn:
        return ownerText(group, m_now);
    case RemediationColumn:
        return remediationText(group, m_now);
    case DefinitionsColumn:
        return definitionNames(group, QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant FailureGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::InitialSortOrderRole) {
        // Numbers and times: the most, the rising, the latest first.
        const bool byText = section == FailureColumn || section == OwnerColumn || section == RemediationColumn
            || section == DefinitionsColumn;
        return QVariant::fromValue(static_cast<int>(byText ? Qt::AscendingOrder : Qt::DescendingOrder));
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case FailureColumn:
            return tr("The failed step, the error class and the message with its varying parts replaced");
        case TrendColumn:
            return tr("Failed runs per day over the last 7 days, oldest first. Sorting puts rising groups first: the "
                      "last 24 hours minus the daily average of the 6 days before.");
        case RunsColumn:
            return tr("Failed runs of the group in the filter's range");
        case UnrecoveredColumn:
            return tr("Failed runs no later attempt has recovered");
        case LastSeenColumn:
            return tr("When the group last failed");
        case OwnerColumn:
            return tr("Who is on it, and since when (Acknowledge…, A)");
        case RemediationColumn:
            return tr("The remediation item's state and when it is due");
        case FirstSeenColumn:
            return tr("When the group first failed in the filter's range");
        case DefinitionsColumn:
            return tr("The definitions whose runs failed this way");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FailureColumn:
        return tr("Failure");
    case TrendColumn:
        return tr("7 days");
    case RunsColumn:
        return tr("Failed");
    case UnrecoveredColumn:
        return tr("Unrecovered");
    case LastSeenColumn:
        return tr("Last seen");
    case OwnerColumn:
        return tr("On it");
    case RemediationColumn:
        return tr("Remediation");
    case FirstSeenColumn:
        return tr("First seen");
    case DefinitionsColumn:
        return tr("Definitions");
    default:
        return {};
    }
}

} // namespace ameide::models

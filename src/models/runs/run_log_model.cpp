#include "models/runs/run_log_model.h"

#include "client/runs/runs_api.h"
#include "client/time_text.h"

#include <QDateTime>
#include <QFont>
#include <QStringList>

#include <algorithm>

namespace ameide::models {

namespace wf = ameide_core_proto::workflows_runtime::v1;
using ameide::client::runs::LogLevel;
using ameide::client::runs::LogLine;

namespace {

// ISO 8601 in the local zone with its offset, so the text says which zone it is in.
QString isoWithZone(qint64 ms)
{
    return client::TimeText::iso(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

} // namespace

RunLogModel::RunLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_pollTimer.setInterval(kFollowIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &RunLogModel::poll);
}

RunLogModel::~RunLogModel() = default;

void RunLogModel::setApi(ameide::client::RunsApi *api)
{
    if (m_api == api)
        return;
    m_api = api;
    reload();
}

void RunLogModel::setRunId(const QString &runId)
{
    if (m_runId == runId)
        return;
    m_runId = runId;
    m_runActive = false;
    reload();
}

void RunLogModel::setRunActive(bool active)
{
    if (m_runActive == active)
        return;
    // The run just ended: its last lines may have been written after our last poll.
    if (!active && m_loadedFirstPage)
        m_finalPoll = true;
    m_runActive = active;
    updatePolling();
}

void RunLogModel::setFollowing(bool following)
{
    if (m_following == following)
        return;
    m_following = following;
    updatePolling();
    Q_EMIT followingChanged(following);
}

void RunLogModel::setOnScreen(bool onScreen)
{
    m_onScreen = onScreen;
}

void RunLogModel::setStepFilter(const QString &stepId)
{
    if (m_stepId == stepId)
        return;
    m_stepId = stepId;
    reload();
}

void RunLogModel::setMinLevel(LogLevel level)
{
    if (m_minLevel == level)
        return;
    m_minLevel = level;
    reload();
}

void RunLogModel::setContains(const QString &text)
{
    if (m_contains == text)
        return;
    m_contains = text;
    reload();
}

bool RunLogModel::isFiltered() const
{
    return !m_stepId.isEmpty() || m_minLevel != wf::RUN_LOG_LEVEL_UNSPECIFIED || !m_contains.isEmpty();
}

void RunLogModel::reload()
{
    ++m_generation;
    // Idle before the reset ends: a view may fetch from its modelReset handler.
    setLoading(false);
    beginResetModel();
    m_lines.clear();
    m_lines.shrink_to_fit();
    m_nextToken.clear();
    m_loadedFirstPage = false;
    m_total = -1;
    m_lastSequence = 0;
    m_scannedThrough = 0;
    m_lastError.clear();
    m_finalPoll = false;
    endResetModel();
    updatePolling();
    Q_EMIT progressChanged(loadedCount(), m_total);
}

void RunLogModel::retryFetch()
{
    m_lastError.clear();
    if (!m_loading && hasMore())
        request(false);
    updatePolling();
}

bool RunLogModel::hasMore() const
{
    return !m_runId.isEmpty() && (!m_loadedFirstPage || !m_nextToken.empty());
}

int RunLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int RunLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunLogModel::levelText(LogLevel level)
{
    switch (level) {
    case wf::RUN_LOG_LEVEL_DEBUG: return tr("Debug");
    case wf::RUN_LOG_LEVEL_INFO: return tr("Info");
    case wf::RUN_LOG_LEVEL_WARNING: return tr("Warning");
    case wf::RUN_LOG_LEVEL_ERROR: return tr("Error");
    default: return tr("Unspecified");
    }
}

QVariant RunLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case LevelColumn: return tr("Level");
    case StepColumn: return tr("Step");
    case MessageColumn: return tr("Message");
    default: return {};
    }
}

QString RunLogModel::fieldsText(const LogLine &line, const QString &separator) const
{
    QStringList parts;
    parts.reserve(line.fields.size());
    for (const auto &[key, value] : line.fields)
        parts << key + QLatin1Char('=') + value;
    return parts.join(separator);
}

QString RunLogModel::timeText(qint64 ms) const
{
    // Lines come many to a second, and a view paints them in order: the
    // second's text (date, time, zone) is made once by TimeText, and only
    // its milliseconds are written in for each line.
    const qint64 second = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
    if (m_timeSecondText.isNull() || second != m_timeSecond) {
        m_timeSecond = second;
        m_timeSecondText = client::TimeText::absoluteMs(second * 1000, client::TimeText::Precision::Milliseconds);
        // Where the milliseconds are: the one ".000" of the text (none, or two: ask TimeText each time).
        static const QString kNoMillis = QStringLiteral(".000");
        m_timeMillisAt = m_timeSecondText.indexOf(kNoMillis);
        if (m_timeMillisAt >= 0 && m_timeSecondText.indexOf(kNoMillis, m_timeMillisAt + 1) >= 0)
            m_timeMillisAt = -1;
    }
    if (m_timeMillisAt < 0)
        return client::TimeText::absoluteMs(ms, client::TimeText::Precision::Milliseconds);
    const auto millis = static_cast<int>(ms - second * 1000);
    QString text = m_timeSecondText;
    text[m_timeMillisAt + 1] = QLatin1Char(static_cast<char>('0' + millis / 100));
    text[m_timeMillisAt + 2] = QLatin1Char(static_cast<char>('0' + millis / 10 % 10));
    text[m_timeMillisAt + 3] = QLatin1Char(static_cast<char>('0' + millis % 10));
    return text;
}

QVariant RunLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogLine &line = m_lines[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            // Each time says its zone (client::TimeText), right across a change to or from summer time.
            return timeText(line.timeMs);
        case LevelColumn: return levelText(line.level);
        case StepColumn: return line.stepId.isEmpty() ? tr("(run)") : line.stepId;
        case MessageColumn: return line.message;
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn: return isoWithZone(line.timeMs);
        case StepColumn: return line.stepId.isEmpty() ? tr("Written by the run, not by one of its steps") : line.stepId;
        case MessageColumn:
            return line.fields.isEmpty()
                ? line.message
                : QString(line.message + QStringLiteral("\n\n") + fieldsText(line, QStringLiteral("\n")));
        default: return {};
        }
    case Qt::FontRole:
        if (index.column() == LevelColumn && line.level == wf::RUN_LOG_LEVEL_ERROR) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case SequenceRole: return line.sequence;
    case LevelRole: return static_cast<int>(line.level);
    case TimeRole: return line.timeMs;
    case FieldsRole: return fieldsText(line, QStringLiteral("\n"));
    default: return {};
    }
}

QString RunLogModel::linesText(QList<int> rows) const
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QStringList out;
    out.reserve(rows.size());
    for (const int row : rows) {
        if (row < 0 || row >= loadedCount())
            continue;
        const LogLine &line = lineAt(row);
        QString text = isoWithZone(line.timeMs)
            + QLatin1Char('\t') + levelText(line.level).toUpper() + QLatin1Char('\t')
            + (line.stepId.isEmpty() ? QStringLiteral("-") : line.stepId) + QLatin1Char('\t') + line.message;
        if (!line.fields.isEmpty())
            text += QLatin1Char('\t') + fieldsText(line, QStringLiteral(" "));
        out << text;
    }
    return out.join(QLatin1Char('\n'));
}

bool RunLogModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a request is on its way (views ask on every scroll), and not
    // after a failure: the user retries, the view does not hammer.
    return !parent.isValid() && hasMore() && !m_loading && m_lastError.isEmpty() && m_api && m_onScreen;
}

void RunLogModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(false);
}

void RunLogModel::poll()
{
    if (m_loading || !m_lastError.isEmpty() || !m_loadedFirstPage || !m_api)
        return;
    // Pages the view has not asked for yet come first: following means reaching the end.
    request(m_nextToken.empty());
}

void RunLogModel::updatePolling()
{
    const bool wanted = m_following && m_api && !m_runId.isEmpty() && (m_runActive || m_finalPoll)
        && m_loadedFirstPage && m_lastError.isEmpty();
    if (wanted && !m_pollTimer.isActive())
        m_pollTimer.start();
    else if (!wanted)
        m_pollTimer.stop();
}

void RunLogModel::request(bool poll)
{
    if (!m_api || m_runId.isEmpty())
        return;
    client::LogQuery query;
    query.runId = m_runId;
    query.stepId = m_stepId;
    query.minLevel = m_minLevel;
    query.contains = m_contains;
    if (poll) {
        query.afterSequence = m_scannedThrough;
        query.pageSize = kPageSize;
    } else {
        query.pageToken = m_nextToken;
        query.pageSize = m_loadedFirstPage ? kPageSize : kFirstPageSize;
    }
    setLoading(true);
    const int generation = m_generation;
    const bool afterEnd = !m_runActive;
    m_api->listLogs(this, query, [this, generation, afterEnd](const client::ApiResult<client::LogPage> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            m_lastError = result.message;
            setLoading(false);
            updatePolling();
            Q_EMIT loadFailed(m_lastError);
            return;
        }
        const client::LogPage &page = result.value;
        m_lastError.clear();
        m_loadedFirstPage = true;
        m_nextToken = page.nextPageToken;
        m_total = page.total;
        m_lastSequence = page.lastSequence;
        // The answer is one snapshot: without a next page, every line up to
        // its last sequence has been considered; with one, up to the last line sent.
        if (m_nextToken.empty())
            m_scannedThrough = std::max(m_scannedThrough, page.lastSequence);
        else if (!page.lines.empty())
            m_scannedThrough = std::max(m_scannedThrough, page.lines.back().sequence);
        const int count = static_cast<int>(page.lines.size());
        const int first = static_cast<int>(m_lines.size());
        if (count > 0) {
            if (m_total > 0 && static_cast<std::size_t>(m_total) > m_lines.capacity())
                m_lines.reserve(static_cast<std::size_t>(m_total));
            beginInsertRows({}, first, first + count - 1);
            m_lines.insert(m_lines.end(), page.lines.begin(), page.lines.end());
            endInsertRows();
        }
        // Still loading while the rows go in, so nothing asks for the next
        // page before this one is in place.
        setLoading(false);
        if (m_finalPoll && afterEnd && m_nextToken.empty())
            m_finalPoll = false;
        Q_EMIT progressChanged(loadedCount(), m_total);
        if (count > 0)
            Q_EMIT linesAppended(first, first + count - 1);
        // Following a live run reads on to the end at once.
        if (m_following && (m_runActive || m_finalPoll) && !m_nextToken.empty())
            request(false);
        updatePolling();
    });
}

void RunLogModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace ameide::models

#pragma once

#include "client/runs/run_log.h"
#include "client/runs/runs_api.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <string>
#include <vector>

namespace ameide::models {

// The step log of one run, oldest first, as ListWorkflowRunLogs pages it.
// The filters (step, lowest level, text) are the platform's: changing one
// starts again at the first page. Rows arrive when a view asks
// (canFetchMore / fetchMore): a small first page so the log shows at once,
// then large pages as it scrolls. While following a run that is still
// active, the model asks every second for the lines after the last one it
// has and appends them, without a reset. A failed request is reported
// through loadFailed() and stops fetching until retryFetch().
class RunLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunLogModel)
public:
    enum Column { TimeColumn, LevelColumn, StepColumn, MessageColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        // LogLine.sequence as qint64.
        SequenceRole = Qt::UserRole + 1,
        // The RunLogLevel number.
        LevelRole,
        // Milliseconds since the epoch.
        TimeRole,
        // The fields as "key=value" lines; empty when there are none.
        FieldsRole,
    };

    static constexpr int kFirstPageSize = 500;
    static constexpr int kPageSize = 5000;
    static constexpr int kFollowIntervalMs = 1000;

    explicit RunLogModel(QObject *parent = nullptr);
    ~RunLogModel() override;

    void setApi(ameide::client::RunsApi *api);
    // Shows another run's log (empty: none); nothing is requested until a
    // view or fetchMore() asks.
    void setRunId(const QString &runId);
    QString runId() const { return m_runId; }
    // Whether the run may still write lines (pending or running). Following
    // polls only while it is; when it ends, one last poll picks up its final lines.
    void setRunActive(bool active);
    bool isRunActive() const { return m_runActive; }
    // Follow: poll for new lines while the run is active (on by default).
    void setFollowing(bool following);
    bool isFollowing() const { return m_following; }

    // A view that is not on screen says so: nothing is fetched for it then
    // (item views ask for rows after every reset, shown or not). On by default.
    void setOnScreen(bool onScreen);
    bool isOnScreen() const { return m_onScreen; }

    // Filters: each one reloads from the first page.
    void setStepFilter(const QString &stepId);
    QString stepFilter() const { return m_stepId; }
    void setMinLevel(ameide::client::runs::LogLevel level);
    ameide::client::runs::LogLevel minLevel() const { return m_minLevel; }
    void setContains(const QString &text);
    QString contains() const { return m_contains; }
    bool isFiltered() const;

    // Drops the loaded rows and starts again from the first page.
    void reload();
    // After loadFailed(): asks again for what failed.
    void retryFetch();

    int loadedCount() const { return static_cast<int>(m_lines.size()); }
    // Lines matching the filters, as of the last answer; -1 before the first.
    qint64 total() const { return m_total; }
    // The run's greatest sequence, whatever the filters; 0 before the first answer.
    qint64 lastSequence() const { return m_lastSequence; }
    bool isLoading() const { return m_loading; }
    bool hasMore() const;
    // True once the first page (or an empty log) has been answered.
    bool hasLoadedFirstPage() const { return m_loadedFirstPage; }
    QString lastError() const { return m_lastError; }

    const ameide::client::runs::LogLine &lineAt(int row) const { return m_lines.at(static_cast<std::size_t>(row)); }
    // Rows as text for the clipboard: one line each, tab-separated, the time
    // in ISO 8601 with its offset, the fields at the end.
    QString linesText(QList<int> rows) const;

    static QString levelText(ameide::client::runs::LogLevel level);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // After each answer: rows loaded so far and the lines the filters match.
    void progressChanged(int loaded, qint64 total);
    void loadFailed(const QString &message);
    // Lines were appended at the end (a page or a poll).
    void linesAppended(int first, int last);
    void followingChanged(bool following);

private:
    // A page continues after the token; a poll asks for lines after the last
    // sequence the model has considered.
    void request(bool poll);
    void poll();
    void updatePolling();
    void setLoading(bool loading);
    QString fieldsText(const ameide::client::runs::LogLine &line, const QString &separator) const;
    // TimeText's absolute time with milliseconds, formatted once per second.
    QString timeText(qint64 ms) const;

    QPointer<ameide::client::RunsApi> m_api;
    QString m_runId;
    QString m_stepId;
    ameide::client::runs::LogLevel m_minLevel = ameide_core_proto::workflows_runtime::v1::RUN_LOG_LEVEL_UNSPECIFIED;
    QString m_contains;
    bool m_runActive = false;
    bool m_following = true;
    bool m_onScreen = true;
    std::vector<ameide::client::runs::LogLine> m_lines;
    std::string m_nextToken;
    bool m_loadedFirstPage = false;
    bool m_loading = false;
    qint64 m_total = -1;
    qint64 m_lastSequence = 0;
    // Every line up to here has been considered (delivered when it matched).
    qint64 m_scannedThrough = 0;
    QString m_lastError;
    QTimer m_pollTimer;
    // After the run ended: one more poll picks up its last lines.
    bool m_finalPoll = false;
    // Replies to a request made for an earlier run, filter or reload are dropped.
    int m_generation = 0;
    // The last second timeText() formatted, and where its milliseconds are (-1: not found).
    mutable qint64 m_timeSecond = 0;
    mutable QString m_timeSecondText;
    mutable qsizetype m_timeMillisAt = -1;
};

} // namespace ameide::models

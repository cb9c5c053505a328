#pragma once

#include "client/api_result.h"
#include "client/jobs/job.h"
#include "client/runs/workflow_run.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <vector>

namespace ameide::client {
class PlatformConnection;
class RunsApi;
} // namespace ameide::client

namespace ameide::models {

class JobListModel;
class LiveRunFeed;

// One desktop notification: what to say, and what a click shows.
struct DesktopNotification
{
    enum class Kind { NewFailures, JobsEnded };

    Kind kind = Kind::NewFailures;
    QString title;
    QString message;
    // The failure signatures or the job ids it covers, in the order they came.
    QStringList items;
    // For new failures, the runs query a click shows: the one signature's
    // failed runs, or every failed run of the last minutes when several.
    QString query;
};

// Decides which desktop notifications to show, without a tray or a widget:
// a view shows what it announces.
//
// - A new failure signature: a failed run arrives on the live feed whose
//   signature is not among the failure groups known when watching began,
//   and whose group the platform first saw within kNewSignatureWindow (a
//   signature older than that but beyond the first list is known, not new).
//   Each signature is announced at most once per session.
// - A bulk job that ended: a job of the jobs list seen running (or planned)
//   and now not, whatever it ended as (completed, stopped, failed, paused),
//   or one first seen already ended that ended after watching began.
//
// What arrives within batchInterval() is announced together, one
// notification per kind ("3 new failure signatures"). Off (the default),
// nothing is watched and nothing is announced.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)
public:
    static constexpr auto kNewSignatureWindow = std::chrono::minutes(15);
    static constexpr auto kDefaultBatchInterval = std::chrono::seconds(4);
    // Most failure groups read to learn the known signatures (the platform's limit).
    static constexpr int kKnownGroupLimit = 200;

    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // The person's choice (the connection profile's). Turning it off drops
    // what waits to be announced and stops watching.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // The platform to watch while enabled: its live feed of runs, its
    // failure groups and its bulk jobs (none: nothing is watched). Another
    // platform starts afresh.
    void setConnection(ameide::client::PlatformConnection *connection);
    // Whether the live feed, the known groups and the jobs list are being read.
    bool isWatching() const { return m_watching; }
    // Whether the live feed is connected (events are arriving).
    bool isLive() const;

    void setBatchInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds batchInterval() const;

    // What it decides from, as the watching above hands it on; tests call
    // them directly.
    // The failure groups the platform lists: their signatures are not new
    // (unless first seen after watching began).
    void noteKnownGroups(const std::vector<ameide::client::runs::FailureGroup> &groups);
    // Runs from the live feed; failed ones with an unknown signature are
    // looked up (with a connection) and then judged by noteGroup().
    void noteRuns(const QList<ameide::client::runs::WorkflowRun> &runs);
    // The platform's group of a signature that was not known (null: none):
    // new when first seen within kNewSignatureWindow before `at` (now).
    void noteGroup(const QString &signature, const ameide::client::runs::FailureGroup *group, const QDateTime &at);
    // The jobs list as just read. The first read after watching begins only
    // sets what is known.
    void noteJobs(const QList<ameide::client::Job> &jobs);
    // Announces what was gathered, now (the batch timer does this).
    void flush();

    // Signatures waiting for the platform's answer.
    QStringList lookingUp() const { return QStringList(m_lookingUp.cbegin(), m_lookingUp.cend()); }
    bool hasPending() const { return !m_pendingFailures.isEmpty() || !m_pendingJobs.isEmpty(); }

Q_SIGNALS:
    void notify(const ameide::models::DesktopNotification &notification);
    void watchingChanged(bool watching);

private:
    struct PendingFailure
    {
        QString signature;
        QString title;
        QString definitions;
    };

    void updateWatching();
    void stopWatching();
    void lookUp(const QString &signature);
    void schedule();
    QDateTime now() const;

    bool m_enabled = false;
    bool m_watching = false;
    QPointer<ameide::client::PlatformConnection> m_connection;
    ameide::client::RunsApi *m_api;
    LiveRunFeed *m_feed = nullptr;
    JobListModel *m_jobs = nullptr;
    QTimer m_batchTimer;
    int m_generation = 0;

    // Signatures not to announce: listed by the platform, found old, or
    // announced already (this session, whatever platform).
    QSet<QString> m_known;
    QSet<QString> m_announced;
    QSet<QString> m_lookingUp;
    // The failed run that brought each signature being looked up, for the text.
    QHash<QString, ameide::client::runs::WorkflowRun> m_lookupRuns;
    QList<PendingFailure> m_pendingFailures;

    // The last state of every job seen; empty until the first read.
    QHash<QString, ameide::client::Job::State> m_jobStates;
    bool m_jobsBaseline = false;
    QDateTime m_watchingSince;
    QList<ameide::client::Job> m_pendingJobs;
};

} // namespace ameide::models

Q_DECLARE_METATYPE(ameide::models::DesktopNotification)

#include "models/notifications/desktop_notifier.h"

#include "client/platform_connection.h"
#include "client/runs/bulk_retry_job_api.h"
#include "client/runs/run_filter.h"
#include "client/runs/runs_api.h"
#include "models/jobs/job_list_model.h"
#include "models/runs/failure_group_model.h"
#include "models/runs/live_run_feed.h"

#include <algorithm>
#include <utility>

namespace ameide::models {

using ameide::client::Job;
using ameide::client::runs::FailureGroup;
using ameide::client::runs::text;
using ameide::client::runs::WorkflowRun;

namespace {

// Titles listed in a notification of several; the rest are counted.
constexpr int kListedItems = 3;

bool hasEnded(Job::State state)
{
    // Whatever it ended as, paused included: anything but on its way.
    return state != Job::State::Running && state != Job::State::Planned && state != Job::State::Unspecified;
}

QString endedWord(const Job &job)
{
    if (job.state == Job::State::Succeeded)
        return DesktopNotifier::tr("completed");
    if (job.state == Job::State::Stopped)
        return DesktopNotifier::tr("stopped");
    if (job.state == Job::State::Failed)
        return DesktopNotifier::tr("failed");
    return JobListModel::stateText(job.state).toLower();
}

// The title of a notification about one job that ended.
QString endedTitle(const Job &job)
{
    switch (job.state) {
    case Job::State::Succeeded: return DesktopNotifier::tr("Bulk job completed");
    case Job::State::Stopped: return DesktopNotifier::tr("Bulk job stopped");
    case Job::State::Failed: return DesktopNotifier::tr("Bulk job failed");
    case Job::State::Paused: return DesktopNotifier::tr("Bulk job paused");
    default: return DesktopNotifier::tr("Bulk job ended");
    }
}

QString jobName(const Job &job)
{
    return job.description.isEmpty() ? DesktopNotifier::tr("Bulk job %1").arg(job.id) : job.description;
}

QString listed(const QStringList &lines, qsizetype total)
{
    QStringList shown = lines.mid(0, kListedItems);
    if (total > kListedItems)
        shown << DesktopNotifier::tr("and %n more", nullptr, static_cast<int>(total - kListedItems));
    return shown.join(QLatin1Char('\n'));
}

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
    , m_api(new client::RunsApi(nullptr, this))
{
    qRegisterMetaType<ameide::models::DesktopNotification>();
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(kDefaultBatchInterval);
    connect(&m_batchTimer, &QTimer::timeout, this, &DesktopNotifier::flush);
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    if (enabled) {
        m_watchingSince = now();
        m_jobStates.clear();
        m_jobsBaseline = false;
    }
    updateWatching();
}

bool DesktopNotifier::isLive() const
{
    return m_feed && m_feed->state() == LiveRunFeed::State::Live;
}

void DesktopNotifier::setConnection(ameide::client::PlatformConnection *connection)
{
    // The session drops its connection before it says so: a null one always
    // stops the watching, whose streams must not outlive it.
    if (connection && m_connection == connection && m_api->connection() == connection)
        return;
    // Another platform: what was known of the last one does not hold.
    stopWatching();
    m_connection = connection;
    m_api->setConnection(connection);
    m_known.clear();
    m_jobStates.clear();
    m_jobsBaseline = false;
    updateWatching();
}

void DesktopNotifier::setBatchInterval(std::chrono::milliseconds interval)
{
    m_batchTimer.setInterval(interval);
}

std::chrono::milliseconds DesktopNotifier::batchInterval() const
{
    return m_batchTimer.intervalAsDuration();
}

QDateTime DesktopNotifier::now() const
{
    return QDateTime::currentDateTimeUtc();
}

void DesktopNotifier::updateWatching()
{
    const bool should = m_enabled && m_connection;
    if (!should) {
        stopWatching();
        if (!m_enabled) {
            // Off means nothing is announced, not later either.
            m_pendingFailures.clear();
            m_pendingJobs.clear();
            m_lookingUp.clear();
            m_lookupRuns.clear();
            m_batchTimer.stop();
        }
        return;
    }
    if (m_watching)
        return;
    m_watching = true;
    ++m_generation;
    m_watchingSince = now();
    m_jobStates.clear();
    m_jobsBaseline = false;

    m_feed = new LiveRunFeed(this);
    connect(m_feed, &LiveRunFeed::eventsReady, this, [this](const QList<LiveRunFeed::Event> &events) {
        QList<WorkflowRun> runs;
        for (const auto &event : events) {
            if (client::runs::isFailed(event.run.status()))
                runs.append(event.run);
        }
        if (!runs.isEmpty())
            noteRuns(runs);
    });
    m_feed->setApi(m_api);

    const int generation = m_generation;
    m_api->listFailureGroups(this, client::RunFilter{}, kKnownGroupLimit,
                             [this, generation](const client::ApiResult<std::vector<FailureGroup>> &result) {
                                 // Not read: every unknown signature is looked up instead.
                                 if (generation == m_generation && result.ok())
                                     noteKnownGroups(result.value);
                             });

    m_jobs = new JobListModel(m_api->bulkRetryJob(QStringList()), this);
    connect(m_jobs, &JobListModel::refreshed, this, [this] {
        QList<Job> jobs;
        for (int row = 0; row < m_jobs->rowCount(); ++row)
            jobs.append(*m_jobs->jobAt(row));
        noteJobs(jobs);
    });
    m_jobs->setActive(true);
    Q_EMIT watchingChanged(true);
}

void DesktopNotifier::stopWatching()
{
    if (!m_watching)
        return;
    m_watching = false;
    ++m_generation;
    delete m_feed;
    m_feed = nullptr;
    delete m_jobs;
    m_jobs = nullptr;
    // Answers still on their way are dropped (the generation moved on).
    m_lookingUp.clear();
    m_lookupRuns.clear();
    Q_EMIT watchingChanged(false);
}

void DesktopNotifier::noteKnownGroups(const std::vector<FailureGroup> &groups)
{
    for (const auto &group : groups) {
        // The list may be answered after a failure of a new signature arrived.
        if (client::runs::isSet(group.first_seen()) && m_watchingSince.isValid()
            && client::runs::toDateTime(group.first_seen()) >= m_watchingSince)
            continue;
        m_known.insert(text(group.signature()));
    }
}

void DesktopNotifier::noteRuns(const QList<WorkflowRun> &runs)
{
    if (!m_enabled)
        return;
    for (const auto &run : runs) {
        if (!client::runs::isFailed(run.status()) || run.failure_signature().empty())
            continue;
        const QString signature = text(run.failure_signature());
        if (m_known.contains(signature) || m_announced.contains(signature) || m_lookingUp.contains(signature))
            continue;
        m_lookingUp.insert(signature);
        m_lookupRuns.insert(signature, run);
        lookUp(signature);
    }
}

void DesktopNotifier::lookUp(const QString &signature)
{
    if (!m_api->isConnected())
        return; // tests without a platform answer with noteGroup()
    client::RunFilter filter;
    filter.failureSignature = signature;
    const int generation = m_generation;
    m_api->listFailureGroups(this, filter, 1,
                             [this, generation, signature](const client::ApiResult<std::vector<FailureGroup>> &result) {
                                 if (generation != m_generation)
                                     return;
                                 if (!result.ok()) {
                                     // Asked again when the signature shows up next.
                                     m_lookingUp.remove(signature);
                                     m_lookupRuns.remove(signature);
                                     return;
                                 }
                                 const FailureGroup *group = nullptr;
                                 for (const auto &g : result.value) {
                                     if (text(g.signature()) == signature)
                                         group = &g;
                                 }
                                 noteGroup(signature, group, now());
                             });
}

void DesktopNotifier::noteGroup(const QString &signature, const FailureGroup *group, const QDateTime &at)
{
    const WorkflowRun run = m_lookupRuns.take(signature);
    m_lookingUp.remove(signature);
    if (!m_enabled || m_known.contains(signature) || m_announced.contains(signature))
        return;
    // A group the platform does not list yet was first seen with this run.
    const QDateTime firstSeen = group && client::runs::isSet(group->first_seen())
                                    ? client::runs::toDateTime(group->first_seen())
                                    : at;
    const qint64 window = std::chrono::duration_cast<std::chrono::milliseconds>(kNewSignatureWindow).count();
    if (firstSeen.msecsTo(at) > window) {
        m_known.insert(signature);
        return;
    }
    m_announced.insert(signature);
    PendingFailure failure;
    failure.signature = signature;
    if (group) {
        failure.title = FailureGroupModel::title(*group);
        QStringList names;
        for (const auto &name : group->definition_names())
            names << text(name);
        failure.definitions = names.join(QStringLiteral(", "));
    }
    if (failure.title.isEmpty() && run.error_class().empty())
        failure.title = text(run.failure_reason());
    else if (failure.title.isEmpty())
        failure.title = tr("%1: %2").arg(text(run.error_class()), text(run.failure_reason()));
    if (failure.definitions.isEmpty())
        failure.definitions = text(run.definition_name().empty() ? run.definition_id() : run.definition_name());
    m_pendingFailures.append(failure);
    schedule();
}

void DesktopNotifier::noteJobs(const QList<Job> &jobs)
{
    if (!m_enabled)
        return;
    const bool baseline = !m_jobsBaseline;
    m_jobsBaseline = true;
    for (const Job &job : jobs) {
        const auto before = m_jobStates.constFind(job.id);
        const bool known = before != m_jobStates.cend();
        const bool wasOnItsWay = known && !hasEnded(before.value());
        const bool changed = known && before.value() != job.state;
        m_jobStates.insert(job.id, job.state);
        if (baseline || !hasEnded(job.state))
            continue;
        // Seen on its way and now ended; or new to the list, and ended since watching began.
        const bool endedNow = (wasOnItsWay && changed)
                              || (!known && job.endedAt.isValid() && job.endedAt >= m_watchingSince);
        if (!endedNow)
            continue;
        m_pendingJobs.erase(std::remove_if(m_pendingJobs.begin(), m_pendingJobs.end(),
                                           [&](const Job &pending) { return pending.id == job.id; }),
                            m_pendingJobs.end());
        m_pendingJobs.append(job);
    }
    if (!m_pendingJobs.isEmpty())
        schedule();
}

void DesktopNotifier::schedule()
{
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void DesktopNotifier::flush()
{
    m_batchTimer.stop();
    if (!m_enabled) {
        m_pendingFailures.clear();
        m_pendingJobs.clear();
        return;
    }
    if (!m_pendingFailures.isEmpty()) {
        const QList<PendingFailure> failures = std::exchange(m_pendingFailures, {});
        DesktopNotification n;
        n.kind = DesktopNotification::Kind::NewFailures;
        for (const auto &f : failures)
            n.items << f.signature;
        if (failures.size() == 1) {
            const PendingFailure &f = failures.constFirst();
            n.title = tr("New failure in %1").arg(f.definitions);
            n.message = f.title;
            n.query = QStringLiteral("status:failed signature:") + f.signature;
        } else {
            n.title = tr("%n new failure signatures", nullptr, static_cast<int>(failures.size()));
            QStringList lines;
            for (const auto &f : failures)
                lines << f.title;
            n.message = listed(lines, failures.size());
            const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(kNewSignatureWindow).count();
            n.query = QStringLiteral("status:failed since:%1m").arg(minutes);
        }
        Q_EMIT notify(n);
    }
    if (!m_pendingJobs.isEmpty()) {
        const QList<Job> jobs = std::exchange(m_pendingJobs, {});
        DesktopNotification n;
        n.kind = DesktopNotification::Kind::JobsEnded;
        for (const auto &job : jobs)
            n.items << job.id;
        if (jobs.size() == 1) {
            const Job &job = jobs.constFirst();
            n.title = endedTitle(job);
            QStringList lines{jobName(job), JobListModel::progressText(job)};
            if (!job.message.isEmpty())
                lines << job.message;
            n.message = lines.join(QLatin1Char('\n'));
        } else {
            n.title = tr("%n bulk jobs ended", nullptr, static_cast<int>(jobs.size()));
            QStringList lines;
            for (const auto &job : jobs)
                lines << tr("%1: %2").arg(jobName(job), endedWord(job));
            n.message = listed(lines, jobs.size());
        }
        Q_EMIT notify(n);
    }
}

} // namespace ameide::models

#pragma once

#include "client/runs/runs_api.h"

#include "client/runs/run_filter.h"
#include "client/runs/workflow_run.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace ameide::models {
class RunPermissions;
}

namespace ameide::views {

class JobDialog;

// Everything a person can do to runs, in one place: what the role and the
// run allow (with the reason when not), and the dialogs that ask first and
// then act. The runs list, the detail pane and a run opened from a link all
// go through the same object, so each action is wired once.
class RunActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunActions)
public:
    // Whether an action is possible, and why not.
    struct Availability
    {
        bool enabled = false;
        QString reason;
    };

    explicit RunActions(QObject *parent = nullptr);
    ~RunActions() override;

    // Another platform (or none); asks what the role may do.
    void setApi(ameide::client::RunsApi *api);
    ameide::client::RunsApi *api() const { return m_api; }
    ameide::models::RunPermissions *permissions() const { return m_permissions; }

    Availability retryAvailability(const ameide::client::runs::WorkflowRun *run) const;
    Availability retryFromStepAvailability(const ameide::client::runs::WorkflowRun *run) const;
    Availability cancelAvailability(const ameide::client::runs::WorkflowRun *run) const;
    // Acting on every run of a filter needs only the role.
    Availability manageAvailability() const;
    Availability bulkSelectionAvailability(int selectedRuns) const;
    Availability remediationAvailability(const ameide::client::runs::FailureGroup *group) const;
    // Saying who is on a failure group needs the same role as acting on runs.
    Availability acknowledgeAvailability(const ameide::client::runs::FailureGroup *group) const;

    // Each opens its dialog over `parent` and returns at once.
    void retry(const ameide::client::runs::WorkflowRun &run, bool fromFailedStep, QWidget *parent);
    void cancel(const ameide::client::runs::WorkflowRun &run, QWidget *parent);
    void bulkRetry(const ameide::client::RunFilter &filter, QWidget *parent);
    void bulkRetry(const QStringList &runIds, QWidget *parent);
    void bulkCancel(const ameide::client::RunFilter &filter, QWidget *parent);
    void bulkCancel(const QStringList &runIds, QWidget *parent);
    void openRemediation(const ameide::client::runs::FailureGroup &group, QWidget *parent);
    void acknowledge(const ameide::client::runs::FailureGroup &group, QWidget *parent);

Q_SIGNALS:
    // What the role may do changed; refresh what is enabled.
    void availabilityChanged();
    // The outcome of an action, for the status line.
    void message(const QString &text);
    void remediationOpened(const QString &itemId);
    // The group as the platform now has it, after an acknowledgement or its clearing.
    void failureGroupAcknowledged(const ameide::client::runs::FailureGroup &group);
    // Show the runs this bulk job started.
    void jobRunsRequested(const QString &jobId);

private:
    void openBulkJob(JobDialog *dialog, const QString &kind);

    QPointer<ameide::client::RunsApi> m_api;
    ameide::models::RunPermissions *m_permissions;
};

} // namespace ameide::views

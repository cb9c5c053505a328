#include "views/runs/run_actions.h"

#include "client/jobs/job.h"
#include "client/runs/runs_api.h"
#include "models/runs/run_permissions.h"
#include "views/runs/acknowledge_dialog.h"
#include "views/runs/bulk_cancel_dialog.h"
#include "views/runs/bulk_retry_dialog.h"
#include "views/runs/remediation_dialog.h"
#include "views/runs/retry_dialog.h"

#include <QAbstractButton>
#include <QPushButton>
#include <QMessageBox>

namespace ameide::views {

using ameide::client::runs::WorkflowRun;

RunActions::RunActions(QObject *parent)
    : QObject(parent)
    , m_permissions(new models::RunPermissions(this))
{
    connect(m_permissions, &models::RunPermissions::changed, this, &RunActions::availabilityChanged);
}

RunActions::~RunActions() = default;

void RunActions::setApi(ameide::client::RunsApi *api)
{
    m_api = api;
    m_permissions->setApi(api);
}

RunActions::Availability RunActions::manageAvailability() const
{
    if (!m_api || !m_api->isConnected())
        return {false, tr("Not connected.")};
    if (!m_permissions->canManage().value_or(false))
        return {false, m_permissions->reason()};
    return {true, {}};
}

RunActions::Availability RunActions::bulkSelectionAvailability(int selectedRuns) const
{
    const auto role = manageAvailability();
    if (role.enabled && selectedRuns <= 0)
        return {false, tr("Select runs first.")};
    return role;
}

RunActions::Availability RunActions::remediationAvailability(const ameide::client::runs::FailureGroup *group) const
{
    const auto role = manageAvailability();
    if (role.enabled && !group)
        return {false, tr("Select a failure group.")};
    return role;
}

RunActions::Availability RunActions::acknowledgeAvailability(const ameide::client::runs::FailureGroup *group) const
{
    const auto role = manageAvailability();
    if (role.enabled && !group)
        return {false, tr("Select a failure group.")};
    return role;
}

RunActions::Availability RunActions::retryAvailability(const WorkflowRun *run) const
{
    const auto role = manageAvailability();
    if (!role.enabled)
        return role;
    if (!run)
        return {false, tr("Select a run.")};
    if (!client::runs::isRetryable(*run))
        return {false, tr("Only failed runs can be retried.")};
    return {true, {}};
}

RunActions::Availability RunActions::retryFromStepAvailability(const WorkflowRun *run) const
{
    const auto role = manageAvailability();
    if (!role.enabled)
        return role;
    if (!run || !client::runs::canRetryFromFailedStep(*run))
        return {false, tr("Only a failed run with a failed step can restart from it.")};
    return {true, {}};
}

RunActions::Availability RunActions::cancelAvailability(const WorkflowRun *run) const
{
    const auto role = manageAvailability();
    if (!role.enabled)
        return role;
    if (!run)
        return {false, tr("Select a run.")};
    if (!client::runs::isCancellable(*run))
        return {false, tr("Only pending or running runs can be cancelled.")};
    return {true, {}};
}

void RunActions::retry(const WorkflowRun &run, bool fromFailedStep, QWidget *parent)
{
    if (!retryAvailability(&run).enabled)
        return;
    auto *dialog = new RetryDialog(m_api, run, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFromFailedStep(fromFailedStep);
    connect(dialog, &RetryDialog::retried, this, [this](const QString &newRunId, bool created) {
        Q_EMIT message(created ? tr("Retry started: %1").arg(newRunId)
                               : tr("That retry had already been started: %1").arg(newRunId));
    });
    dialog->open();
}

void RunActions::cancel(const WorkflowRun &run, QWidget *parent)
{
    if (!cancelAvailability(&run).enabled)
        return;
    const QString id = QString::fromStdString(run.id());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel run"),
                                tr("Cancel run %1 of %2? Its running step stops and the run ends as cancelled.")
                                    .arg(id, QString::fromStdString(run.definition_name())),
                                QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("confirmCancel"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QAbstractButton *yes = box->addButton(tr("Cancel run"), QMessageBox::DestructiveRole);
    // Keeping the run is the default: Enter or Esc does nothing harmful.
    box->setDefaultButton(box->addButton(tr("Keep running"), QMessageBox::RejectRole));
    connect(box, &QMessageBox::finished, this, [this, box, yes, id] {
        if (box->clickedButton() != yes || !m_api)
            return;
        m_api->cancelRun(this, id, [this, id](const client::ApiResult<client::Done> &result) {
            Q_EMIT message(result.ok() ? tr("Cancelled %1.").arg(id)
                                       : tr("Could not cancel %1: %2").arg(id, result.message));
        });
    });
    box->open();
}

void RunActions::bulkRetry(const ameide::client::RunFilter &filter, QWidget *parent)
{
    if (!manageAvailability().enabled || !m_api)
        return;
    openBulkJob(new BulkRetryDialog(*m_api, filter, parent), tr("Bulk retry"));
}

void RunActions::bulkRetry(const QStringList &runIds, QWidget *parent)
{
    if (!manageAvailability().enabled || !m_api || runIds.isEmpty())
        return;
    openBulkJob(new BulkRetryDialog(*m_api, runIds, parent), tr("Bulk retry"));
}

void RunActions::bulkCancel(const ameide::client::RunFilter &filter, QWidget *parent)
{
    if (!manageAvailability().enabled || !m_api)
        return;
    openBulkJob(new BulkCancelDialog(*m_api, filter, parent), tr("Bulk cancel"));
}

void RunActions::bulkCancel(const QStringList &runIds, QWidget *parent)
{
    if (!manageAvailability().enabled || !m_api || runIds.isEmpty())
        return;
    openBulkJob(new BulkCancelDialog(*m_api, runIds, parent), tr("Bulk cancel"));
}

void RunActions::openBulkJob(JobDialog *dialog, const QString &kind)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &JobDialog::showResultRequested, this,
            [this](const client::Job &job) { Q_EMIT jobRunsRequested(job.id); });
    connect(dialog->model(), &models::JobModel::finished, this, [this, kind](const client::Job &job) {
        Q_EMIT message(tr("%1 %2: %3 done, %4 skipped.").arg(kind, job.id).arg(job.succeeded).arg(job.skipped));
    });
    connect(dialog->model(), &models::JobModel::paused, this, [this, kind](const client::Job &job) {
        Q_EMIT message(tr("%1 %2 paused: %3").arg(kind, job.id, job.message));
    });
    dialog->open();
}

void RunActions::openRemediation(const ameide::client::runs::FailureGroup &group, QWidget *parent)
{
    if (!manageAvailability().enabled)
        return;
    if (!group.feedback_item_id().empty()) {
        Q_EMIT message(
            tr("This group already has the remediation item %1.").arg(QString::fromStdString(group.feedback_item_id())));
        return;
    }
    auto *dialog = new RemediationDialog(m_api, group, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RemediationDialog::opened, this, [this](const QString &itemId, bool created) {
        Q_EMIT message(created ? tr("Opened remediation item %1.").arg(itemId)
                               : tr("The group already had the remediation item %1.").arg(itemId));
        Q_EMIT remediationOpened(itemId);
    });
    dialog->open();
}

void RunActions::acknowledge(const ameide::client::runs::FailureGroup &group, QWidget *parent)
{
    if (!acknowledgeAvailability(&group).enabled)
        return;
    auto *dialog = new AcknowledgeDialog(m_api, group, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AcknowledgeDialog::acknowledged, this,
            [this](const client::runs::FailureGroup &updated, bool cleared) {
                Q_EMIT message(cleared ? tr("Nobody is on the failure group any more.")
                                       : tr("%1 is on the failure group.")
                                             .arg(QString::fromStdString(updated.assignee())));
                Q_EMIT failureGroupAcknowledged(updated);
            });
    dialog->open();
}

} // namespace ameide::views

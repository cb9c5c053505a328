#include "views/runs/retry_dialog.h"

#include "client/json_struct.h"
#include "client/runs/runs_api.h"
#include "views/runs/dialog_parts.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ameide::views {

using ameide::client::runs::WorkflowRun;

RetryDialog::RetryDialog(ameide::client::RunsApi *api, const WorkflowRun &run, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_run(run)
    , m_key(client::newIdempotencyKey())
{
    setObjectName(QStringLiteral("retryDialog"));
    setWindowTitle(tr("Retry run"));
    setAccessibleName(tr("Retry run"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Start a new run of <b>%1</b> v%2 with the input of run <b>%3</b> (attempt %4)?")
                                 .arg(QString::fromStdString(run.definition_name()).toHtmlEscaped())
                                 .arg(run.version_number())
                                 .arg(QString::fromStdString(run.id()).toHtmlEscaped())
                                 .arg(run.attempt()),
                             this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("retryIntro"));
    layout->addWidget(intro);

    m_fromStep = new QCheckBox(this);
    m_fromStep->setObjectName(QStringLiteral("fromFailedStep"));
    m_fromStep->setAccessibleName(tr("Start from the failed step"));
    const bool canFromStep = client::runs::canRetryFromFailedStep(run);
    m_fromStep->setText(canFromStep ? tr("Start from the failed step (%1); earlier steps are kept as completed")
                                          .arg(QString::fromStdString(run.failed_step_id()))
                                    : tr("Start from the failed step"));
    m_fromStep->setEnabled(canFromStep);
    if (!canFromStep)
        m_fromStep->setToolTip(tr("Only a failed run with a failed step can restart from that step."));
    layout->addWidget(m_fromStep);

    m_editInput = new QCheckBox(tr("Edit the input before retrying"), this);
    m_editInput->setObjectName(QStringLiteral("editInput"));
    m_editInput->setAccessibleName(tr("Edit the input before retrying"));
    layout->addWidget(m_editInput);

    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("inputEditor"));
    m_input->setAccessibleName(tr("Run input as JSON"));
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setPlaceholderText(tr("Loading the run's input…"));
    m_input->setTabChangesFocus(true);
    m_input->setVisible(false);
    m_input->setMinimumHeight(180);
    layout->addWidget(m_input, 1);

    // Shown only when the chain has moved past this run; retrying it then
    // takes a deliberate tick.
    m_superseded = new QLabel(this);
    m_superseded->setObjectName(QStringLiteral("supersededWarning"));
    m_superseded->setAccessibleName(tr("Why this run may not need a retry"));
    m_superseded->setWordWrap(true);
    m_superseded->setTextFormat(Qt::RichText);
    m_superseded->setVisible(false);
    layout->addWidget(m_superseded);
    m_retryAnyway = new QCheckBox(tr("Retry this attempt anyway"), this);
    m_retryAnyway->setObjectName(QStringLiteral("retryAnyway"));
    m_retryAnyway->setAccessibleName(tr("Retry this attempt anyway"));
    m_retryAnyway->setVisible(false);
    layout->addWidget(m_retryAnyway);
    connect(m_retryAnyway, &QCheckBox::toggled, this, &RetryDialog::updateRetryButton);

    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_retryButton = buttons->addButton(tr("&Retry"), QDialogButtonBox::AcceptRole);
    m_retryButton->setObjectName(QStringLiteral("confirmRetry"));
    m_retryButton->setAccessibleName(tr("Retry"));
    m_retryButton->setDefault(true);
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RetryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RetryDialog::reject);

    connect(m_editInput, &QCheckBox::toggled, this, [this](bool on) {
        m_input->setVisible(on);
        if (on && !m_inputLoaded)
            loadInput();
        if (on)
            m_input->setFocus();
        else
            showError(m_error, {});
        adjustSize();
    });
    connect(m_input, &QPlainTextEdit::textChanged, this, &RetryDialog::validateInput);
    resize(560, sizeHint().height());
    checkChain();
}

void RetryDialog::checkChain()
{
    if (!m_api)
        return;
    client::RunPageQuery query;
    query.originalRunId = QString::fromStdString(m_run.original_run_id().empty() ? m_run.id() : m_run.original_run_id());
    query.pageSize = 100;
    m_api->searchRuns(this, query, [this](const client::ApiResult<client::RunPage> &result) {
        // Without an answer the platform still refuses a superseded run, and says why.
        if (!result.ok())
            return;
        if (const auto *later = client::runs::supersedingAttempt(m_run, result.value.runs))
            showSuperseded(*later);
    });
}

void RetryDialog::showSuperseded(const WorkflowRun &later)
{
    const QString which = tr("attempt %1 (run %2)")
                              .arg(later.attempt())
                              .arg(QString::fromStdString(later.id()).toHtmlEscaped());
    QString why;
    switch (later.status()) {
    case client::runs::RunStatus::WORKFLOW_RUN_STATUS_COMPLETED:
        why = tr("This run has already been recovered: %1 completed.").arg(which);
        break;
    case client::runs::RunStatus::WORKFLOW_RUN_STATUS_FAILED:
        why = tr("This is an earlier attempt: %1 is the latest and failed too. Retrying that one keeps the chain in "
                 "order.")
                  .arg(which);
        break;
    default:
        why = tr("A later attempt is still in progress: %1.").arg(which);
        break;
    }
    m_superseded->setText(QStringLiteral("<b>%1</b> %2").arg(tr("Retried since."), why));
    m_superseded->setVisible(true);
    m_retryAnyway->setVisible(true);
    updateRetryButton();
    adjustSize();
}

void RetryDialog::updateRetryButton()
{
    const bool superseded = m_retryAnyway->isVisible() && !m_retryAnyway->isChecked();
    m_retryButton->setEnabled(!m_sending && m_inputValid && !superseded);
    // The safe choice is the default: with a superseded run, Enter cancels.
    m_retryButton->setDefault(!superseded);
}

void RetryDialog::setFromFailedStep(bool on)
{
    m_fromStep->setChecked(on && m_fromStep->isEnabled());
}

void RetryDialog::setEditInput(bool on)
{
    m_editInput->setChecked(on);
}

void RetryDialog::loadInput()
{
    if (!m_api)
        return;
    m_input->setReadOnly(true);
    m_api->describeRun(this, QString::fromStdString(m_run.id()), [this](const client::ApiResult<WorkflowRun> &result) {
        m_input->setReadOnly(false);
        if (!result.ok()) {
            showError(m_error, tr("Could not load the run's input: %1").arg(result.message));
            return;
        }
        m_inputLoaded = true;
        m_input->setPlainText(QString::fromUtf8(ameide::client::structToJson(result.value.input())));
    });
}

void RetryDialog::validateInput()
{
    if (!m_editInput->isChecked() || !m_inputLoaded) {
        m_inputValid = true;
        updateRetryButton();
        return;
    }
    const auto result = ameide::client::checkJsonObject(m_input->toPlainText().toUtf8());
    showError(m_error, result.ok ? QString() : result.error);
    m_inputValid = result.ok;
    updateRetryButton();
}

void RetryDialog::accept()
{
    if (!m_api || m_sending)
        return;
    client::RetryOptions request;
    request.runId = QString::fromStdString(m_run.id());
    request.idempotencyKey = m_key;
    request.fromFailedStep = m_fromStep->isChecked();
    request.retrySuperseded = m_retryAnyway->isChecked();
    if (m_retryAnyway->isVisible() && !m_retryAnyway->isChecked())
        return;
    if (m_editInput->isChecked()) {
        if (!m_inputLoaded) {
            showError(m_error, tr("The input has not loaded yet."));
            return;
        }
        const QByteArray json = m_input->toPlainText().toUtf8();
        const auto result = ameide::client::checkJsonObject(json);
        if (!result.ok) {
            showError(m_error, result.error);
            m_input->setFocus();
            return;
        }
        request.inputJson = json;
    }
    m_sending = true;
    m_retryButton->setEnabled(false);
    m_retryButton->setText(tr("Retrying…"));
    showError(m_error, {});
    m_api->retryRun(this, request, [this](const client::ApiResult<client::RetryResult> &result) {
        m_sending = false;
        m_retryButton->setText(tr("&Retry"));
        updateRetryButton();
        if (!result.ok()) {
            // The same key goes with the next attempt: at most one retry results.
            showError(m_error, result.message);
            // The chain may have moved on since the dialog opened: say how.
            if (result.error == client::ApiError::FailedPrecondition && !m_retryAnyway->isVisible())
                checkChain();
            return;
        }
        Q_EMIT retried(QString::fromStdString(result.value.run.id()), result.value.created);
        QDialog::accept();
    });
}

} // namespace ameide::views

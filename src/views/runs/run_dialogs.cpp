#include "run_dialogs.h"

#include "failure_group_model.h"
#include "json_struct.h"
#include "status_text.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace ameide::views {

using ameide::client::describeStatus;

namespace {

constexpr int kDefaultRate = 500;
constexpr int kMaxRate = 5000;
constexpr int kDefaultSlaHours = 72;
constexpr int kMaxSlaHours = 2160;
constexpr auto kPollInterval = std::chrono::milliseconds(250);

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorMessage"));
    label->setAccessibleName(QObject::tr("Error"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: palette(highlighted-text); background: #b3261e; padding: 6px; "
                                        "border-radius: 4px;"));
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString shortId(const std::string &id)
{
    return QString::fromStdString(id);
}

} // namespace

// --- RetryDialog -------------------------------------------------------------

RetryDialog::RetryDialog(ameide::client::PlatformConnection *connection, const wf::WorkflowRun &run, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_run(run)
    , m_key(newKey())
{
    setObjectName(QStringLiteral("retryDialog"));
    setWindowTitle(tr("Retry run"));
    setAccessibleName(tr("Retry run"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Start a new run of <b>%1</b> v%2 with the input of run <b>%3</b> (attempt %4)?")
                                 .arg(QString::fromStdString(run.definition_name()).toHtmlEscaped())
                                 .arg(run.version_number())
                                 .arg(shortId(run.id()).toHtmlEscaped())
                                 .arg(run.attempt()),
                             this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("retryIntro"));
    layout->addWidget(intro);

    m_fromStep = new QCheckBox(this);
    m_fromStep->setObjectName(QStringLiteral("fromFailedStep"));
    m_fromStep->setAccessibleName(tr("Start from the failed step"));
    const bool canFromStep = run.status() == wf::WORKFLOW_RUN_STATUS_FAILED && !run.failed_step_id().empty();
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

    m_error = errorLabel(this);
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
    if (!m_connection)
        return;
    m_input->setReadOnly(true);
    wf::DescribeWorkflowRunRequest request;
    request.set_run_id(m_run.id());
    m_connection->call<wf::DescribeWorkflowRunRequest, wf::DescribeWorkflowRunResponse>(
        this, request,
        [s = m_connection->workflows()](auto *ctx, auto *req, auto *resp, auto done) {
            s->async()->DescribeWorkflowRun(ctx, req, resp, std::move(done));
        },
        [this](const grpc::Status &status, const wf::DescribeWorkflowRunResponse &response, qint64) {
            m_input->setReadOnly(false);
            if (!status.ok()) {
                showError(m_error, tr("Could not load the run's input: %1").arg(describeStatus(status)));
                return;
            }
            m_inputLoaded = true;
            m_input->setPlainText(QString::fromUtf8(ameide::client::structToJson(response.run().input())));
        });
}

void RetryDialog::validateInput()
{
    if (!m_editInput->isChecked() || !m_inputLoaded) {
        m_retryButton->setEnabled(!m_sending);
        return;
    }
    google::protobuf::Struct parsed;
    const auto result = ameide::client::jsonToStruct(m_input->toPlainText().toUtf8(), &parsed);
    showError(m_error, result.ok ? QString() : result.error);
    m_retryButton->setEnabled(result.ok && !m_sending);
}

void RetryDialog::accept()
{
    if (!m_connection || m_sending)
        return;
    wf::RetryWorkflowRunRequest request;
    request.set_run_id(m_run.id());
    request.set_idempotency_key(m_key.toStdString());
    request.set_from_failed_step(m_fromStep->isChecked());
    if (m_editInput->isChecked()) {
        if (!m_inputLoaded) {
            showError(m_error, tr("The input has not loaded yet."));
            return;
        }
        const auto result = ameide::client::jsonToStruct(m_input->toPlainText().toUtf8(), request.mutable_input());
        if (!result.ok) {
            showError(m_error, result.error);
            m_input->setFocus();
            return;
        }
        request.set_replace_input(true);
    }
    m_sending = true;
    m_retryButton->setEnabled(false);
    m_retryButton->setText(tr("Retrying…"));
    showError(m_error, {});
    m_connection->call<wf::RetryWorkflowRunRequest, wf::RetryWorkflowRunResponse>(
        this, request,
        [s = m_connection->operations()](auto *ctx, auto *req, auto *resp, auto done) {
            s->async()->RetryWorkflowRun(ctx, req, resp, std::move(done));
        },
        [this](const grpc::Status &status, const wf::RetryWorkflowRunResponse &response, qint64) {
            m_sending = false;
            m_retryButton->setText(tr("&Retry"));
            m_retryButton->setEnabled(true);
            if (!status.ok()) {
                // The same key goes with the next attempt: at most one retry results.
                showError(m_error, describeStatus(status, QStringLiteral("WorkflowOperationsService")));
                return;
            }
            Q_EMIT retried(response.run(), response.created());
            QDialog::accept();
        });
}

// --- BulkRetryDialog ---------------------------------------------------------

BulkRetryDialog::BulkRetryDialog(ameide::client::PlatformConnection *connection, const QStringList &runIds,
                                 const std::optional<ameide::client::RunFilter> &filter, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_runIds(runIds)
    , m_filter(filter)
    , m_key(newKey())
{
    setObjectName(QStringLiteral("bulkRetryDialog"));
    setWindowTitle(tr("Bulk retry"));
    setAccessibleName(tr("Bulk retry"));
    auto *layout = new QVBoxLayout(this);

    auto *what = new QLabel(this);
    what->setWordWrap(true);
    what->setText(m_filter ? tr("All failed runs matching: %1").arg(ameide::client::describeRunFilter(*m_filter))
                           : tr("The %n selected run(s)", nullptr, static_cast<int>(m_runIds.size())));
    layout->addWidget(what);

    m_summary = new QLabel(tr("Counting the runs to retry…"), this);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);

    auto *form = new QFormLayout;
    m_rate = new QSpinBox(this);
    m_rate->setObjectName(QStringLiteral("bulkRate"));
    m_rate->setAccessibleName(tr("Retries per second"));
    m_rate->setRange(1, kMaxRate);
    m_rate->setValue(kDefaultRate);
    m_rate->setSuffix(tr(" per second"));
    m_rate->setToolTip(tr("The platform starts at most this many retries a second, so a large retry does not "
                          "swamp the workers."));
    form->addRow(tr("&Rate:"), m_rate);
    m_fromStep = new QCheckBox(tr("Start each from its failed step"), this);
    m_fromStep->setObjectName(QStringLiteral("bulkFromFailedStep"));
    m_fromStep->setAccessibleName(tr("Start each from its failed step"));
    form->addRow(QString(), m_fromStep);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setAccessibleName(tr("Bulk retry progress"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("bulkStatus"));
    m_status->setAccessibleName(tr("Bulk retry status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_startButton = buttons->addButton(tr("Retry"), QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(QStringLiteral("bulkStart"));
    m_startButton->setAccessibleName(tr("Start the bulk retry"));
    m_startButton->setEnabled(false);
    m_startButton->setDefault(true);
    m_stopButton = buttons->addButton(tr("&Stop job"), QDialogButtonBox::ActionRole);
    m_stopButton->setObjectName(QStringLiteral("bulkStop"));
    m_stopButton->setAccessibleName(tr("Stop the bulk retry job"));
    m_stopButton->setVisible(false);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setAccessibleName(tr("Close"));
    m_closeButton->setToolTip(tr("A running job goes on on the platform after this window closes."));
    layout->addWidget(buttons);
    connect(m_startButton, &QPushButton::clicked, this, &BulkRetryDialog::confirm);
    connect(m_stopButton, &QPushButton::clicked, this, &BulkRetryDialog::cancelJob);
    connect(m_closeButton, &QPushButton::clicked, this, &BulkRetryDialog::reject);

    m_poll.setInterval(kPollInterval);
    connect(&m_poll, &QTimer::timeout, this, &BulkRetryDialog::poll);
    resize(520, sizeHint().height());
    count();
}

void BulkRetryDialog::fillTarget(wf::StartBulkRetryRequest *request) const
{
    if (m_filter) {
        ameide::client::toProto(*m_filter, QDateTime::currentDateTimeUtc(), request->mutable_query());
    } else {
        for (const auto &id : m_runIds)
            request->mutable_run_ids()->add_run_ids(id.toStdString());
    }
    request->set_rate_per_second(m_rate->value());
    request->set_from_failed_step(m_fromStep->isChecked());
    request->set_description(
        (m_filter ? tr("Retry of all failed runs matching: %1").arg(ameide::client::formatRunQuery(*m_filter))
                  : tr("Retry of %n selected run(s)", nullptr, static_cast<int>(m_runIds.size())))
            .toStdString());
}

void BulkRetryDialog::setPhase(Phase phase)
{
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

void BulkRetryDialog::fail(const QString &message)
{
    m_status->setText(message);
    setPhase(m_phase == Phase::Running ? Phase::Running : Phase::Failed);
}

void BulkRetryDialog::count()
{
    if (!m_connection)
        return;
    wf::StartBulkRetryRequest request;
    fillTarget(&request);
    request.set_dry_run(true);
    m_connection->call<wf::StartBulkRetryRequest, wf::StartBulkRetryResponse>(
        this, request,
        [s = m_connection->operations()](auto *ctx, auto *req, auto *resp, auto done) {
            s->async()->StartBulkRetry(ctx, req, resp, std::move(done));
        },
        [this](const grpc::Status &status, const wf::StartBulkRetryResponse &response, qint64) {
            if (!status.ok()) {
                m_summary->setText(tr("The runs could not be counted."));
                fail(describeStatus(status, QStringLiteral("WorkflowOperationsService")));
                return;
            }
            const auto &job = response.job();
            const qint64 retryable = job.total() - job.skipped();
            if (retryable <= 0) {
                m_summary->setText(tr("There is nothing to retry: no failed runs match."));
                setPhase(Phase::Finished);
                return;
            }
            QString text = tr("%n failed run(s) will be retried.", nullptr, static_cast<int>(retryable));
            if (job.skipped() > 0)
                text += QLatin1Char(' ') +
                        tr("%n selected run(s) are not failed and will be skipped.", nullptr,
                           static_cast<int>(job.skipped()));
            m_summary->setText(text);
            m_startButton->setText(tr("&Retry %n run(s)", nullptr, static_cast<int>(retryable)));
            m_startButton->setEnabled(true);
            m_startButton->setFocus();
            setPhase(Phase::Confirm);
        });
}

void BulkRetryDialog::confirm()
{
    if (m_phase != Phase::Confirm || !m_connection)
        return;
    m_startButton->setEnabled(false);
    m_rate->setEnabled(false);
    m_fromStep->setEnabled(false);
    m_status->setText(tr("Starting the job…"));
    wf::StartBulkRetryRequest request;
    fillTarget(&request);
    request.set_idempotency_key(m_key.toStdString());
    m_elapsed.start();
    m_connection->call<wf::StartBulkRetryRequest, wf::StartBulkRetryResponse>(
        this, request,
        [s = m_connection->operations()](auto *ctx, auto *req, auto *resp, auto done) {
            s->async()->StartBulkRetry(ctx, req, resp, std::move(done));
        },
        [this](const grpc::Status &status, const wf::StartBulkRetryResponse &response, qint64) {
            if (!status.ok()) {
                // Same key next time: pressing again cannot start a second job.
                m_startButton->setEnabled(true);
                m_status->setText(describeStatus(status, QStringLiteral("WorkflowOperationsService")));
                return;
            }
            m_job = response.job();
            m_progress->setVisible(true);
            m_stopButton->setVisible(true);
            m_startButton->setVisible(false);
            setPhase(Phase::Running);
            showJob();
            m_poll.start();
        });
}

void BulkRetryDialog::poll()
{
    if (!m_connection || m_job.id().empty())
        return;
    wf::GetBulkRetryJobRequest request;
    request.set_job_id(m_job.id());
    m_connection->call<wf::GetBulkRetryJobRequest, wf::GetBulkRetryJobResponse>(
        this, request,
        [s = m_connection->operations()](auto *ctx, auto *req, auto *resp, auto done) {
            s->async()->GetBulkRetryJob(ctx, req, resp, std::move(done));
        },
        [this](const grpc::Status &status, const wf::GetBulkRetryJobResponse &response, qint64) {
            if (!status.ok()) {
                // The job runs on the platform; a lost answer is only a gap in the display.
                m_status->setText(tr("Waiting for the platform: %1").arg(describeStatus(status)));
                return;
            }
            m_job = response.job();
            showJob();
        });
}

void BulkRetryDialog::cancelJob()
{
    if (!m_connection || m_job.id().empty() || m_phase != Phase::Running)
        return;
    m_stopButton->setEnabled(false);
    wf::CancelBulkRetryJobRequest request;
    request.set_job_id(m_job.id());
    m_connection->call<wf::CancelBulkRetryJobRequest, wf::CancelBulkRetryJobResponse>(
        this, request,
        [s = m_connection->operations()](auto *ctx, auto *req, auto *resp, auto done) {
            s->async()->CancelBulkRetryJob(ctx, req, resp, std::move(done));
        },
        [this](const grpc::Status &status, const wf::CancelBulkRetryJobResponse &response, qint64) {
            if (!status.ok()) {
                m_stopButton->setEnabled(true);
                m_status->setText(describeStatus(status, QStringLiteral("WorkflowOperationsService")));
                return;
            }
            m_job = response.job();
            showJob();
        });
}

void BulkRetryDialog::showJob()
{
    const qint64 done = m_job.retried() + m_job.skipped();
    m_progress->setRange(0, static_cast<int>(std::max<qint64>(1, m_job.total())));
    m_progress->setValue(static_cast<int>(done));
    const double seconds = static_cast<double>(m_elapsed.elapsed()) / 1000.0;
    switch (m_job.state()) {
    case wf::BULK_RETRY_JOB_STATE_RUNNING:
        m_status->setText(tr("Retried %1 of %2 (%3 skipped) at up to %4 a second…")
                              .arg(m_job.retried())
                              .arg(m_job.total())
                              .arg(m_job.skipped())
                              .arg(m_job.rate_per_second()));
        return;
    case wf::BULK_RETRY_JOB_STATE_COMPLETED:
        m_summary->setText(tr("Done: %1 runs retried, %2 skipped, in %3 s.")
                               .arg(m_job.retried())
                               .arg(m_job.skipped())
                               .arg(seconds, 0, 'f', 1));
        break;
    case wf::BULK_RETRY_JOB_STATE_CANCELLED:
        m_summary->setText(tr("Stopped: %1 of %2 runs were retried before the job was stopped; the rest were not "
                              "touched.")
                               .arg(m_job.retried())
                               .arg(m_job.total()));
        break;
    default:
        return;
    }
    m_poll.stop();
    m_stopButton->setVisible(false);
    m_status->setText(tr("Job %1").arg(QString::fromStdString(m_job.id())));
    m_closeButton->setFocus();
    setPhase(Phase::Finished);
    Q_EMIT jobFinished(m_job);
}

// --- RemediationDialog -------------------------------------------------------

RemediationDialog::RemediationDialog(ameide::client::PlatformConnection *connection, const wf::FailureGroup &group,
                                     QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_group(group)
    , m_key(newKey())
{
    setObjectName(QStringLiteral("remediationDialog"));
    setWindowTitle(tr("Open a remediation item"));
    setAccessibleName(tr("Open a remediation item"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A feedback item tagged for remediation, linked to the %n failed run(s) of this "
                                "group. The group shows the item and its state from then on.",
                                nullptr, static_cast<int>(group.failed_runs())),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_title = new QLineEdit(models::FailureGroupModel::title(group), this);
    m_title->setObjectName(QStringLiteral("remediationTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setMaxLength(200);
    m_title->setCursorPosition(0);
    form->addRow(tr("&Title:"), m_title);
    m_slaHours = new QSpinBox(this);
    m_slaHours->setObjectName(QStringLiteral("remediationSla"));
    m_slaHours->setAccessibleName(tr("Resolve within hours"));
    m_slaHours->setRange(1, kMaxSlaHours);
    m_slaHours->setValue(kDefaultSlaHours);
    m_slaHours->setSuffix(tr(" hours"));
    form->addRow(tr("Resolve &within:"), m_slaHours);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("remediationDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    QStringList definitions;
    for (const auto &name : group.definition_names())
        definitions << QString::fromStdString(name);
    m_description->setPlainText(tr("Example failure: %1\nAffected definitions: %2")
                                    .arg(QString::fromStdString(group.example_message()),
                                         definitions.join(QStringLiteral(", "))));
    form->addRow(tr("&Description:"), m_description);
    layout->addLayout(form);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    m_openButton = buttons->addButton(tr("&Open item"), QDialogButtonBox::AcceptRole);
    m_openButton->setObjectName(QStringLiteral("remediationOpen"));
    m_openButton->setAccessibleName(tr("Open item"));
    m_openButton->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RemediationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RemediationDialog::reject);
    resize(560, sizeHint().height());
}

void RemediationDialog::accept()
{
    if (!m_connection)
        return;
    if (m_title->text().trimmed().isEmpty()) {
        showError(m_error, tr("Give the item a title."));
        m_title->setFocus();
        return;
    }
    wf::OpenRemediationItemRequest request;
    request.set_failure_signature(m_group.signature());
    request.set_title(m_title->text().trimmed().toStdString());
    request.set_description(m_description->toPlainText().toStdString());
    request.set_sla_hours(m_slaHours->value());
    request.set_idempotency_key(m_key.toStdString());
    m_openButton->setEnabled(false);
    m_connection->call<wf::OpenRemediationItemRequest, wf::OpenRemediationItemResponse>(
        this, request,
        [s = m_connection->operations()](auto *ctx, auto *req, auto *resp, auto done) {
            s->async()->OpenRemediationItem(ctx, req, resp, std::move(done));
        },
        [this](const grpc::Status &status, const wf::OpenRemediationItemResponse &response, qint64) {
            m_openButton->setEnabled(true);
            if (!status.ok()) {
                showError(m_error, describeStatus(status, QStringLiteral("WorkflowOperationsService")));
                return;
            }
            Q_EMIT opened(QString::fromStdString(response.feedback_item_id()), response.created());
            QDialog::accept();
        });
}

// --- ShortcutsDialog ---------------------------------------------------------

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));
    const QList<QPair<QString, QString>> rows = {
        {tr("↑ ↓  or  K J"), tr("Previous / next run")},
        {tr("Enter"), tr("Open the run's detail")},
        {tr("R"), tr("Retry the run (asks first)")},
        {tr("Shift+R"), tr("Retry every failed run the filter matches (asks first)")},
        {tr("Ctrl+click, Shift+↓"), tr("Select several runs, for \"Retry selected…\"")},
        {tr("C"), tr("Cancel the run (asks first)")},
        {tr("Ctrl+F"), tr("Edit the filter query")},
        {tr("Esc"), tr("Back to the list from the filter")},
        {tr("P"), tr("Pause or resume live updates")},
        {tr("F5"), tr("Reload the list")},
        {tr("Ctrl+E"), tr("Export the filtered runs as CSV")},
        {tr("G"), tr("Show or hide the failure groups")},
        {tr("Enter (in the groups)"), tr("Show the runs of that failure group")},
        {tr("?"), tr("This list")},
    };
    auto *layout = new QVBoxLayout(this);
    auto *table = new QTableWidget(static_cast<int>(rows.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    table->resizeColumnToContents(0);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(600, 560);
}

} // namespace ameide::views

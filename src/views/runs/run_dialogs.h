#pragma once

#include "platform_connection.h"
#include "run_query.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace ameide::views {

namespace wf = ameide_core_proto::workflows_runtime::v1;

// Confirms and sends one retry: optionally from the failed step and with
// edited input. The idempotency key is made once per dialog, so pressing
// Retry again after an error can never start a second retry.
class RetryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetryDialog)
public:
    RetryDialog(ameide::client::PlatformConnection *connection, const wf::WorkflowRun &run, QWidget *parent = nullptr);

    void setFromFailedStep(bool on);
    void setEditInput(bool on);
    QPlainTextEdit *inputEditor() const { return m_input; }

Q_SIGNALS:
    void retried(const ameide_core_proto::workflows_runtime::v1::WorkflowRun &newRun, bool created);

public Q_SLOTS:
    void accept() override;

private:
    void loadInput();
    void validateInput();

    QPointer<ameide::client::PlatformConnection> m_connection;
    wf::WorkflowRun m_run;
    QString m_key;
    QCheckBox *m_fromStep = nullptr;
    QCheckBox *m_editInput = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_retryButton = nullptr;
    bool m_inputLoaded = false;
    bool m_sending = false;
};

// A bulk retry from count to summary: asks the platform how many runs the
// selection or the filter covers, starts the server-side job once the user
// confirms, follows its progress and can stop it. Closing the dialog does
// not stop the job.
class BulkRetryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkRetryDialog)
public:
    // Exactly one of runIds (a selection) and filter (all matching) is used.
    BulkRetryDialog(ameide::client::PlatformConnection *connection, const QStringList &runIds,
                    const std::optional<ameide::client::RunFilter> &filter, QWidget *parent = nullptr);

    enum class Phase { Counting, Confirm, Running, Finished, Failed };
    Phase phase() const { return m_phase; }
    const wf::BulkRetryJob &job() const { return m_job; }
    // Confirms (as the Retry button does); for tests and keyboard users.
    void confirm();
    void cancelJob();

Q_SIGNALS:
    void phaseChanged(ameide::views::BulkRetryDialog::Phase phase);
    void jobFinished(const ameide_core_proto::workflows_runtime::v1::BulkRetryJob &job);

private:
    void fillTarget(wf::StartBulkRetryRequest *request) const;
    void count();
    void poll();
    void showJob();
    void setPhase(Phase phase);
    void fail(const QString &message);

    QPointer<ameide::client::PlatformConnection> m_connection;
    QStringList m_runIds;
    std::optional<ameide::client::RunFilter> m_filter;
    QString m_key;
    Phase m_phase = Phase::Counting;
    wf::BulkRetryJob m_job;
    QElapsedTimer m_elapsed;
    QTimer m_poll;

    QLabel *m_summary = nullptr;
    QSpinBox *m_rate = nullptr;
    QCheckBox *m_fromStep = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

// Opens (or finds) the remediation backlog item of a failure group.
class RemediationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemediationDialog)
public:
    RemediationDialog(ameide::client::PlatformConnection *connection, const wf::FailureGroup &group,
                      QWidget *parent = nullptr);

Q_SIGNALS:
    void opened(const QString &itemId, bool created);

public Q_SLOTS:
    void accept() override;

private:
    QPointer<ameide::client::PlatformConnection> m_connection;
    wf::FailureGroup m_group;
    QString m_key;
    QLineEdit *m_title = nullptr;
    QSpinBox *m_slaHours = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_openButton = nullptr;
};

// Every keyboard shortcut of the runs screen.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);
};

} // namespace ameide::views

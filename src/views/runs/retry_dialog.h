#pragma once

#include "client/runs/runs_api.h"

#include "client/runs/workflow_run.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ameide::views {

// Confirms and sends one retry: optionally from the failed step and with
// edited input. The idempotency key is made once per dialog, so pressing
// Retry again after an error can never start a second retry.
class RetryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetryDialog)
public:
    RetryDialog(ameide::client::RunsApi *api, const ameide::client::runs::WorkflowRun &run, QWidget *parent = nullptr);

    void setFromFailedStep(bool on);
    void setEditInput(bool on);
    QPlainTextEdit *inputEditor() const { return m_input; }

Q_SIGNALS:
    void retried(const QString &newRunId, bool created);

public Q_SLOTS:
    void accept() override;

private:
    void loadInput();
    void validateInput();
    // Asks the platform for the run's chain, to say first when the run has
    // been superseded (recovered, retried again, or a retry running).
    void checkChain();
    void showSuperseded(const ameide::client::runs::WorkflowRun &later);
    void updateRetryButton();

    QPointer<ameide::client::RunsApi> m_api;
    ameide::client::runs::WorkflowRun m_run;
    QString m_key;
    QCheckBox *m_fromStep = nullptr;
    QCheckBox *m_editInput = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_superseded = nullptr;
    QCheckBox *m_retryAnyway = nullptr;
    QPushButton *m_retryButton = nullptr;
    bool m_inputLoaded = false;
    bool m_sending = false;
    bool m_inputValid = true;
};

} // namespace ameide::views

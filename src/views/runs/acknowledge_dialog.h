#pragma once

#include "client/runs/runs_api.h"

#include "client/runs/workflow_run.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ameide::views {

// Says who is on a failure group (the person asking, unless another name is
// given) with a note, or clears it when someone already is. Everyone in the
// tenant sees it on the group.
class AcknowledgeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcknowledgeDialog)
public:
    AcknowledgeDialog(ameide::client::RunsApi *api, const ameide::client::runs::FailureGroup &group,
                      QWidget *parent = nullptr);

Q_SIGNALS:
    // The group as the platform now has it; `cleared` when nobody is on it any more.
    void acknowledged(const ameide::client::runs::FailureGroup &group, bool cleared);

public Q_SLOTS:
    void accept() override;
    // Removes the acknowledgement (the button is there only when there is one).
    void clearAcknowledgement();

private:
    void send(bool clear);

    QPointer<ameide::client::RunsApi> m_api;
    ameide::client::runs::FailureGroup m_group;
    QLineEdit *m_assignee = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_acknowledgeButton = nullptr;
    QPushButton *m_clearButton = nullptr;
};

} // namespace ameide::views

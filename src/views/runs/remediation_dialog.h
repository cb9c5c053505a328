#pragma once

#include "client/runs/runs_api.h"

#include "client/runs/workflow_run.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace ameide::views {

// Opens (or finds) the remediation backlog item of a failure group: a
// feedback item with an SLA, linked to the group's runs.
class RemediationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemediationDialog)
public:
    RemediationDialog(ameide::client::RunsApi *api, const ameide::client::runs::FailureGroup &group,
                      QWidget *parent = nullptr);

Q_SIGNALS:
    void opened(const QString &itemId, bool created);

public Q_SLOTS:
    void accept() override;

private:
    QPointer<ameide::client::RunsApi> m_api;
    ameide::client::runs::FailureGroup m_group;
    QString m_key;
    QLineEdit *m_title = nullptr;
    QSpinBox *m_slaHours = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_openButton = nullptr;
};

} // namespace ameide::views

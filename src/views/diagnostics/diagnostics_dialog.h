#pragma once

#include <QDialog>

class QHideEvent;
class QLabel;
class QPushButton;
class QShowEvent;
class QTableView;

namespace ameide::models {
class DiagnosticsModel;
}

namespace ameide::client {
class ConsoleSession;
}

namespace ameide::views {


// Probes every service of the contract over the current connection and
// shows what answered, how fast, and what a failure means.
class DiagnosticsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsDialog)
public:
    explicit DiagnosticsDialog(ameide::client::ConsoleSession *controller, QWidget *parent = nullptr);
    ~DiagnosticsDialog() override;

    void runAgain();
    void copyReport();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QString noConnectionText() const;
    void setStatus(const QString &text);

    ameide::client::ConsoleSession *m_controller;
    ameide::models::DiagnosticsModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_runAgainButton;
    QPushButton *m_copyButton;
    bool m_ran = false;
    // Set while the status line explains that there is no connection, so it
    // can follow the controller's phase.
    bool m_showsNoConnection = false;
};

} // namespace ameide::views

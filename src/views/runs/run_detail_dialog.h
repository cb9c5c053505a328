#pragma once

#include <QDialog>

class QHideEvent;
class QLabel;

namespace ameide::client {
class PlatformConnection;
}

namespace ameide::views {

class RunDetailWidget;

// A window for one run, e.g. opened from an ameide:// link. Remembers its
// size and place.
class RunDetailDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetailDialog)
public:
    explicit RunDetailDialog(ameide::client::PlatformConnection *connection, QWidget *parent = nullptr);
    ~RunDetailDialog() override;

    RunDetailWidget *detail() const { return m_detail; }
    void showRun(const QString &runId);
    // Shows the run of an ameide://<tenant>/runs/<id> link. False, with the
    // reason shown in the dialog, when the text is not a run link or names
    // another tenant than the connection's.
    bool openLink(const QString &link);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void setProblem(const QString &text);

    RunDetailWidget *m_detail;
    QLabel *m_problem;
};

} // namespace ameide::views

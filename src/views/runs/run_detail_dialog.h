#pragma once

#include <QDialog>

class QHideEvent;
class QLabel;

namespace ameide::views {

class RunActions;
class RunDetailWidget;

// A window for one run, e.g. opened from an ameide:// link. Remembers its
// size and place.
class RunDetailDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetailDialog)
public:
    // Shows runs of the actions' platform, and acts on them through `actions`.
    explicit RunDetailDialog(RunActions *actions, QWidget *parent = nullptr);
    ~RunDetailDialog() override;

    RunDetailWidget *detail() const { return m_detail; }
    void showRun(const QString &runId);
    // Shows the run of an ameide://<tenant>/runs/<id> link. False, with the
    // reason shown in the dialog, when the text is not a run link or names
    // another tenant than the platform's.
    bool openLink(const QString &link);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void setProblem(const QString &text);

    RunDetailWidget *m_detail;
    QLabel *m_problem;
};

} // namespace ameide::views

#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace ameide::models {
class JobListModel;
}

namespace ameide::views {

// The tenant's bulk jobs in one window, whoever started them and from
// wherever: state, progress, who, when and what each covers. A running job
// can be stopped (after a confirmation whose default keeps it running); a
// job that made new runs opens them in the list. Closing the window stops
// nothing. Remembers its size and columns.
class JobsPanel final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsPanel)
public:
    // The model is shared with its owner (who may keep it refreshing to
    // notice jobs ending); the panel only reads it and asks it to stop jobs.
    explicit JobsPanel(ameide::models::JobListModel *model, QWidget *parent = nullptr);
    ~JobsPanel() override;

    QTableView *table() const { return m_table; }
    // As the buttons do; for keyboard users and tests.
    void showRunsOfCurrent();
    void stopCurrent();

Q_SIGNALS:
    // Show the runs this job started.
    void showRunsRequested(const QString &jobId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QString currentJobId() const;
    void saveLayout() const;
    void updateButtons();
    void resumeCurrent();
    void updateEmptyState();
    void keepSelection(const QString &jobId);

    ameide::models::JobListModel *m_model;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_showRuns = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_resume = nullptr;
    QString m_selectedBeforeReset;
};

} // namespace ameide::views

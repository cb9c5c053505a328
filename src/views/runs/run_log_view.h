#pragma once

#include "models/runs/run_log_model.h"

#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QHideEvent;
class QShowEvent;
class QStackedWidget;
class QTableView;

namespace ameide::views {

// A run's step log: a table of lines (time in the local zone, level in its
// status colour, step, message) over a RunLogModel, with a search field
// (Ctrl+F), a level filter, a step filter, Copy (Ctrl+C on the selected
// lines) and Follow, which keeps reading the lines a running run writes and
// scrolls to the end. Every filter is the platform's. Rows have one height
// and no widgets of their own, so a log of 100,000 lines scrolls like a
// short one. Below the table: the selected line's fields.
class RunLogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunLogView)
public:
    explicit RunLogView(ameide::models::RunLogModel *model, QWidget *parent = nullptr);
    ~RunLogView() override;

    ameide::models::RunLogModel *model() const { return m_model; }
    // The run's steps, (id, name), for the step filter; keeps the choice when it still exists.
    void setSteps(const QList<QPair<QString, QString>> &steps);
    // Filters to one step (empty: all), as when it is chosen in the timeline.
    void selectStep(const QString &stepId);
    // Whether the shown run is active; a run shown for the first time
    // (newRun) is followed by default exactly when it is.
    void setRunActive(bool active, bool newRun);

    // Copies the selected lines to the clipboard; returns how many.
    int copySelection();
    void focusSearch();

    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *levelFilter() const { return m_level; }
    QComboBox *stepFilter() const { return m_step; }
    QCheckBox *followBox() const { return m_follow; }
    // What the status line says (counts, loading, errors).
    QString statusText() const;
    // The text shown instead of the table when there is nothing to show; empty while the table shows.
    QString emptyText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void fetchIfEmpty();
    void updateState();
    void updateDetails();
    void applySearch();

    QPointer<ameide::models::RunLogModel> m_model;
    QLineEdit *m_search = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_step = nullptr;
    QCheckBox *m_follow = nullptr;
    QPushButton *m_copy = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_levelLabel = nullptr;
    QLabel *m_stepLabel = nullptr;
    QTimer m_searchTimer;
    bool m_settingStep = false;
};

} // namespace ameide::views

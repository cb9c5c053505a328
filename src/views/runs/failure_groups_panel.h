#pragma once

#include "client/runs/run_filter.h"

#include <QByteArray>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTableView;

namespace ameide::client {
class RunsApi;
}

namespace ameide::models {
class FailureGroupModel;
}

namespace ameide::views {

// The failure groups of the filter's failed runs, above the list: each
// group's failure ("New" when first seen in the last 24 hours), its 7-day
// trend, counts, last seen, who is on it and its remediation item; sorted
// by a click on a header (count, unrecovered, last seen, trend, ...), the
// selected group kept across reloads. Enter or a double click asks for the
// group's runs.
class FailureGroupsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureGroupsPanel)
public:
    explicit FailureGroupsPanel(QWidget *parent = nullptr);
    ~FailureGroupsPanel() override;

    void setApi(ameide::client::RunsApi *api);
    // The groups of this filter's time range and definitions; the filter's
    // signature is selected when it is among them.
    void load(const ameide::client::RunFilter &filter);
    // Asks for the runs of the selected group (Enter, double click).
    void chooseCurrent();
    // Loads again soon (new failures arrived), at most once per interval.
    void refreshSoon();
    // Loads again now, keeping the selected group.
    void refresh();

    ameide::models::FailureGroupModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The signature of the selected group; empty when none.
    QString currentSignature() const;
    // The selected group's row in the model, or -1.
    int currentRow() const;

    // The table's columns (widths, order, hidden ones) and sort, to remember.
    QByteArray saveHeaderState() const;
    // Restores what saveHeaderState() gave and sorts the groups as it says.
    void restoreHeaderState(const QByteArray &state);
    // The panel's height that shows this many groups without scrolling.
    int heightForRows(int rows) const;

Q_SIGNALS:
    // The person asked for the runs of this group.
    void groupChosen(const QString &signature);
    void currentChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void selectAfterLoad();
    void showColumnMenu(const QPoint &pos);
    // Gives the failure column the width the others leave (never less than
    // its own width as set or restored), so extra room goes to the text.
    void fitFailureColumn();

    ameide::models::FailureGroupModel *m_model;
    QString m_signatureToSelect;
    QLabel *m_state = nullptr;
    QTableView *m_table = nullptr;
    QTimer m_refreshTimer;
    // Keeps "12 min ago", "new" and "due in" current between loads.
    QTimer m_clock;
    int m_failureWidth = 0;
    bool m_fitting = false;
};

} // namespace ameide::views

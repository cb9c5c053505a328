#pragma once

#include "client/runs/run_filter.h"

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
// group's failure, counts, first and last seen, definitions and remediation
// item. Enter or a double click asks for the group's runs.
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
    void refresh();

    ameide::models::FailureGroupModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The signature of the selected group; empty when none.
    QString currentSignature() const;
    // The selected group's row in the model, or -1.
    int currentRow() const;

Q_SIGNALS:
    // The person asked for the runs of this group.
    void groupChosen(const QString &signature);
    void currentChanged();

private:
    ameide::models::FailureGroupModel *m_model;
    QString m_signatureToSelect;
    QLabel *m_state = nullptr;
    QTableView *m_table = nullptr;
    QTimer m_refreshTimer;
};

} // namespace ameide::views

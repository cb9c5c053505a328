#pragma once

#include "models/runs/run_comparison.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QShowEvent;
class QStackedWidget;
class QTableView;

namespace ameide::models {
class RunDetail;
}

namespace ameide::views {

// The run detail's Compare tab: for a failed run, what differs from the
// last completed run of its definition (the version, the input fields that
// differ, each step's outcome and time side by side) and where the two
// went apart. It follows the run a models::RunDetail shows and asks the
// platform only while it is visible; loading, nothing to compare with and
// errors each say so.
class RunCompareView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunCompareView)
public:
    explicit RunCompareView(ameide::models::RunDetail *detail, QWidget *parent = nullptr);
    ~RunCompareView() override;

    ameide::models::RunComparisonModel *model() const { return m_model; }

Q_SIGNALS:
    // The person asked to open this run (the good run).
    void runRequested(const QString &runId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void follow();
    void showState();
    void updateInputSummary();

    QPointer<ameide::models::RunDetail> m_detail;
    ameide::models::RunComparisonModel *m_model;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_stateText = nullptr;
    QPushButton *m_tryAgain = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_openGood = nullptr;
    QLabel *m_divergence = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_inputSummary = nullptr;
    QCheckBox *m_showAllInputs = nullptr;
    QTableView *m_inputTable = nullptr;
    QLabel *m_durations = nullptr;
    QTableView *m_stepTable = nullptr;
};

} // namespace ameide::views

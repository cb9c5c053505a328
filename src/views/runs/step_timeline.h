#pragma once

#include "client/runs/workflow_run.h"

#include <QList>
#include <QTimer>
#include <QWidget>

namespace ameide::views {

namespace wf = ameide_core_proto::workflows_runtime::v1;

// The steps of one run on a shared time axis: one row per step, its name on
// the left and a bar from when it started to when it ended (a running step
// grows to now, ticking). The status is in the bar's colour and also written
// beside it, in the tooltip and in the accessible description. Up and Down
// move between steps when it has focus.
class StepTimeline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepTimeline)
public:
    explicit StepTimeline(QWidget *parent = nullptr);
    ~StepTimeline() override;

    // Takes the steps (and the run's own times) of a described run.
    void setRun(const wf::WorkflowRun &run);
    void clear();

    int stepCount() const { return static_cast<int>(m_steps.size()); }
    QString stepName(int row) const;
    wf::WorkflowStepStatus stepStatus(int row) const;
    // True when at least one step has started.
    bool hasStartedSteps() const;
    int currentStep() const { return m_current; }
    void setCurrentStep(int row);
    // One sentence per step, as the accessible description says it.
    QString summary() const;
    // What the tooltip of a step says.
    QString stepDetails(int row) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;


Q_SIGNALS:
    void currentStepChanged(int row);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Step
    {
        QString id;
        QString name;
        wf::WorkflowStepStatus status = wf::WORKFLOW_STEP_STATUS_UNSPECIFIED;
        qint64 startMs = 0; // 0: not started
        qint64 endMs = 0;   // 0: not ended
        QString failureReason;
        QString errorClass;
    };
    struct Geometry
    {
        int labelWidth = 0;
        int statusWidth = 0;
        int rowHeight = 0;
        int axisHeight = 0;
        int margin = 0;
        QRect plot;
    };

    Geometry geometryFor(int width) const;
    int rowAt(const QPoint &pos) const;
    qint64 endOf(const Step &step, qint64 now) const;
    QString statusLine(const Step &step, qint64 now) const;
    void updateTicking();
    void updateAccessibility();

    QList<Step> m_steps;
    wf::WorkflowRunStatus m_runStatus = wf::WORKFLOW_RUN_STATUS_UNSPECIFIED;
    qint64 m_createdMs = 0;
    qint64 m_runStartMs = 0;
    qint64 m_runEndMs = 0;
    int m_current = -1;
    QTimer m_tick;
};

} // namespace ameide::views

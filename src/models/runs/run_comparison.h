#pragma once

#include "client/api_result.h"
#include "client/runs/workflow_run.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace ameide::client {
class RunsApi;
}

namespace ameide::models {

namespace wf = ameide_core_proto::workflows_runtime::v1;

// One input field of the two runs, by its path: nested objects are followed
// ("repository.branch"); a list, an empty object or a scalar is one value.
struct InputFieldComparison
{
    // From the good run to this one: Added is only in this (failed) run,
    // Removed only in the good run.
    enum class Change { Same, Added, Removed, Changed };

    QString path;
    Change change = Change::Same;
    // The value as compact JSON; empty when the run has no such field.
    QString failedValue;
    QString goodValue;
};

// One step of either run, matched by step id.
struct StepComparison
{
    QString stepId;
    // The name in this run, or in the good run when only it has the step.
    QString name;
    bool inFailed = false;
    bool inGood = false;
    wf::WorkflowStepStatus failedStatus = wf::WORKFLOW_STEP_STATUS_UNSPECIFIED;
    wf::WorkflowStepStatus goodStatus = wf::WORKFLOW_STEP_STATUS_UNSPECIFIED;
    // From start to end; -1 when the step did not start or has not ended.
    qint64 failedMillis = -1;
    qint64 goodMillis = -1;
    QString failureReason;

    // This run's time minus the good run's, when both are known.
    std::optional<qint64> differenceMillis() const;
    // Ended differently, or only one run has the step.
    bool outcomeDiffers() const;
    // The name, or the id when it has none.
    QString label() const;
};

// What differs between a failed run and the last good (completed) run of
// its definition: the definition version, the input fields, each step's
// outcome and duration, and the first step whose outcome differs. Pure:
// made from two described runs, no platform, no widgets.
struct RunComparison
{
    Q_DECLARE_TR_FUNCTIONS(RunComparison)

public:
    wf::WorkflowRun failed;
    wf::WorkflowRun good;
    // Every field of either input, sorted by path.
    QList<InputFieldComparison> inputs;
    // This run's steps in their order, then those only the good run has.
    QList<StepComparison> steps;
    // Index in steps of the first whose outcome differs; -1 when none does.
    int divergedStep = -1;

    static RunComparison compare(const wf::WorkflowRun &failed, const wf::WorkflowRun &good);

    bool versionDiffers() const { return failed.version_number() != good.version_number(); }
    int changedInputCount() const;
    // One sentence for people, e.g. "Failed at step “charge”; the good run
    // completed it in 120 ms."
    QString divergenceText() const;
    // "Version 4 here, version 3 in the good run" or "Both ran version 4".
    QString versionText() const;
    // "This run took 2.3 s until it failed; the good run took 3.4 s (−1.1 s)."
    QString durationText() const;
    // "+1.2 s", "−300 ms", "same"; empty when not known.
    static QString differenceText(std::optional<qint64> millis);
    // "Completed, 120 ms", "Failed after 2.3 s", "Not run", "Not in this version".
    static QString stepOutcomeText(bool present, wf::WorkflowStepStatus status, qint64 millis,
                                   wf::WorkflowRunStatus runStatus);
    static QString changeText(InputFieldComparison::Change change);
};

// The input fields of a comparison: only those that differ, unless every
// field is asked for.
class RunInputDiffModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunInputDiffModel)
public:
    enum Column { FieldColumn, ChangeColumn, FailedColumn, GoodColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        // InputFieldComparison::Change as an int.
        ChangeRole = Qt::UserRole + 1,
    };

    explicit RunInputDiffModel(QObject *parent = nullptr);
    ~RunInputDiffModel() override;

    void setFields(const QList<InputFieldComparison> &fields);
    void setShowAll(bool showAll);
    bool showAll() const { return m_showAll; }
    // Fields in all, and those that differ.
    int totalCount() const { return static_cast<int>(m_all.size()); }
    int changedCount() const;
    const InputFieldComparison &fieldAt(int row) const { return m_shown.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void fill();

    QList<InputFieldComparison> m_all;
    QList<InputFieldComparison> m_shown;
    bool m_showAll = false;
};

// The steps of a comparison side by side: outcome and duration in each run
// and the difference; the row where the runs diverged is marked.
class RunStepDiffModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunStepDiffModel)
public:
    enum Column { StepColumn, FailedColumn, GoodColumn, DifferenceColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        StepIdRole = Qt::UserRole + 1,
        // True on the first step whose outcome differs.
        DivergedRole,
        // True on every step whose outcome differs.
        DiffersRole,
        // This run's time minus the good run's (qint64), when both are known.
        DifferenceMillisRole,
    };

    explicit RunStepDiffModel(QObject *parent = nullptr);
    ~RunStepDiffModel() override;

    void setComparison(const RunComparison &comparison);
    void clear();
    const StepComparison &stepAt(int row) const { return m_steps.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StepComparison> m_steps;
    int m_diverged = -1;
    wf::WorkflowRunStatus m_failedStatus = wf::WORKFLOW_RUN_STATUS_UNSPECIFIED;
    wf::WorkflowRunStatus m_goodStatus = wf::WORKFLOW_RUN_STATUS_UNSPECIFIED;
};

// Finds the last good run of a failed run and compares the two: the newest
// COMPLETED run of the same definition created before the failed one
// (SearchWorkflowRuns, one row, newest first), then described. A view asks
// with compare() when it is shown; the same run again keeps what was found.
class RunComparisonModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunComparisonModel)
public:
    enum class State {
        // Nothing asked yet.
        Empty,
        // The run has not failed: there is nothing to explain.
        NotFailed,
        Loading,
        // No completed run of the definition was created before this one.
        NoneFound,
        Loaded,
        // The platform could not be asked; see errorText().
        Failed,
    };
    Q_ENUM(State)

    explicit RunComparisonModel(QObject *parent = nullptr);
    ~RunComparisonModel() override;

    void setApi(ameide::client::RunsApi *api);
    ameide::client::RunsApi *api() const { return m_api; }

    // Compares this run (as described, with steps and input) with its last
    // good run. The same failed run again does nothing unless the last
    // attempt failed.
    void compare(const wf::WorkflowRun &run);
    // Asks the platform again for the shown run.
    void reload();
    void clear();

    State state() const { return m_state; }
    // What the person should read for the states without a comparison.
    QString stateText() const;
    QString errorText() const { return m_error; }
    const wf::WorkflowRun &run() const { return m_comparison.failed; }
    const RunComparison &comparison() const { return m_comparison; }
    RunInputDiffModel *inputs() const { return m_inputs; }
    RunStepDiffModel *steps() const { return m_steps; }

Q_SIGNALS:
    void stateChanged(ameide::models::RunComparisonModel::State state);

private:
    void start();
    void setState(State state, const QString &error = {});

    QPointer<ameide::client::RunsApi> m_api;
    RunComparison m_comparison;
    State m_state = State::Empty;
    QString m_error;
    int m_generation = 0;
    ameide::client::CallHandle m_call;
    RunInputDiffModel *m_inputs;
    RunStepDiffModel *m_steps;
};

} // namespace ameide::models

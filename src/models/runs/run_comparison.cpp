#include "models/runs/run_comparison.h"

#include "client/runs/runs_api.h"
#include "models/runs/run_text.h"

#include <QFont>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QSet>

#include <cstdlib>

namespace ameide::models {

using ameide::client::runs::isSet;
using ameide::client::runs::millisOf;
using ameide::client::runs::text;

namespace {

QJsonValue toJson(const google::protobuf::Value &value)
{
    switch (value.kind_case()) {
    case google::protobuf::Value::kNullValue: return QJsonValue(QJsonValue::Null);
    case google::protobuf::Value::kNumberValue: return value.number_value();
    case google::protobuf::Value::kStringValue: return text(value.string_value());
    case google::protobuf::Value::kBoolValue: return value.bool_value();
    case google::protobuf::Value::kStructValue: {
        QJsonObject object;
        for (const auto &[key, field] : value.struct_value().fields())
            object.insert(text(key), toJson(field));
        return object;
    }
    case google::protobuf::Value::kListValue: {
        QJsonArray array;
        for (const auto &item : value.list_value().values())
            array.append(toJson(item));
        return array;
    }
    default: return QJsonValue(QJsonValue::Null);
    }
}

// Compact JSON of one value; keys of objects sorted (QJsonObject sorts them),
// so equal values read the same.
QString compactJson(const google::protobuf::Value &value)
{
    const QJsonValue json = toJson(value);
    if (json.isObject())
        return QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
    if (json.isArray())
        return QString::fromUtf8(QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact));
    // A scalar: written inside an array, which is then taken off.
    const QByteArray wrapped = QJsonDocument(QJsonArray{json}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

void flatten(const google::protobuf::Struct &s, const QString &prefix, QMap<QString, QString> *out)
{
    for (const auto &[key, value] : s.fields()) {
        const QString path = prefix.isEmpty() ? text(key) : prefix + QLatin1Char('.') + text(key);
        if (value.kind_case() == google::protobuf::Value::kStructValue && value.struct_value().fields_size() > 0)
            flatten(value.struct_value(), path, out);
        else
            out->insert(path, compactJson(value));
    }
}

qint64 stepMillis(const wf::WorkflowRunStep &step)
{
    if (!isSet(step.started_at()) || !isSet(step.ended_at()))
        return -1;
    return std::max<qint64>(0, millisOf(step.ended_at()) - millisOf(step.started_at()));
}

// A step never reached reads the same whether it says pending or nothing.
wf::WorkflowStepStatus outcomeOf(wf::WorkflowStepStatus status)
{
    return status == wf::WORKFLOW_STEP_STATUS_UNSPECIFIED ? wf::WORKFLOW_STEP_STATUS_PENDING : status;
}

QString quoted(const QString &name)
{
    return RunComparison::tr("“%1”").arg(name);
}

} // namespace

// --- StepComparison ----------------------------------------------------------

std::optional<qint64> StepComparison::differenceMillis() const
{
    if (failedMillis < 0 || goodMillis < 0)
        return std::nullopt;
    return failedMillis - goodMillis;
}

bool StepComparison::outcomeDiffers() const
{
    return inFailed != inGood || outcomeOf(failedStatus) != outcomeOf(goodStatus);
}

QString StepComparison::label() const
{
    return name.isEmpty() ? stepId : name;
}

// --- RunComparison -----------------------------------------------------------

RunComparison RunComparison::compare(const wf::WorkflowRun &failed, const wf::WorkflowRun &good)
{
    RunComparison c;
    c.failed = failed;
    c.good = good;

    QMap<QString, QString> failedFields;
    QMap<QString, QString> goodFields;
    flatten(failed.input(), {}, &failedFields);
    flatten(good.input(), {}, &goodFields);
    QMap<QString, InputFieldComparison> fields;
    for (auto it = failedFields.cbegin(); it != failedFields.cend(); ++it) {
        InputFieldComparison &f = fields[it.key()];
        f.path = it.key();
        f.failedValue = it.value();
        f.change = InputFieldComparison::Change::Added;
    }
    for (auto it = goodFields.cbegin(); it != goodFields.cend(); ++it) {
        InputFieldComparison &f = fields[it.key()];
        const bool inFailed = failedFields.contains(it.key());
        f.path = it.key();
        f.goodValue = it.value();
        if (!inFailed)
            f.change = InputFieldComparison::Change::Removed;
        else
            f.change = f.failedValue == f.goodValue ? InputFieldComparison::Change::Same
                                                    : InputFieldComparison::Change::Changed;
    }
    c.inputs = fields.values();

    QHash<QString, int> goodIndex;
    for (int i = 0; i < good.steps_size(); ++i)
        goodIndex.insert(text(good.steps(i).id()), i);
    QSet<QString> seen;
    for (const auto &step : failed.steps()) {
        StepComparison s;
        s.stepId = text(step.id());
        s.name = text(step.name());
        s.inFailed = true;
        s.failedStatus = step.status();
        s.failedMillis = stepMillis(step);
        s.failureReason = text(step.failure_reason());
        if (const auto it = goodIndex.constFind(s.stepId); it != goodIndex.cend()) {
            const auto &g = good.steps(it.value());
            s.inGood = true;
            s.goodStatus = g.status();
            s.goodMillis = stepMillis(g);
        }
        seen.insert(s.stepId);
        c.steps.append(s);
    }
    for (const auto &g : good.steps()) {
        if (seen.contains(text(g.id())))
            continue;
        StepComparison s;
        s.stepId = text(g.id());
        s.name = text(g.name());
        s.inGood = true;
        s.goodStatus = g.status();
        s.goodMillis = stepMillis(g);
        c.steps.append(s);
    }
    for (int i = 0; i < c.steps.size() && c.divergedStep < 0; ++i) {
        if (c.steps.at(i).outcomeDiffers())
            c.divergedStep = i;
    }
    return c;
}

int RunComparison::changedInputCount() const
{
    int n = 0;
    for (const auto &f : inputs)
        n += f.change == InputFieldComparison::Change::Same ? 0 : 1;
    return n;
}

QString RunComparison::divergenceText() const
{
    if (divergedStep < 0 || divergedStep >= steps.size()) {
        if (!failed.failure_reason().empty())
            return tr("Every step ended the same way in both runs; this run failed outside its steps: %1")
                .arg(text(failed.failure_reason()));
        return tr("Every step ended the same way in both runs.");
    }
    const StepComparison &s = steps.at(divergedStep);
    const QString step = quoted(s.label());
    if (s.inFailed && !s.inGood) {
        if (s.failedStatus == wf::WORKFLOW_STEP_STATUS_FAILED)
            return tr("Failed at step %1, which the good run (version %2) does not have.")
                .arg(step)
                .arg(good.version_number());
        return tr("Step %1 is only in this run (version %2); the good run (version %3) does not have it.")
            .arg(step)
            .arg(failed.version_number())
            .arg(good.version_number());
    }
    if (!s.inFailed) {
        return tr("Step %1 is only in the good run (version %2); this run (version %3) does not have it.")
            .arg(step)
            .arg(good.version_number())
            .arg(failed.version_number());
    }
    const QString goodOutcome = RunText::stepStatusInRun(s.goodStatus, good.status()).toLower();
    if (s.failedStatus == wf::WORKFLOW_STEP_STATUS_FAILED) {
        if (s.goodStatus == wf::WORKFLOW_STEP_STATUS_COMPLETED)
            return s.goodMillis >= 0 ? tr("Failed at step %1; the good run completed it in %2.")
                                           .arg(step, RunText::duration(s.goodMillis))
                                     : tr("Failed at step %1; the good run completed it.").arg(step);
        return tr("Failed at step %1; in the good run it was %2.").arg(step, goodOutcome);
    }
    return tr("Step %1 was %2 in this run and %3 in the good run.")
        .arg(step, RunText::stepStatusInRun(s.failedStatus, failed.status()).toLower(), goodOutcome);
}

QString RunComparison::versionText() const
{
    if (!versionDiffers())
        return tr("Both ran version %1.").arg(failed.version_number());
    return tr("Version %1 here, version %2 in the good run.").arg(failed.version_number()).arg(good.version_number());
}

QString RunComparison::durationText() const
{
    const qint64 mine = client::runs::runDurationMillis(failed, 0);
    const qint64 theirs = client::runs::runDurationMillis(good, 0);
    if (mine < 0 || theirs < 0)
        return {};
    return tr("This run took %1 until it failed; the good run took %2 (%3).")
        .arg(RunText::duration(mine), RunText::duration(theirs), differenceText(mine - theirs));
}

QString RunComparison::differenceText(std::optional<qint64> millis)
{
    if (!millis)
        return {};
    if (*millis == 0)
        return tr("same");
    const QString amount = RunText::duration(std::llabs(*millis));
    return *millis > 0 ? tr("+%1").arg(amount) : tr("−%1").arg(amount);
}

QString RunComparison::stepOutcomeText(bool present, wf::WorkflowStepStatus status, qint64 millis,
                                       wf::WorkflowRunStatus runStatus)
{
    if (!present)
        return tr("No such step");
    if (millis >= 0) {
        if (status == wf::WORKFLOW_STEP_STATUS_COMPLETED)
            return tr("Completed, %1").arg(RunText::duration(millis));
        if (status == wf::WORKFLOW_STEP_STATUS_FAILED)
            return tr("Failed after %1").arg(RunText::duration(millis));
        return tr("%1, %2").arg(RunText::stepStatusInRun(status, runStatus), RunText::duration(millis));
    }
    return RunText::stepStatusInRun(status, runStatus);
}

QString RunComparison::changeText(InputFieldComparison::Change change)
{
    switch (change) {
    case InputFieldComparison::Change::Added: return tr("Added");
    case InputFieldComparison::Change::Removed: return tr("Removed");
    case InputFieldComparison::Change::Changed: return tr("Changed");
    case InputFieldComparison::Change::Same: break;
    }
    return tr("Same");
}

// --- RunInputDiffModel -------------------------------------------------------

RunInputDiffModel::RunInputDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

RunInputDiffModel::~RunInputDiffModel() = default;

void RunInputDiffModel::setFields(const QList<InputFieldComparison> &fields)
{
    m_all = fields;
    fill();
}

void RunInputDiffModel::setShowAll(bool showAll)
{
    if (m_showAll == showAll)
        return;
    m_showAll = showAll;
    fill();
}

void RunInputDiffModel::fill()
{
    beginResetModel();
    m_shown.clear();
    for (const auto &f : std::as_const(m_all)) {
        if (m_showAll || f.change != InputFieldComparison::Change::Same)
            m_shown.append(f);
    }
    endResetModel();
}

int RunInputDiffModel::changedCount() const
{
    int n = 0;
    for (const auto &f : m_all)
        n += f.change == InputFieldComparison::Change::Same ? 0 : 1;
    return n;
}

int RunInputDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int RunInputDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunInputDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InputFieldComparison &f = m_shown.at(index.row());
    const auto value = [](const QString &json) { return json.isEmpty() ? RunComparison::tr("—") : json; };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FieldColumn: return f.path;
        case ChangeColumn: return RunComparison::changeText(f.change);
        case FailedColumn: return value(f.failedValue);
        case GoodColumn: return value(f.goodValue);
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ChangeColumn:
            switch (f.change) {
            case InputFieldComparison::Change::Added: return RunComparison::tr("In this run, not in the good run");
            case InputFieldComparison::Change::Removed: return RunComparison::tr("In the good run, not in this run");
            case InputFieldComparison::Change::Changed: return RunComparison::tr("A different value in each run");
            case InputFieldComparison::Change::Same: return RunComparison::tr("The same value in both runs");
            }
            return {};
        case FailedColumn: return f.failedValue.isEmpty() ? RunComparison::tr("Not in this run") : f.failedValue;
        case GoodColumn: return f.goodValue.isEmpty() ? RunComparison::tr("Not in the good run") : f.goodValue;
        default: return f.path;
        }
    case Qt::FontRole:
        if (f.change != InputFieldComparison::Change::Same && index.column() == ChangeColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ChangeRole: return static_cast<int>(f.change);
    default: return {};
    }
}

QVariant RunInputDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn: return RunComparison::tr("Field");
    case ChangeColumn: return RunComparison::tr("Change");
    case FailedColumn: return RunComparison::tr("This run");
    case GoodColumn: return RunComparison::tr("Good run");
    default: return {};
    }
}

// --- RunStepDiffModel --------------------------------------------------------

RunStepDiffModel::RunStepDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

RunStepDiffModel::~RunStepDiffModel() = default;

void RunStepDiffModel::setComparison(const RunComparison &comparison)
{
    beginResetModel();
    m_steps = comparison.steps;
    m_diverged = comparison.divergedStep;
    m_failedStatus = comparison.failed.status();
    m_goodStatus = comparison.good.status();
    endResetModel();
}

void RunStepDiffModel::clear()
{
    beginResetModel();
    m_steps.clear();
    m_diverged = -1;
    endResetModel();
}

int RunStepDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_steps.size());
}

int RunStepDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunStepDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StepComparison &s = m_steps.at(index.row());
    const bool diverged = index.row() == m_diverged;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StepColumn: return diverged ? RunComparison::tr("%1 (diverged here)").arg(s.label()) : s.label();
        case FailedColumn:
            return RunComparison::stepOutcomeText(s.inFailed, s.failedStatus, s.failedMillis, m_failedStatus);
        case GoodColumn: return RunComparison::stepOutcomeText(s.inGood, s.goodStatus, s.goodMillis, m_goodStatus);
        case DifferenceColumn: {
            const QString d = RunComparison::differenceText(s.differenceMillis());
            return d.isEmpty() ? RunComparison::tr("—") : d;
        }
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StepColumn:
            if (s.name.isEmpty() || s.name == s.stepId)
                return s.stepId;
            return RunComparison::tr("%1 (%2)").arg(s.name, s.stepId);
        case FailedColumn: return s.failureReason.isEmpty() ? QVariant() : s.failureReason;
        case DifferenceColumn: return RunComparison::tr("This run's time minus the good run's");
        default: return {};
        }
    case Qt::FontRole:
        if (diverged) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DifferenceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StepIdRole: return s.stepId;
    case DivergedRole: return diverged;
    case DiffersRole: return s.outcomeDiffers();
    case DifferenceMillisRole: {
        const auto d = s.differenceMillis();
        return d ? QVariant::fromValue(*d) : QVariant();
    }
    default: return {};
    }
}

QVariant RunStepDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StepColumn: return RunComparison::tr("Step");
    case FailedColumn: return RunComparison::tr("This run");
    case GoodColumn: return RunComparison::tr("Good run");
    case DifferenceColumn: return RunComparison::tr("Difference");
    default: return {};
    }
}

// --- RunComparisonModel ------------------------------------------------------

RunComparisonModel::RunComparisonModel(QObject *parent)
    : QObject(parent)
    , m_inputs(new RunInputDiffModel(this))
    , m_steps(new RunStepDiffModel(this))
{
}

RunComparisonModel::~RunComparisonModel()
{
    m_call.cancel();
}

void RunComparisonModel::setApi(ameide::client::RunsApi *api)
{
    if (m_api == api)
        return;
    if (m_api)
        disconnect(m_api, nullptr, this, nullptr);
    m_api = api;
    // Another platform: what was found on the last one no longer holds.
    if (api)
        connect(api, &client::RunsApi::connectionChanged, this, &RunComparisonModel::clear);
    clear();
}

void RunComparisonModel::clear()
{
    ++m_generation;
    m_call.cancel();
    m_comparison = {};
    m_inputs->setFields({});
    m_steps->clear();
    setState(State::Empty);
}

void RunComparisonModel::compare(const wf::WorkflowRun &run)
{
    if (run.id().empty()) {
        clear();
        return;
    }
    const bool sameRun = run.id() == m_comparison.failed.id();
    if (!client::runs::isFailed(run.status())) {
        if (sameRun && m_state == State::NotFailed)
            return;
        ++m_generation;
        m_call.cancel();
        m_comparison = {};
        m_comparison.failed = run;
        m_inputs->setFields({});
        m_steps->clear();
        setState(State::NotFailed);
        return;
    }
    if (sameRun && m_state != State::Failed && m_state != State::NotFailed && m_state != State::Empty)
        return;
    m_comparison = {};
    m_comparison.failed = run;
    start();
}

void RunComparisonModel::reload()
{
    if (m_comparison.failed.id().empty())
        return;
    const wf::WorkflowRun run = m_comparison.failed;
    m_comparison = {};
    m_comparison.failed = run;
    if (client::runs::isFailed(run.status()))
        start();
}

void RunComparisonModel::start()
{
    ++m_generation;
    m_call.cancel();
    m_inputs->setFields({});
    m_steps->clear();
    if (!m_api || !m_api->isConnected()) {
        setState(State::Failed, tr("There is no connection to the platform."));
        return;
    }
    setState(State::Loading);
    const wf::WorkflowRun &failed = m_comparison.failed;
    client::RunPageQuery query;
    query.filter.statuses = {wf::WORKFLOW_RUN_STATUS_COMPLETED};
    query.filter.definitionIds = {text(failed.definition_id())};
    if (isSet(failed.created_at()))
        query.filter.before = client::runs::toDateTime(failed.created_at());
    query.sortField = wf::RUN_SORT_FIELD_CREATED_AT;
    query.ascending = false;
    query.pageSize = 1;
    const int generation = m_generation;
    m_call = m_api->searchRuns(this, query, [this, generation](const client::ApiResult<client::RunPage> &found) {
        if (generation != m_generation)
            return;
        if (!found.ok()) {
            setState(State::Failed, found.message);
            return;
        }
        if (found.value.runs.empty()) {
            setState(State::NoneFound);
            return;
        }
        if (!m_api) {
            setState(State::Failed, tr("There is no connection to the platform."));
            return;
        }
        const QString goodId = text(found.value.runs.front().id());
        m_call = m_api->describeRun(this, goodId, [this, generation](const client::ApiResult<wf::WorkflowRun> &good) {
            if (generation != m_generation)
                return;
            if (!good.ok()) {
                setState(State::Failed, good.message);
                return;
            }
            m_comparison = RunComparison::compare(m_comparison.failed, good.value);
            m_inputs->setFields(m_comparison.inputs);
            m_steps->setComparison(m_comparison);
            setState(State::Loaded);
        });
    });
}

QString RunComparisonModel::stateText() const
{
    const wf::WorkflowRun &r = m_comparison.failed;
    const QString definition = r.definition_name().empty() ? text(r.definition_id()) : text(r.definition_name());
    switch (m_state) {
    case State::Empty: return tr("Choose a failed run to compare it with the last good run of its definition.");
    case State::NotFailed:
        return tr("This run is %1. Compare shows what differs between a failed run and the last completed run of "
                  "its definition.")
            .arg(RunText::runStatus(r.status()).toLower());
    case State::Loading: return tr("Looking for the last completed run of %1 before this one…").arg(definition);
    case State::NoneFound:
        return tr("No completed run of %1 was created before this run, so there is no good run to compare it "
                  "with.")
            .arg(definition);
    case State::Failed: return tr("The last good run could not be loaded: %1").arg(m_error);
    case State::Loaded: break;
    }
    return {};
}

void RunComparisonModel::setState(State state, const QString &error)
{
    m_state = state;
    m_error = error;
    Q_EMIT stateChanged(state);
}

} // namespace ameide::models

#include "views/runs/run_compare_view.h"

#include "models/runs/run_detail.h"
#include "models/runs/run_text.h"

#include <QCheckBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QShowEvent>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ameide::views {

using ameide::models::RunComparisonModel;
using ameide::models::RunInputDiffModel;
using ameide::models::RunStepDiffModel;
using State = ameide::models::RunComparisonModel::State;

namespace {

// Rows shown before a table scrolls.
constexpr int kMaxInputRows = 10;
constexpr int kMaxStepRows = 16;

QLabel *makeLabel(const QString &accessibleName, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QLabel *makeHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QTableView *makeTable(const QString &accessibleName, const QString &description, const QString &objectName,
                      QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setAccessibleDescription(description);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return table;
}

// A table as tall as its rows (at most maxRows of them, at least a few), so
// short lists leave their room to what follows.
void fitHeight(QTableView *table, int maxRows)
{
    const int rows = table->model() ? table->model()->rowCount() : 0;
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    const int chrome = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth()
                       + table->horizontalScrollBar()->sizeHint().height();
    table->setMaximumHeight(chrome + std::min(std::max(rows, 1), maxRows) * rowHeight);
    table->setMinimumHeight(chrome + std::min(std::max(rows, 1), 3) * rowHeight);
}

} // namespace

RunCompareView::RunCompareView(ameide::models::RunDetail *detail, QWidget *parent)
    : QWidget(parent)
    , m_detail(detail)
    , m_model(new RunComparisonModel(this))
{
    setObjectName(QStringLiteral("runCompare"));
    setAccessibleName(tr("Compare with the last good run"));

    m_stack = new QStackedWidget(this);
    m_stack->setAccessibleName(tr("Comparison"));

    // Loading, nothing to compare, not found, could not be loaded.
    auto *statePage = new QWidget(m_stack);
    statePage->setAccessibleName(tr("Comparison state"));
    m_stateText = makeLabel(tr("Comparison state"), QStringLiteral("compareState"), statePage);
    m_stateText->setAlignment(Qt::AlignCenter);
    m_tryAgain = new QPushButton(tr("Tr&y again"), statePage);
    m_tryAgain->setObjectName(QStringLiteral("compareTryAgain"));
    m_tryAgain->setAccessibleName(tr("Look for the last good run again"));
    m_tryAgain->setToolTip(tr("Ask the platform for the last good run again"));
    m_tryAgain->setAutoDefault(false);
    connect(m_tryAgain, &QPushButton::clicked, m_model, &RunComparisonModel::reload);
    auto *stateLayout = new QVBoxLayout(statePage);
    stateLayout->addStretch(1);
    stateLayout->addWidget(m_stateText);
    auto *tryRow = new QHBoxLayout;
    tryRow->addStretch(1);
    tryRow->addWidget(m_tryAgain);
    tryRow->addStretch(1);
    stateLayout->addLayout(tryRow);
    stateLayout->addStretch(2);

    // The comparison.
    auto *page = new QWidget(m_stack);
    page->setAccessibleName(tr("Differences from the last good run"));
    m_summary = makeLabel(tr("Compared with"), QStringLiteral("compareSummary"), page);
    m_openGood = new QPushButton(tr("Sho&w the good run"), page);
    m_openGood->setObjectName(QStringLiteral("compareOpenGood"));
    m_openGood->setAccessibleName(tr("Show the good run"));
    m_openGood->setToolTip(tr("Open the last good run in this pane"));
    m_openGood->setAutoDefault(false);
    connect(m_openGood, &QPushButton::clicked, this, [this] {
        const std::string &id = m_model->comparison().good.id();
        if (!id.empty())
            Q_EMIT runRequested(QString::fromStdString(id));
    });
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_openGood, 0, Qt::AlignTop);

    m_divergence = makeLabel(tr("Where the runs diverged"), QStringLiteral("compareDivergence"), page);
    m_divergence->setFrameShape(QFrame::StyledPanel);
    m_divergence->setMargin(6);
    QFont strong = m_divergence->font();
    strong.setBold(true);
    m_divergence->setFont(strong);
    m_version = makeLabel(tr("Definition version"), QStringLiteral("compareVersion"), page);

    m_inputSummary = makeLabel(tr("Input differences"), QStringLiteral("compareInputSummary"), page);
    m_showAllInputs = new QCheckBox(tr("Show &unchanged fields too"), page);
    m_showAllInputs->setObjectName(QStringLiteral("compareShowAllInputs"));
    m_showAllInputs->setAccessibleName(tr("Show unchanged input fields too"));
    m_showAllInputs->setToolTip(tr("List every input field of both runs, not only those that differ"));
    connect(m_showAllInputs, &QCheckBox::toggled, this, [this](bool on) {
        m_model->inputs()->setShowAll(on);
        updateInputSummary();
    });
    m_inputTable = makeTable(tr("Input differences"),
                             tr("Input fields of this run and of the good run; by default only those that differ"),
                             QStringLiteral("compareInputs"), page);
    m_inputTable->setModel(m_model->inputs());
    // Names and changes are short; values may be long JSON, elided, whole in the tooltip.
    QHeaderView *inputHeader = m_inputTable->horizontalHeader();
    inputHeader->setSectionResizeMode(RunInputDiffModel::FieldColumn, QHeaderView::ResizeToContents);
    inputHeader->setSectionResizeMode(RunInputDiffModel::ChangeColumn, QHeaderView::ResizeToContents);
    m_inputTable->setColumnWidth(RunInputDiffModel::FailedColumn, fontMetrics().averageCharWidth() * 28);

    m_durations = makeLabel(tr("Run durations"), QStringLiteral("compareDurations"), page);
    m_stepTable = makeTable(tr("Steps side by side"),
                            tr("Each step's outcome and time in this run and in the good run, and the difference"),
                            QStringLiteral("compareSteps"), page);
    m_stepTable->setModel(m_model->steps());
    // Side by side: each column as wide as what it says, the difference right after.
    m_stepTable->horizontalHeader()->setStretchLastSection(false);
    m_stepTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(makeHeading(tr("Input"), page));
    inputRow->addWidget(m_inputSummary, 1);
    inputRow->addWidget(m_showAllInputs);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(summaryRow);
    layout->addWidget(m_divergence);
    layout->addWidget(m_version);
    layout->addSpacing(4);
    layout->addLayout(inputRow);
    layout->addWidget(m_inputTable, 1);
    layout->addSpacing(4);
    layout->addWidget(makeHeading(tr("Steps"), page));
    layout->addWidget(m_durations);
    layout->addWidget(m_stepTable, 1);
    layout->addStretch(0);

    m_stack->addWidget(statePage);
    m_stack->addWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_model, &RunComparisonModel::stateChanged, this, &RunCompareView::showState);
    if (detail) {
        connect(detail, &models::RunDetail::runLoaded, this, [this] {
            if (isVisible())
                follow();
        });
        connect(detail, &models::RunDetail::stateChanged, this, [this](models::RunDetail::State state) {
            if (state != models::RunDetail::State::Loaded)
                m_model->clear();
        });
    }
    showState();
}

RunCompareView::~RunCompareView() = default;

void RunCompareView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    follow();
}

void RunCompareView::follow()
{
    if (!m_detail)
        return;
    m_model->setApi(m_detail->api());
    if (m_detail->state() == models::RunDetail::State::Loaded)
        m_model->compare(m_detail->run());
    else
        m_model->clear();
}

void RunCompareView::showState()
{
    const State state = m_model->state();
    if (state != State::Loaded) {
        const QString text = m_model->stateText();
        m_stateText->setText(text);
        m_stateText->setAccessibleDescription(text);
        m_tryAgain->setVisible(state == State::Failed);
        m_stack->setCurrentIndex(0);
        return;
    }
    const models::RunComparison &c = m_model->comparison();
    const QString goodId = QString::fromStdString(c.good.id());
    const QString ended = models::RunText::dateTime(c.good.ended_at());
    const QString summary =
        ended.isEmpty()
            ? tr("Compared with run %1, the last completed run of this definition before this one.").arg(goodId)
            : tr("Compared with run %1, the last completed run of this definition before this one (ended %2).")
                  .arg(goodId, ended);
    m_summary->setText(summary);
    m_summary->setAccessibleDescription(summary);
    const QString divergence = c.divergenceText();
    m_divergence->setText(divergence);
    m_divergence->setAccessibleDescription(divergence);
    m_version->setText(c.versionText());
    m_version->setAccessibleDescription(c.versionText());
    QFont versionFont = font();
    versionFont.setBold(c.versionDiffers());
    m_version->setFont(versionFont);
    const QString durations = c.durationText();
    m_durations->setText(durations);
    m_durations->setAccessibleDescription(durations);
    m_durations->setVisible(!durations.isEmpty());
    updateInputSummary();
    fitHeight(m_stepTable, kMaxStepRows);
    if (c.divergedStep >= 0)
        m_stepTable->setCurrentIndex(m_model->steps()->index(c.divergedStep, 0));
    m_stack->setCurrentIndex(1);
}

void RunCompareView::updateInputSummary()
{
    const RunInputDiffModel *inputs = m_model->inputs();
    const int total = inputs->totalCount();
    const int changed = inputs->changedCount();
    QString text;
    if (total == 0)
        text = tr("Neither run has input.");
    else if (changed == 0)
        text = tr("No field differs (%n in all).", nullptr, total);
    else
        text = tr("%1 of %n fields differ.", nullptr, total).arg(changed);
    m_inputSummary->setText(text);
    m_inputSummary->setAccessibleDescription(text);
    m_showAllInputs->setEnabled(total > 0 && changed < total);
    // Nothing to list: the sentence says it, the table goes.
    m_inputTable->setVisible(inputs->rowCount() > 0);
    fitHeight(m_inputTable, kMaxInputRows);
}

} // namespace ameide::views

#include "views/runs/run_log_view.h"

#include "client/runs/run_log.h"
#include "client/time_text.h"
#include "models/runs/run_log_model.h"
#include "views/runs/single_line_delegate.h"
#include "views/runs/status_palette.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStringList>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace ameide::views {

using ameide::models::RunLogModel;
namespace wf = ameide_core_proto::workflows_runtime::v1;

namespace {

constexpr int kSearchDelayMs = 250;

StatusPalette::Tone toneOf(int level)
{
    switch (level) {
    case wf::RUN_LOG_LEVEL_ERROR: return StatusPalette::Tone::Failed;
    case wf::RUN_LOG_LEVEL_WARNING: return StatusPalette::Tone::Recovered;
    case wf::RUN_LOG_LEVEL_INFO: return StatusPalette::Tone::Active;
    default: return StatusPalette::Tone::Waiting;
    }
}

// The level in its status colour, and an error's message too; the level is
// always written, so nothing depends on colour alone. It only recolours the
// text of the cell it paints: no widgets, no per-row sizes, and each cell's
// text is laid out once (SingleLineDelegate).
class LogLevelDelegate final : public SingleLineDelegate
{
public:
    using SingleLineDelegate::SingleLineDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int level = index.data(RunLogModel::LevelRole).toInt();
        const bool levelColumn = index.column() == RunLogModel::LevelColumn;
        if (!levelColumn && !(index.column() == RunLogModel::MessageColumn && level == wf::RUN_LOG_LEVEL_ERROR))
            return;
        // Selected rows keep the highlight's own text colour.
        if (option->state & QStyle::State_Selected)
            return;
        const QColor colour = StatusPalette::colour(toneOf(level), option->palette);
        option->palette.setColor(QPalette::Text, colour);
        option->palette.setColor(QPalette::WindowText, colour);
    }
};

} // namespace

RunLogView::RunLogView(RunLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("runLogView"));
    setAccessibleName(tr("Step log"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setAccessibleName(tr("Search the log"));
    m_search->setPlaceholderText(tr("Search messages (Ctrl+F)"));
    m_search->setToolTip(tr("Shows the lines whose message contains this text, ignoring case"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(200);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &RunLogView::applySearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &RunLogView::applySearch);

    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("logLevel"));
    m_level->setAccessibleName(tr("Lowest level shown"));
    m_level->setToolTip(tr("Show only lines at this level or above"));
    m_level->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_level->setMinimumContentsLength(6);
    m_level->addItem(tr("All levels"), static_cast<int>(wf::RUN_LOG_LEVEL_UNSPECIFIED));
    m_level->addItem(tr("Info and above"), static_cast<int>(wf::RUN_LOG_LEVEL_INFO));
    m_level->addItem(tr("Warnings and errors"), static_cast<int>(wf::RUN_LOG_LEVEL_WARNING));
    m_level->addItem(tr("Errors only"), static_cast<int>(wf::RUN_LOG_LEVEL_ERROR));
    auto *levelLabel = new QLabel(tr("Le&vel:"), this);
    levelLabel->setBuddy(m_level);
    levelLabel->hide(); // until there is room (resizeEvent)
    m_levelLabel = levelLabel;
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        if (m_model)
            m_model->setMinLevel(static_cast<client::runs::LogLevel>(m_level->currentData().toInt()));
    });

    m_step = new QComboBox(this);
    m_step->setObjectName(QStringLiteral("logStep"));
    m_step->setAccessibleName(tr("Step shown"));
    m_step->setToolTip(tr("Show only one step's lines; choosing a step in the timeline chooses it here"));
    // Narrow detail panes squeeze the filters rather than the list beside them.
    m_step->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_step->setMinimumContentsLength(4);
    m_step->addItem(tr("All steps"), QString());
    auto *stepLabel = new QLabel(tr("&Step:"), this);
    stepLabel->setBuddy(m_step);
    stepLabel->hide();
    m_stepLabel = stepLabel;
    connect(m_step, &QComboBox::currentIndexChanged, this, [this] {
        if (m_model && !m_settingStep)
            m_model->setStepFilter(m_step->currentData().toString());
    });

    m_follow = new QCheckBox(tr("Follo&w"), this);
    m_follow->setObjectName(QStringLiteral("logFollow"));
    m_follow->setAccessibleName(tr("Follow the log"));
    m_follow->setToolTip(tr("While the run is active, read new lines as they are written and keep the end in view"));
    m_follow->setChecked(true);
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (m_model)
            m_model->setFollowing(on);
        if (on)
            m_table->scrollToBottom();
    });

    m_copy = new QPushButton(tr("Cop&y"), this);
    m_copy->setObjectName(QStringLiteral("logCopy"));
    m_copy->setAccessibleName(tr("Copy selected lines"));
    m_copy->setToolTip(tr("Copy the selected lines to the clipboard (Ctrl+C)"));
    m_copy->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this, &RunLogView::copySelection);

    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 10);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 3);
    // The combo boxes name themselves ("All levels", "All steps"); their
    // labels go when the pane is narrow, so the list beside it keeps its room.
    bar->addWidget(levelLabel);
    bar->addWidget(m_level, 1);
    bar->addWidget(stepLabel);
    bar->addWidget(m_step, 1);
    bar->addWidget(m_follow);
    bar->addWidget(m_copy);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setAccessibleName(tr("Log lines"));
    m_table->setAccessibleDescription(tr("The run's log lines, oldest first; Ctrl+C copies the selected lines"));
    m_table->setModel(model);
    m_table->setItemDelegate(new LogLevelDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // One row height for all and widths from sample text: nothing is measured per row.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *hh = m_table->horizontalHeader();
    hh->setSectionResizeMode(QHeaderView::Interactive);
    hh->setStretchLastSection(true);
    hh->setHighlightSections(false);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldFm(bold);
    const int pad = fontMetrics().averageCharWidth() * 3;
    const auto width = [&](const QString &sample) { return boldFm.horizontalAdvance(sample) + pad; };
    m_table->setColumnWidth(RunLogModel::TimeColumn,
                            width(client::TimeText::sample(client::TimeText::Precision::Milliseconds)));
    m_table->setColumnWidth(RunLogModel::LevelColumn, width(tr("Warning")));
    m_table->setColumnWidth(RunLogModel::StepColumn, width(QStringLiteral("integration-tests")));

    auto *copyAction = new QAction(tr("Copy selected lines"), m_table);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &RunLogView::copySelection);
    m_table->addAction(copyAction);
    auto *findAction = new QAction(tr("Search the log"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, &RunLogView::focusSearch);
    addAction(findAction);

    // Instead of the table: nothing yet, no match, or why it failed.
    auto *emptyPage = new QWidget(this);
    emptyPage->setAccessibleName(tr("Log state"));
    m_empty = new QLabel(emptyPage);
    m_empty->setObjectName(QStringLiteral("logEmpty"));
    m_empty->setAccessibleName(tr("Log state"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_retry = new QPushButton(tr("Try &again"), emptyPage);
    m_retry->setObjectName(QStringLiteral("logTryAgain"));
    m_retry->setAccessibleName(tr("Load the log again"));
    m_retry->setToolTip(tr("Ask the platform for the log again"));
    m_retry->setAutoDefault(false);
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_model)
            m_model->retryFetch();
    });
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_empty);
    emptyLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_stack = new QStackedWidget(this);
    m_stack->setAccessibleName(tr("Log content"));
    m_stack->addWidget(m_table);
    m_stack->addWidget(emptyPage);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("logDetails"));
    m_details->setAccessibleName(tr("Selected line"));
    m_details->setTextFormat(Qt::PlainText);
    // Two lines, not wrapped: a wrapped label inside the tab's stack would
    // not get the height it needs. The tooltip and Copy have the whole line.
    m_details->setWordWrap(false);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // An unwrapped label asks for its whole text's width; a long line must
    // not widen the detail pane (and squeeze the list beside it): it is cut.
    m_details->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_details->setMinimumWidth(1);
    m_details->hide();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("logStatus"));
    m_status->setAccessibleName(tr("Log status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // An error with the platform's words, or a longer language, wraps instead of being cut off.
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_status);

    connect(model, &RunLogModel::progressChanged, this, &RunLogView::updateState);
    connect(model, &RunLogModel::loadingChanged, this, &RunLogView::updateState);
    connect(model, &RunLogModel::loadFailed, this, &RunLogView::updateState);
    connect(model, &RunLogModel::linesAppended, this, [this] {
        if (m_follow->isChecked() && m_model && m_model->isRunActive())
            m_table->scrollToBottom();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateDetails();
        // A new filter starts at the first page; the view asks for it when shown.
        QTimer::singleShot(0, this, &RunLogView::fetchIfEmpty);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunLogView::updateDetails);
    // Until it is shown (in a tab not chosen yet), the log is not fetched.
    model->setOnScreen(false);
    updateState();
}

RunLogView::~RunLogView() = default;

void RunLogView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_model)
        m_model->setOnScreen(true);
    fetchIfEmpty();
}

void RunLogView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_model)
        m_model->setOnScreen(false);
}

void RunLogView::fetchIfEmpty()
{
    if (isVisible() && m_model && m_model->rowCount() == 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void RunLogView::setSteps(const QList<QPair<QString, QString>> &steps)
{
    const QString current = m_step->currentData().toString();
    m_settingStep = true;
    m_step->clear();
    m_step->addItem(tr("All steps"), QString());
    for (const auto &[id, name] : steps)
        m_step->addItem(name.isEmpty() || name == id ? id : tr("%1 (%2)").arg(name, id), id);
    const int keep = m_step->findData(current);
    m_step->setCurrentIndex(keep < 0 ? 0 : keep);
    m_settingStep = false;
    if (m_model)
        m_model->setStepFilter(m_step->currentData().toString());
}

void RunLogView::selectStep(const QString &stepId)
{
    const int index = m_step->findData(stepId);
    m_step->setCurrentIndex(index < 0 ? 0 : index);
}

void RunLogView::setRunActive(bool active, bool newRun)
{
    if (newRun)
        m_follow->setChecked(active);
    m_follow->setEnabled(active);
    if (m_model)
        m_model->setRunActive(active);
    updateState();
}

void RunLogView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RunLogView::applySearch()
{
    m_searchTimer.stop();
    if (m_model)
        m_model->setContains(m_search->text());
}

int RunLogView::copySelection()
{
    if (!m_model)
        return 0;
    QList<int> rows;
    const auto selected = m_table->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const auto &index : selected)
        rows << index.row();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex().row();
    if (rows.isEmpty())
        return 0;
    QGuiApplication::clipboard()->setText(m_model->linesText(rows));
    return static_cast<int>(rows.size());
}

QString RunLogView::statusText() const
{
    return m_status->text();
}

QString RunLogView::emptyText() const
{
    return m_stack->currentIndex() == 1 ? m_empty->text() : QString();
}

void RunLogView::updateState()
{
    if (!m_model)
        return;
    const QLocale locale;
    const QString error = m_model->lastError();
    const qint64 total = m_model->total();
    const int loaded = m_model->loadedCount();
    QString empty;
    if (!error.isEmpty() && loaded == 0)
        empty = tr("The log could not be loaded: %1").arg(error);
    else if (m_model->runId().isEmpty())
        empty = tr("No run selected.");
    else if (!m_model->hasLoadedFirstPage())
        empty = tr("Loading the log…");
    else if (total == 0)
        empty = m_model->isFiltered() ? tr("No lines match the search and filters.")
                                      : tr("This run has no log lines yet.");
    m_empty->setText(empty);
    m_empty->setAccessibleDescription(empty);
    m_retry->setVisible(!error.isEmpty());
    m_stack->setCurrentIndex(empty.isEmpty() ? 0 : 1);

    QString status;
    if (!error.isEmpty() && loaded > 0)
        status = tr("Loaded %Ln line(s). The next page could not be loaded: %1", nullptr, loaded).arg(error);
    else if (total > 0 && loaded < total)
        status = m_model->isLoading()
            ? tr("Loaded %1 of %Ln line(s); loading more…", nullptr, static_cast<int>(total))
                  .arg(locale.toString(loaded))
            : tr("Loaded %1 of %Ln line(s); scroll down for more.", nullptr, static_cast<int>(total))
                  .arg(locale.toString(loaded));
    else if (total > 0)
        status = tr("%Ln line(s).", nullptr, static_cast<int>(total));
    if (!status.isEmpty() && m_model->isRunActive())
        status = m_follow->isChecked() ? tr("%1 Following the run.").arg(status)
                                       : tr("%1 The run is still writing.").arg(status);
    m_status->setText(status);
    m_status->setAccessibleDescription(status);
    if (!error.isEmpty() && loaded > 0)
        m_retry->setVisible(true);
    m_copy->setEnabled(loaded > 0);
}

void RunLogView::updateDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_model || !current.isValid() || current.row() >= m_model->loadedCount()) {
        m_details->clear();
        m_details->hide();
        return;
    }
    const auto &line = m_model->lineAt(current.row());
    QString text = QLatin1Char('#') + QString::number(line.sequence) + QLatin1Char(' ')
        + RunLogModel::levelText(line.level).toUpper() + QStringLiteral("  ") + line.message;
    QStringList fields;
    for (const auto &[key, value] : line.fields)
        fields << key + QLatin1Char('=') + value;
    if (!fields.isEmpty())
        text += QLatin1Char('\n') + fields.join(QStringLiteral("   "));
    m_details->setText(text);
    m_details->setToolTip(text);
    m_details->setAccessibleDescription(text);
    m_details->show();
}

void RunLogView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Well above the width the bar needs with them, so showing them cannot
    // make the pane too narrow for them again.
    const bool roomy = width() > fontMetrics().averageCharWidth() * 90;
    m_levelLabel->setVisible(roomy);
    m_stepLabel->setVisible(roomy);
}

} // namespace ameide::views

#include "views/jobs/jobs_panel.h"

#include "models/jobs/job_list_model.h"
#include "views/runs/dialog_parts.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ameide::views {

using ameide::models::JobListModel;

namespace {

constexpr auto kGeometryKey = "jobs/panelGeometry";
constexpr auto kHeaderKey = "jobs/panelHeader";

// The progress column as a bar with the words on it.
class ProgressDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        // Background and selection as every cell, then the bar inside.
        item.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(3, 3, -3, -3);
        bar.minimum = 0;
        const qint64 total = std::max<qint64>(1, index.data(JobListModel::TotalRole).toLongLong());
        bar.maximum = 1000;
        bar.progress = static_cast<int>(index.data(JobListModel::ProcessedRole).toLongLong() * 1000 / total);
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        bar.fontMetrics = option.fontMetrics;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

} // namespace

JobsPanel::JobsPanel(JobListModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("jobsPanel"));
    setWindowTitle(tr("Bulk jobs"));
    setAccessibleName(tr("Bulk jobs"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Bulk jobs of this tenant, newest first, whoever started them. They run on the "
                                "platform: closing this window stops nothing."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("jobsTable"));
    m_table->setAccessibleName(tr("Bulk jobs"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setItemDelegateForColumn(JobListModel::ProgressColumn, new ProgressDelegate(m_table));
    auto *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    // Wide enough for the longest state in the language spoken.
    int stateWidth = std::max(90, header->sectionSizeHint(JobListModel::StateColumn));
    using State = ameide::client::Job::State;
    for (const State state : {State::Planned, State::Running, State::Succeeded, State::Stopped, State::Failed,
                              State::Paused}) {
        stateWidth =
            std::max(stateWidth, m_table->fontMetrics().horizontalAdvance(JobListModel::stateText(state)) + 16);
    }
    header->resizeSection(JobListModel::StateColumn, stateWidth);
    header->resizeSection(JobListModel::ProgressColumn, 260);
    header->resizeSection(JobListModel::StartedByColumn, 170);
    header->resizeSection(JobListModel::StartedColumn, 100);
    header->restoreState(QSettings().value(QLatin1String(kHeaderKey)).toByteArray());
    layout->addWidget(m_table, 1);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("jobsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    m_status = makeErrorLabel(this);
    m_status->setObjectName(QStringLiteral("jobsStatus"));
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_showRuns = buttons->addButton(tr("Show &new runs"), QDialogButtonBox::ActionRole);
    m_showRuns->setObjectName(QStringLiteral("showJobRuns"));
    m_showRuns->setAccessibleName(tr("Show the runs this job started"));
    m_stop = buttons->addButton(tr("&Stop job…"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(QStringLiteral("stopJob"));
    m_stop->setAccessibleName(tr("Stop the selected job"));
    m_resume = buttons->addButton(tr("&Resume anyway…"), QDialogButtonBox::ActionRole);
    m_resume->setObjectName(QStringLiteral("resumeJob"));
    m_resume->setAccessibleName(tr("Resume the selected paused job"));
    m_resume->setToolTip(tr("Go on with a job that paused, for example because its canary failed again."));
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_showRuns, &QPushButton::clicked, this, &JobsPanel::showRunsOfCurrent);
    connect(m_stop, &QPushButton::clicked, this, &JobsPanel::stopCurrent);
    connect(m_resume, &QPushButton::clicked, this, &JobsPanel::resumeCurrent);
    connect(m_table, &QTableView::activated, this, &JobsPanel::showRunsOfCurrent);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JobsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectedBeforeReset = currentJobId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        keepSelection(m_selectedBeforeReset);
        updateEmptyState();
        updateButtons();
    });
    connect(m_model, &JobListModel::refreshed, this, &JobsPanel::updateEmptyState);
    connect(m_model, &JobListModel::errorChanged, this, [this](const QString &error) {
        showError(m_status, error.isEmpty() ? QString() : tr("Could not read the jobs: %1").arg(error));
        updateEmptyState();
    });
    connect(m_model, &JobListModel::stopFinished, this, [this](const QString &jobId, const QString &error) {
        showError(m_status, error.isEmpty() ? QString() : tr("Could not stop job %1: %2").arg(jobId, error));
    });
    connect(m_model, &JobListModel::resumeFinished, this, [this](const QString &jobId, const QString &error) {
        showError(m_status, error.isEmpty() ? QString() : tr("Could not resume job %1: %2").arg(jobId, error));
    });
    updateEmptyState();
    updateButtons();

    if (!restoreGeometry(QSettings().value(QLatin1String(kGeometryKey)).toByteArray()))
        resize(900, 420);
}

// Saved when hidden and when destroyed while shown (the window closing with it open).
JobsPanel::~JobsPanel()
{
    if (isVisible())
        saveLayout();
}

void JobsPanel::saveLayout() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kHeaderKey), m_table->horizontalHeader()->saveState());
}

void JobsPanel::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_model->setActive(true); // reads now and keeps reading while shown
}

void JobsPanel::hideEvent(QHideEvent *event)
{
    saveLayout();
    m_model->setActive(false);
    QDialog::hideEvent(event);
}

QString JobsPanel::currentJobId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(JobListModel::JobIdRole).toString() : QString();
}

void JobsPanel::keepSelection(const QString &jobId)
{
    const int row = jobId.isEmpty() ? -1 : m_model->rowOfJob(jobId);
    if (row >= 0)
        m_table->selectRow(row);
    else if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->selectRow(0);
}

void JobsPanel::updateButtons()
{
    const auto *job = m_model->jobAt(m_table->currentIndex().row());
    // A cancel starts no runs: only a retry has new runs to show.
    const bool startsRuns = job && job->kind != QLatin1String("bulk_cancel");
    m_showRuns->setEnabled(startsRuns && job->succeeded > 0);
    m_showRuns->setToolTip(job && (!startsRuns || job->succeeded == 0) ? tr("This job has not started any runs.")
                                                                       : QString());
    const bool paused = job && job->state == client::Job::State::Paused;
    m_stop->setEnabled(job && (job->state == client::Job::State::Running || paused));
    m_resume->setVisible(paused);
}

void JobsPanel::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    if (!m_model->hasLoaded())
        m_empty->setText(m_model->error().isEmpty() ? tr("Loading the jobs…") : tr("The jobs could not be read."));
    else
        m_empty->setText(tr("No bulk jobs in this tenant yet. Start one from the runs list with \"Retry all "
                            "matching…\" (Shift+R) or \"Retry selected…\"."));
    if (!empty && !m_table->currentIndex().isValid())
        keepSelection({});
}

void JobsPanel::showRunsOfCurrent()
{
    const auto *job = m_model->jobAt(m_table->currentIndex().row());
    if (!job || job->succeeded == 0 || job->kind == QLatin1String("bulk_cancel"))
        return;
    Q_EMIT showRunsRequested(job->id);
}

void JobsPanel::resumeCurrent()
{
    const auto *job = m_model->jobAt(m_table->currentIndex().row());
    if (!job || job->state != client::Job::State::Paused)
        return;
    const QString jobId = job->id;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Resume job"),
                                tr("Job %1 paused: %2\n\nGo on with the rest anyway?").arg(jobId, job->message),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmResumeJob"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QAbstractButton *yes = box->addButton(tr("Resume anyway"), QMessageBox::AcceptRole);
    // Staying paused is the default.
    box->setDefaultButton(box->addButton(tr("Stay paused"), QMessageBox::RejectRole));
    connect(box, &QMessageBox::finished, this, [this, box, yes, jobId] {
        if (box->clickedButton() == yes)
            m_model->resume(jobId);
    });
    box->open();
}

void JobsPanel::stopCurrent()
{
    const auto *job = m_model->jobAt(m_table->currentIndex().row());
    if (!job || (job->state != client::Job::State::Running && job->state != client::Job::State::Paused))
        return;
    const QString jobId = job->id;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Stop job"),
                                tr("Stop job %1 (%2)? Runs it already retried stay; the rest are not touched.")
                                    .arg(jobId, job->description),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmStopJob"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QAbstractButton *yes = box->addButton(tr("Stop job"), QMessageBox::DestructiveRole);
    // Keeping the job running is the default: Enter or Esc does nothing harmful.
    box->setDefaultButton(box->addButton(tr("Keep running"), QMessageBox::RejectRole));
    connect(box, &QMessageBox::finished, this, [this, box, yes, jobId] {
        if (box->clickedButton() == yes)
            m_model->stop(jobId);
    });
    box->open();
}

} // namespace ameide::views

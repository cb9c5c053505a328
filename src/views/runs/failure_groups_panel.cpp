#include "views/runs/failure_groups_panel.h"

#include "models/runs/failure_group_model.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ameide::views {

using ameide::models::FailureGroupModel;

namespace {

// New failures refresh the groups at most this often.
constexpr auto kRefreshDebounce = std::chrono::seconds(10);

} // namespace

FailureGroupsPanel::FailureGroupsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FailureGroupModel(this))
{
    setObjectName(QStringLiteral("failureGroupsPanel"));
    setAccessibleName(tr("Failure groups"));
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshDebounce);
    connect(&m_refreshTimer, &QTimer::timeout, this, &FailureGroupsPanel::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("<b>Failure groups</b>"), this));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("failureGroupsState"));
    m_state->setAccessibleName(tr("Failure groups state"));
    header->addWidget(m_state, 1);
    layout->addLayout(header);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("failureGroups"));
    m_table->setAccessibleName(tr("Failure groups"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(FailureGroupModel::FailureColumn, 420);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table);

    connect(m_table, &QTableView::doubleClicked, this, &FailureGroupsPanel::chooseCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FailureGroupsPanel::currentChanged);
    connect(m_model, &FailureGroupModel::loaded, this, [this] {
        m_state->setText(m_model->rowCount() == 0 ? tr("No failures in this range.")
                                                  : tr("%n failure group(s)", nullptr, m_model->rowCount()));
        const int row = m_model->rowOfSignature(m_signatureToSelect);
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, 0));
        Q_EMIT currentChanged();
    });
    connect(m_model, &FailureGroupModel::loadFailed, this,
            [this](const QString &error) { m_state->setText(tr("Could not load failure groups: %1").arg(error)); });
}

FailureGroupsPanel::~FailureGroupsPanel() = default;

void FailureGroupsPanel::setApi(ameide::client::RunsApi *api)
{
    // The model asks again for the groups of the filter it has.
    m_model->setApi(api);
    m_state->setText(api ? tr("Loading…") : QString());
}

void FailureGroupsPanel::chooseCurrent()
{
    const QString signature = currentSignature();
    if (!signature.isEmpty())
        Q_EMIT groupChosen(signature);
}

void FailureGroupsPanel::load(const ameide::client::RunFilter &filter)
{
    m_signatureToSelect = filter.failureSignature;
    m_refreshTimer.stop();
    m_model->load(filter);
    m_state->setText(tr("Loading…"));
}

void FailureGroupsPanel::refreshSoon()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void FailureGroupsPanel::refresh()
{
    m_model->refresh();
}

int FailureGroupsPanel::currentRow() const
{
    const auto index = m_table->currentIndex();
    return index.isValid() ? index.row() : -1;
}

QString FailureGroupsPanel::currentSignature() const
{
    const auto index = m_table->currentIndex();
    return index.isValid() ? m_model->data(index, FailureGroupModel::SignatureRole).toString() : QString();
}

} // namespace ameide::views

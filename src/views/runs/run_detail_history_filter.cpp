#include "views/runs/run_detail_history_filter.h"

#include "models/runs/run_history_model.h"

namespace ameide::views {

RunDetailHistoryFilter::RunDetailHistoryFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

RunDetailHistoryFilter::~RunDetailHistoryFilter() = default;

void RunDetailHistoryFilter::setFailedOnly(bool failedOnly)
{
    if (m_failedOnly == failedOnly)
        return;
    m_failedOnly = failedOnly;
    invalidateFilter();
}

bool RunDetailHistoryFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_failedOnly)
        return true;
    return sourceModel()->index(sourceRow, 0, sourceParent).data(models::RunHistoryModel::FailedRole).toBool();
}

} // namespace ameide::views

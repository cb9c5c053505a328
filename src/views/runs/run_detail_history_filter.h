#pragma once

#include <QSortFilterProxyModel>

namespace ameide::views {

// The loaded rows of a RunHistoryModel, optionally only the failures. The
// filter applies to what is loaded; a view that wants more rows still asks
// the source for its next page, so failures further on are found as the
// history loads.
class RunDetailHistoryFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDetailHistoryFilter)
public:
    explicit RunDetailHistoryFilter(QObject *parent = nullptr);
    ~RunDetailHistoryFilter() override;

    void setFailedOnly(bool failedOnly);
    bool failedOnly() const { return m_failedOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_failedOnly = false;
};

} // namespace ameide::views

#pragma once

#include <QStyledItemDelegate>

namespace ameide::views {

// Paints a failure group's 7-day trend as bars (the last 24 hours in full
// colour, the days before muted, an empty day as a tick on the baseline) and
// a "New" badge before the failure of a group first seen in the last 24
// hours. The model gives the same as text for tooltips and screen readers.
class FailureGroupDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintTrend(QPainter *painter, const QStyleOptionViewItem &option, const QList<qint64> &days) const;
    void paintNew(QPainter *painter, const QStyleOptionViewItem &option, const QString &text) const;
};

} // namespace ameide::views

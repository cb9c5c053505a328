#pragma once

#include <QStyledItemDelegate>

namespace ameide::views {

// Paints a run's status as a coloured badge with its name, so the status
// reads at a glance and does not depend on colour alone.
class StatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // A column width that shows the widest status's badge whole, in the
    // language the console speaks.
    static int columnWidth(const QFont &font);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ameide::views

#pragma once

#include <QStyledItemDelegate>

namespace ameide::views {

// Paints a cell's text on one line, laid out once. The style's own item
// painting lays a cell's text out to size the item, again to elide it and
// once more to draw it; with a page of new rows in every frame while a long
// table scrolls, that was most of the frame (the step log, the runs list).
// Background, selection, focus, font and colours are still the style's
// and the model's. Cells this cannot paint the same way (an icon, a check
// box, wrapped or several lines, right-to-left) go to QStyledItemDelegate.
class SingleLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ameide::views

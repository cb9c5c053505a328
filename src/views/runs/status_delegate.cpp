#include "views/runs/status_delegate.h"

#include "models/runs/run_list_model.h"
#include "views/runs/status_palette.h"

#include <QApplication>
#include <QPainter>

namespace ameide::views {

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Selection and focus as the style draws them, then the badge on top.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto status = static_cast<client::runs::RunStatus>(index.data(models::RunListModel::StatusRole).toInt());
    const bool recovered = index.data(models::RunListModel::RecoveredRole).toBool();
    const QColor fill = StatusPalette::colour(status, recovered, opt.palette);
    const QFontMetrics fm(opt.font);
    const int padding = 6;
    const int height = std::min(opt.rect.height() - 4, fm.height() + 4);
    const int width = std::min(opt.rect.width() - 4, fm.horizontalAdvance(text) + 2 * padding + 4);
    const QRect badge(opt.rect.left() + 2, opt.rect.center().y() - height / 2 + 1, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(StatusPalette::textOn(fill));
    painter->setFont(opt.font);
    painter->drawText(badge.adjusted(padding, 0, -padding, 0), Qt::AlignCenter,
                      fm.elidedText(text, Qt::ElideRight, badge.width() - 2 * padding + 4));
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 16;
    return size;
}

} // namespace ameide::views

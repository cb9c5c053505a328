#include "status_delegate.h"

#include "run_list_model.h"

#include <QApplication>
#include <QPainter>

namespace ameide::views {

namespace wf = ameide_core_proto::workflows_runtime::v1;

QColor StatusDelegate::colour(int status, bool recovered)
{
    switch (status) {
    case wf::WORKFLOW_RUN_STATUS_PENDING:
        return {0x6b, 0x6b, 0x6b};
    case wf::WORKFLOW_RUN_STATUS_RUNNING:
        return {0x1f, 0x5f, 0xbf};
    case wf::WORKFLOW_RUN_STATUS_COMPLETED:
        return {0x1e, 0x7e, 0x34};
    case wf::WORKFLOW_RUN_STATUS_FAILED:
        return recovered ? QColor(0x9a, 0x6b, 0x00) : QColor(0xb3, 0x26, 0x1e);
    case wf::WORKFLOW_RUN_STATUS_CANCELLED:
        return {0x5d, 0x4a, 0x8a};
    default:
        return {0x6b, 0x6b, 0x6b};
    }
}

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

    const int status = index.data(models::RunListModel::StatusRole).toInt();
    const bool recovered = index.data(models::RunListModel::RecoveredRole).toBool();
    const QColor fill = colour(status, recovered);
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
    painter->setPen(Qt::white);
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

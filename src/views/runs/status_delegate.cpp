#include "views/runs/status_delegate.h"

#include "models/runs/run_list_model.h"
#include "models/runs/run_text.h"
#include "views/runs/status_palette.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace ameide::views {

namespace {

namespace wf = ameide_core_proto::workflows_runtime::v1;

// The badge's room on either side of its text.
constexpr int kPadding = 6;

} // namespace

int StatusDelegate::columnWidth(const QFont &font)
{
    using models::RunText;
    const QFontMetrics fm(font);
    int widest = 0;
    for (const auto status : {wf::WORKFLOW_RUN_STATUS_PENDING, wf::WORKFLOW_RUN_STATUS_RUNNING,
                              wf::WORKFLOW_RUN_STATUS_COMPLETED, wf::WORKFLOW_RUN_STATUS_CANCELLED}) {
        widest = std::max(widest, fm.horizontalAdvance(RunText::runStatus(status)));
    }
    widest = std::max(widest, fm.horizontalAdvance(RunText::runStatus(wf::WORKFLOW_RUN_STATUS_FAILED, true)));
    // The badge (text, padding, its own margin) and the cell's margin.
    return widest + 2 * kPadding + 4 + 4 + 8;
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

    const auto status = static_cast<client::runs::RunStatus>(index.data(models::RunListModel::StatusRole).toInt());
    const bool recovered = index.data(models::RunListModel::RecoveredRole).toBool();
    const QColor fill = StatusPalette::colour(status, recovered, opt.palette);
    const QFontMetrics fm(opt.font);
    const int padding = kPadding;
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

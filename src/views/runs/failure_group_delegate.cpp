#include "views/runs/failure_group_delegate.h"

#include "models/runs/failure_group_model.h"
#include "views/runs/status_palette.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>
#include <QStyle>

#include <algorithm>

namespace ameide::views {

using ameide::models::FailureGroupModel;

namespace {

constexpr int kBarWidth = 6;
constexpr int kBarGap = 2;
constexpr int kPadding = 4;

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

// The item's background, selection and focus as the style draws them, without its text.
QStyleOptionViewItem drawPanel(QPainter *painter, const QStyleOptionViewItem &option)
{
    QStyleOptionViewItem panel = option;
    panel.text.clear();
    panel.icon = QIcon();
    styleOf(option)->drawControl(QStyle::CE_ItemViewItem, &panel, painter, option.widget);
    return panel;
}

} // namespace

void FailureGroupDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (index.column() == FailureGroupModel::TrendColumn) {
        paintTrend(painter, opt, index.data(FailureGroupModel::TrendRole).value<QList<qint64>>());
        return;
    }
    if (index.column() == FailureGroupModel::FailureColumn && index.data(FailureGroupModel::NewRole).toBool()) {
        paintNew(painter, opt, opt.text);
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

void FailureGroupDelegate::paintTrend(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QList<qint64> &days) const
{
    drawPanel(painter, option);
    if (days.isEmpty())
        return;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QColor strong = StatusPalette::colour(StatusPalette::Tone::Failed, option.palette);
    QColor muted = strong;
    muted.setAlphaF(0.7F); // still set apart from today, and readable on the panel
    const QColor tick = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Mid);
    const qint64 most = std::max<qint64>(1, *std::max_element(days.begin(), days.end()));
    const QRect area = option.rect.adjusted(kPadding, 3, -kPadding, -3);
    const int count = static_cast<int>(days.size());
    // Bars as wide as the column allows (up to kBarWidth); in a column too
    // narrow for all of them the oldest days go first, never the last one.
    const int step = std::clamp((area.width() + kBarGap) / count, 3, kBarWidth + kBarGap);
    const int barWidth = step - std::min(kBarGap, step / 3);
    const int shown = std::min(count, std::max(1, (area.width() + step - barWidth) / step));
    const int width = shown * step - (step - barWidth);
    const int left = area.left() + std::max(0, (area.width() - width) / 2);
    const int baseline = area.bottom();
    painter->save();
    painter->setPen(Qt::NoPen);
    for (int i = count - shown; i < count; ++i) {
        const int x = left + (i - (count - shown)) * step;
        if (days[i] == 0) {
            painter->fillRect(QRect(x, baseline, barWidth, 1), tick);
            continue;
        }
        // At least 2 pixels, so one failure among hundreds still shows.
        const int height = std::max(2, static_cast<int>(static_cast<double>(days[i]) * area.height() / most));
        painter->fillRect(QRect(x, baseline - height + 1, barWidth, height), i + 1 == count ? strong : muted);
    }
    painter->restore();
}

void FailureGroupDelegate::paintNew(QPainter *painter, const QStyleOptionViewItem &option, const QString &text) const
{
    const QStyleOptionViewItem panel = drawPanel(painter, option);
    const QRect textRect = styleOf(option)->subElementRect(QStyle::SE_ItemViewItemText, &panel, option.widget);
    const QString badgeText = tr("New");
    const QFontMetrics fm(option.font);
    const int padding = 5;
    const int height = std::min(option.rect.height() - 4, fm.height() + 2);
    const QRect badge(textRect.left() + 1, option.rect.center().y() - height / 2 + 1,
                      fm.horizontalAdvance(badgeText) + 2 * padding, height);
    // On a selected row the badge turns over, so it does not melt into the selection.
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QColor fill = selected ? option.palette.color(QPalette::HighlightedText)
                                 : StatusPalette::colour(StatusPalette::Tone::Active, option.palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setFont(option.font);
    painter->setPen(selected ? option.palette.color(QPalette::Highlight) : StatusPalette::textOn(fill));
    painter->drawText(badge, Qt::AlignCenter, badgeText);
    const QRect rest = textRect.adjusted(badge.width() + 6, 0, 0, 0);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(text, Qt::ElideRight, rest.width()));
    painter->restore();
}

QSize FailureGroupDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == FailureGroupModel::TrendColumn)
        size.setWidth(7 * (kBarWidth + kBarGap) - kBarGap + 2 * kPadding);
    else if (index.data(FailureGroupModel::NewRole).toBool())
        size.rwidth() += QFontMetrics(option.font).horizontalAdvance(tr("New")) + 16;
    return size;
}

} // namespace ameide::views

#include "views/runs/single_line_delegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <limits>
#include <utility>

namespace ameide::views {

namespace {

bool paintsAsOneLine(const QStyleOptionViewItem &opt)
{
    if (opt.features & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator
                        | QStyleOptionViewItem::WrapText))
        return false;
    if (opt.direction != Qt::LeftToRight || opt.textElideMode == Qt::ElideNone)
        return false;
    if (opt.state & QStyle::State_Editing)
        return false;
    for (const QChar c : opt.text) {
        if (c == QLatin1Char('\n') || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return false;
    }
    return true;
}

} // namespace

void SingleLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!paintsAsOneLine(opt)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The item without its text: background, selection and focus, as the style draws them.
    const QString text = std::exchange(opt.text, QString());
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    // Where the style puts the text: inside the focus frame's margin.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect rect = opt.rect.adjusted(margin, 0, -margin, 0);
    if (rect.width() <= 0)
        return;
    // One layout: it shapes the text once, measures it and draws it; only
    // text too wide for the cell is elided (and shaped again).
    QTextLayout layout(text, opt.font, painter->device());
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(std::numeric_limits<int>::max() / 256);
    layout.endLayout();
    const QFontMetrics fm(opt.font, painter->device());
    const bool fits = line.naturalTextWidth() <= rect.width();
    const QString elided = fits ? QString() : fm.elidedText(text, opt.textElideMode, rect.width());
    const qreal width = fits ? line.naturalTextWidth() : fm.horizontalAdvance(elided);

    qreal x = rect.left();
    const Qt::Alignment horizontal = opt.displayAlignment & Qt::AlignHorizontal_Mask;
    if (horizontal & (Qt::AlignRight | Qt::AlignHCenter)) {
        const qreal free = std::max<qreal>(0, rect.width() - width);
        x += horizontal & Qt::AlignRight ? free : free / 2;
    }
    const qreal height = fits ? line.height() : fm.height();
    qreal top = rect.top() + (rect.height() - height) / 2;
    if (opt.displayAlignment & Qt::AlignTop)
        top = rect.top();
    else if (opt.displayAlignment & Qt::AlignBottom)
        top = rect.bottom() + 1 - height;

    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                            : QPalette::Inactive;
    const QPen pen = painter->pen();
    const QFont font = painter->font();
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    if (fits)
        line.draw(painter, QPointF(x, top));
    else
        painter->drawText(QPointF(x, top + fm.ascent()), elided);
    painter->setFont(font);
    painter->setPen(pen);
}

} // namespace ameide::views

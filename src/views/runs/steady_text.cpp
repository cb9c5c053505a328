#include "views/runs/steady_text.h"

#include <QLabel>

#include <algorithm>

namespace ameide::views {

void setSteadyText(QLabel *label, const QString &text)
{
    if (label->text() == text && label->minimumSize() == label->maximumSize())
        return;
    label->setText(text);
    const QSize wanted = label->sizeHint();
    const bool fixed = label->minimumSize() == label->maximumSize();
    const QSize now = fixed ? label->minimumSize() : QSize(0, 0);
    if (!fixed || wanted.width() > now.width() || wanted.height() > now.height())
        label->setFixedSize(std::max(wanted.width(), now.width()), std::max(wanted.height(), now.height()));
}

} // namespace ameide::views

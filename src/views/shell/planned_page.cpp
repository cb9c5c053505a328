#include "views/shell/planned_page.h"

#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ameide::views {

PlannedPage::PlannedPage(const QString &navigationText, const QString &title, const QString &description,
                         const QIcon &icon, QWidget *parent)
    : FeaturePage(parent)
    , m_navigationText(navigationText)
    , m_icon(icon)
    , m_title(new QLabel(title, this))
    , m_description(new QLabel(description, this))
{
    setAccessibleName(title);
    setAccessibleDescription(description);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setAccessibleName(title);

    m_description->setAlignment(Qt::AlignCenter);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    // Selectable by keyboard so screen-reader users can reach and read it.
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_description->setFocusPolicy(Qt::StrongFocus);
    m_description->setAccessibleName(tr("About this section"));
    m_description->setAccessibleDescription(description);

    // About 70 characters a line reads comfortably; wider gets tiring.
    auto *column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 70);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(fontMetrics().height());
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_description);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

QString PlannedPage::title() const
{
    return m_title->text();
}

QString PlannedPage::navigationText() const
{
    return m_navigationText;
}

QIcon PlannedPage::icon() const
{
    return m_icon;
}

void PlannedPage::setConnection(ameide::client::PlatformConnection *)
{
}

QString PlannedPage::description() const
{
    return m_description->text();
}

} // namespace ameide::views

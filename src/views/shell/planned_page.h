#pragma once

#include <QString>
#include <QWidget>

class QLabel;

namespace ameide::views {

// Stands in for a section until the feature that fills it lands: it says
// what the section will hold and shows nothing that is not real.
class PlannedPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlannedPage)
public:
    PlannedPage(const QString &title, const QString &description, QWidget *parent = nullptr);

    QString title() const;
    QString description() const;

private:
    QLabel *m_title;
    QLabel *m_description;
};

} // namespace ameide::views

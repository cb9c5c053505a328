#pragma once

#include "views/shell/feature_page.h"

#include <QString>

class QLabel;

namespace ameide::views {

// Stands in for a section until the feature that fills it lands: it says
// what the section will hold and shows nothing that is not real.
class PlannedPage final : public FeaturePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlannedPage)
public:
    PlannedPage(const QString &navigationText, const QString &title, const QString &description, const QIcon &icon,
                QWidget *parent = nullptr);

    QString navigationText() const override;
    QString title() const override;
    QIcon icon() const override;
    QString description() const;
    // Nothing of the platform is shown yet.
    void setConnection(ameide::client::PlatformConnection *connection) override;

private:
    QString m_navigationText;
    QIcon m_icon;
    QLabel *m_title;
    QLabel *m_description;
};

} // namespace ameide::views

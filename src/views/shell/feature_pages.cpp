#include "views/shell/feature_pages.h"

#include "views/runs/runs_page.h"
#include "views/shell/planned_page.h"
#include "views/shell/themed_icon.h"

namespace ameide::views {

QList<FeaturePage *> createFeaturePages(QWidget *parent)
{
    return {
        new RunsPage(parent),
        new PlannedPage(PlannedPage::tr("Ceremonies"), PlannedPage::tr("Ceremonies"),
                        PlannedPage::tr("This section will hold the sessions squads run together: sprint planning, "
                                        "sprint review, retrospective, PI planning and architecture board sessions."),
                        themedIcon(QStringLiteral("x-office-calendar")), parent),
        new PlannedPage(PlannedPage::tr("Parity"), PlannedPage::tr("Parity"),
                        PlannedPage::tr("This section will compare the internal tenant with customer tenants on "
                                        "automation coverage, success rate, lead time, policy exceptions and "
                                        "unauthorized merges, measured against SLOs whose breaches open backlog "
                                        "items."),
                        themedIcon(QStringLiteral("view-statistics")), parent),
        new PlannedPage(PlannedPage::tr("Tenants"), PlannedPage::tr("Tenants"),
                        PlannedPage::tr("This section will bootstrap tenants (organizations, methodology profiles, "
                                        "repository adapters, roles and secrets), showing a plan before anything is "
                                        "applied, and will migrate backlog data."),
                        themedIcon(QStringLiteral("system-users")), parent),
        new PlannedPage(PlannedPage::tr("Graph"), PlannedPage::tr("Element graph"),
                        PlannedPage::tr("This section will let you browse the ArchiMate elements of the element "
                                        "graph and the relationships between them."),
                        themedIcon(QStringLiteral("network-workgroup")), parent),
    };
}

} // namespace ameide::views

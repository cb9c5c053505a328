#include "views/shell/themed_icon.h"

// The drawings are an object library linked into this static one
// (resources/CMakeLists.txt); this reference keeps the linker from dropping
// them. Q_INIT_RESOURCE must be used outside any namespace.
static void initIconResources()
{
    Q_INIT_RESOURCE(ameide_icons);
}

namespace ameide::views {

namespace {

QIcon bundled(const QString &name)
{
    static const bool initialised = [] {
        initIconResources();
        return true;
    }();
    Q_UNUSED(initialised);
    return QIcon(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
}

} // namespace

QIcon themedIcon(const QString &name)
{
    return QIcon::fromTheme(name, bundled(name));
}

QIcon applicationIcon()
{
    return QIcon::fromTheme(QStringLiteral("io.ameide.Console"), bundled(QStringLiteral("io.ameide.Console")));
}

} // namespace ameide::views

#pragma once

#include <QIcon>
#include <QString>

namespace ameide::views {

// The icon of the desktop's theme with this freedesktop name (for example
// "view-refresh"), or, where the theme has none, the console's own drawing
// of it, compiled in as :/icons/<name>.svg (resources/icons/). Every icon a
// screen shows comes through here, so the set stays one style where the
// theme lacks a name.
QIcon themedIcon(const QString &name);

// The application's icon: the theme's io.ameide.Console (installed into
// hicolor by the package), else the compiled-in drawing.
QIcon applicationIcon();

} // namespace ameide::views

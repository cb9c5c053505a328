#pragma once

#include <QList>

class QWidget;

namespace ameide::views {

class FeaturePage;

// Every section of the console, in navigation order: the one place a new
// feature registers its page.
QList<FeaturePage *> createFeaturePages(QWidget *parent);

} // namespace ameide::views

#pragma once

#include <QLabel>
#include <QString>

namespace ameide::views {

// The red line under a form or a query that says what is wrong; hidden while empty.
QLabel *makeErrorLabel(QWidget *parent);
void showError(QLabel *label, const QString &text);

} // namespace ameide::views

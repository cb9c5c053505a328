#pragma once

#include <QString>

class QLabel;

namespace ameide::views {

// Sets the text of a label that changes often: a counter, a ticking
// duration. Each new text of a plain label asks its whole window to lay out
// again (its size hint may have changed); the runs page's row counter did
// so for every page while a long list scrolled. The label keeps a fixed
// size instead, grown when a text needs more room and never shrunk, so Qt
// stops the request at the label and a new text repaints only the label.
// The label must not wrap.
void setSteadyText(QLabel *label, const QString &text);

} // namespace ameide::views

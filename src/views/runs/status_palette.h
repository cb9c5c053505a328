#pragma once

#include "client/runs/workflow_run.h"

#include <QColor>
#include <QPalette>

namespace ameide::views {

// The one set of status colours of runs and steps, for badges, timeline
// bars and the history: a run and its steps that are in the same state
// look the same. Colours follow the palette's light or dark base; the text
// on a badge is chosen for contrast, and the status is always written too,
// so nothing depends on colour alone.
class StatusPalette
{
public:
    enum class Tone { Waiting, Active, Succeeded, Failed, Recovered, Cancelled };

    static Tone toneOf(ameide::client::runs::RunStatus status, bool recovered = false);
    static Tone toneOf(ameide::client::runs::StepStatus status);

    static QColor colour(Tone tone, const QPalette &palette);
    static QColor colour(ameide::client::runs::RunStatus status, bool recovered, const QPalette &palette);
    static QColor colour(ameide::client::runs::StepStatus status, const QPalette &palette);
    // Black or white, whichever reads better on `background`.
    static QColor textOn(const QColor &background);
};

} // namespace ameide::views

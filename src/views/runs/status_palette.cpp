#include "views/runs/status_palette.h"

namespace ameide::views {

namespace wf = ameide_core_proto::workflows_runtime::v1;

StatusPalette::Tone StatusPalette::toneOf(ameide::client::runs::RunStatus status, bool recovered)
{
    switch (status) {
    case wf::WORKFLOW_RUN_STATUS_RUNNING: return Tone::Active;
    case wf::WORKFLOW_RUN_STATUS_COMPLETED: return Tone::Succeeded;
    case wf::WORKFLOW_RUN_STATUS_FAILED: return recovered ? Tone::Recovered : Tone::Failed;
    case wf::WORKFLOW_RUN_STATUS_CANCELLED: return Tone::Cancelled;
    default: return Tone::Waiting;
    }
}

StatusPalette::Tone StatusPalette::toneOf(ameide::client::runs::StepStatus status)
{
    switch (status) {
    case wf::WORKFLOW_STEP_STATUS_RUNNING: return Tone::Active;
    case wf::WORKFLOW_STEP_STATUS_COMPLETED: return Tone::Succeeded;
    case wf::WORKFLOW_STEP_STATUS_FAILED: return Tone::Failed;
    case wf::WORKFLOW_STEP_STATUS_CANCELLED: return Tone::Cancelled;
    default: return Tone::Waiting;
    }
}

QColor StatusPalette::colour(Tone tone, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (tone) {
    case Tone::Active: return dark ? QColor(0x64, 0xa0, 0xf0) : QColor(0x1f, 0x5f, 0xbf);
    case Tone::Succeeded: return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x1e, 0x7e, 0x34);
    case Tone::Failed: return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xb3, 0x26, 0x1e);
    case Tone::Recovered: return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0x9a, 0x6b, 0x00);
    case Tone::Cancelled: return dark ? QColor(0xb3, 0x9d, 0xdb) : QColor(0x5d, 0x4a, 0x8a);
    case Tone::Waiting: break;
    }
    return dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x6b, 0x6b, 0x6b);
}

QColor StatusPalette::colour(ameide::client::runs::RunStatus status, bool recovered, const QPalette &palette)
{
    return colour(toneOf(status, recovered), palette);
}

QColor StatusPalette::colour(ameide::client::runs::StepStatus status, const QPalette &palette)
{
    return colour(toneOf(status), palette);
}

QColor StatusPalette::textOn(const QColor &background)
{
    return background.lightness() > 150 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace ameide::views

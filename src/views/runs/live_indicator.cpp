#include "views/runs/live_indicator.h"

#include "models/runs/live_run_feed.h"
#include "views/shell/themed_icon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace ameide::views {

using ameide::models::LiveRunFeed;

LiveIndicator::LiveIndicator(LiveRunFeed *feed, QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_label(new QLabel(this))
    , m_pause(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setObjectName(QStringLiteral("liveIndicator"));
    m_label->setAccessibleName(tr("Live updates"));
    m_label->setMinimumWidth(150);
    layout->addWidget(m_label);
    m_pause->setObjectName(QStringLiteral("pauseLive"));
    m_pause->setCheckable(true);
    m_pause->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(m_pause);
    connect(m_pause, &QToolButton::toggled, feed, &LiveRunFeed::setPaused);
    connect(feed, &LiveRunFeed::changed, this, &LiveIndicator::refresh);
    refresh();
}

void LiveIndicator::refresh()
{
    if (!m_feed)
        return;
    const bool paused = m_feed->isPaused();
    {
        const QSignalBlocker block(m_pause);
        m_pause->setChecked(paused);
    }
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setIcon(themedIcon(paused ? QStringLiteral("media-playback-start") : QStringLiteral("media-playback-pause")));
    m_pause->setAccessibleName(paused ? tr("Resume live updates") : tr("Pause live updates"));

    QString text;
    QString colour;
    QString tip;
    const auto state = m_feed->state();
    if (state == LiveRunFeed::State::NotLive) {
        text = tr("○ Not live");
        colour = QStringLiteral("#6b6b6b");
        tip = tr("Not connected to a platform.");
    } else if (paused && m_feed->heldTooMany()) {
        text = tr("❚❚ Paused (many updates; the list reloads on resume)");
        colour = QStringLiteral("#8a6d00");
        tip = tr("More updates arrived than can be held; resuming reads the list afresh. Press P to resume.");
    } else if (paused) {
        text = tr("❚❚ Paused (%n update(s) waiting)", nullptr, m_feed->heldCount());
        colour = QStringLiteral("#8a6d00");
        tip = tr("Live updates are held while paused and applied on resume. Press P to resume.");
    } else if (state == LiveRunFeed::State::Live) {
        text = tr("● Live");
        colour = QStringLiteral("#1e7e34");
        tip = tr("Rows change as runs progress; new matching runs appear on top.");
    } else {
        text = state == LiveRunFeed::State::Connecting ? tr("◌ Connecting…") : tr("◌ Reconnecting…");
        colour = QStringLiteral("#b35c00");
        tip = m_feed->lastError().isEmpty()
            ? tr("Waiting for the update stream.")
            : tr("The update stream broke (%1); it resumes where it stopped, so nothing is missed.")
                  .arg(m_feed->lastError());
    }
    m_label->setText(text);
    m_label->setToolTip(tip);
    m_label->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(colour));
}

} // namespace ameide::views

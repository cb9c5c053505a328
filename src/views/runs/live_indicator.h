#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace ameide::models {
class LiveRunFeed;
}

namespace ameide::views {

// Shows whether the runs list is live, paused (with how many updates wait)
// or reconnecting (and why), with the pause button.
class LiveIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveIndicator)
public:
    explicit LiveIndicator(ameide::models::LiveRunFeed *feed, QWidget *parent = nullptr);

private:
    void refresh();

    QPointer<ameide::models::LiveRunFeed> m_feed;
    QLabel *m_label;
    QToolButton *m_pause;
};

} // namespace ameide::views

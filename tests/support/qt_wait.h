#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <functional>

namespace ameide::test {

// Runs the event loop until pred holds or the timeout passes (tests only).
inline bool waitFor(const std::function<bool()> &pred, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!pred()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

} // namespace ameide::test

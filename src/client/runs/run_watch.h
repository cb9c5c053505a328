#pragma once

#include "ameide_core_proto/workflows_runtime/v1/workflows_service.pb.h"
#include "ameide_core_proto/workflows_runtime/v1/workflows_types.pb.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

namespace ameide_core_proto::workflows_runtime::v1 {
class WatchWorkflowRunsResponse;
}

namespace grpc {
class Status;
}

namespace ameide::client {

class PlatformConnection;
namespace wf = ameide_core_proto::workflows_runtime::v1;

// Keeps a WatchWorkflowRuns stream open: events arrive on the owner's
// thread in batches, and when the stream breaks it reconnects with backoff
// (250 ms doubling to 5 s, with jitter) from the last cursor received, so
// nothing is missed and nothing arrives twice.
class RunWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunWatch)
public:
    enum class State { Stopped, Connecting, Live, Reconnecting };
    Q_ENUM(State)

    struct Event
    {
        wf::WorkflowStatusUpdate update;
        wf::WorkflowRun run;
    };

    explicit RunWatch(PlatformConnection *connection, QObject *parent = nullptr);
    ~RunWatch() override;

    // Starts watching after `cursor` (empty: from now on).
    void start(const wf::WorkflowRunFilter &filter = {}, const QString &cursor = {});
    void stop();

    State state() const { return m_state; }
    QString cursor() const { return m_cursor; }
    QString lastError() const { return m_lastError; }
    int reconnects() const { return m_reconnects; }

Q_SIGNALS:
    void eventsReceived(const QList<ameide::client::RunWatch::Event> &events);
    void stateChanged(ameide::client::RunWatch::State state);

private:
    struct Mailbox;
    class Reader;
    friend class Reader;

    void connectStream();
    void onMessages(int generation, const QList<wf::WatchWorkflowRunsResponse> &messages);
    void onStreamDone(int generation, const grpc::Status &status);
    void setState(State state);
    void stopReader();

    PlatformConnection *m_connection;
    wf::WorkflowRunFilter m_filter;
    QString m_cursor;
    QString m_lastError;
    State m_state = State::Stopped;
    int m_attempt = 0;
    int m_reconnects = 0;
    QTimer m_retryTimer;
    Reader *m_reader = nullptr;
    // Identifies the current stream attempt; deliveries of older ones are dropped.
    int m_generation = 0;
};

} // namespace ameide::client

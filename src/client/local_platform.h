#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>

#include <functional>

namespace ameide::client {

// The bundled ameide-platformd as a child process: seeds its data folder on
// first start, serves on a free loopback port, and stops with the console.
class LocalPlatform final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalPlatform)
public:
    enum class State { Stopped, Seeding, Starting, Running, Failed };
    Q_ENUM(State)

    // dataDir empty: <application data>/platform.
    explicit LocalPlatform(const QString &dataDir = {}, QObject *parent = nullptr);
    ~LocalPlatform() override;

    // Seeds when the data folder is empty, then serves. ready() or failed() follows.
    void start();
    // SIGTERM, then waits briefly for the platform to drain.
    void stop();

    // Creates a token for the dogfood tenant's admin with `ameide-platformd
    // token create`; `done` gets the token, or an empty token and the error.
    void createAdminToken(const std::function<void(const QString &token, const QString &error)> &done);

    State state() const { return m_state; }
    QString address() const { return m_address; }
    QString dataDir() const { return m_dataDir; }
    QString lastError() const { return m_lastError; }
    bool isSeeded() const;

    // Where the platform binary is: $AMEIDE_PLATFORMD, next to the console,
    // the build tree's server/ folder, or PATH.
    static QString platformBinary();

Q_SIGNALS:
    void stateChanged(ameide::client::LocalPlatform::State state);
    void ready(const QString &address);
    void failed(const QString &message);

private:
    void serve();
    void pollReady();
    void fail(const QString &message);
    void setState(State state);

    QString m_dataDir;
    QString m_address;
    QString m_lastError;
    State m_state = State::Stopped;
    QProcess m_seed;
    QProcess m_server;
    QTimer m_readyPoll;
    int m_readyPolls = 0;
};

} // namespace ameide::client

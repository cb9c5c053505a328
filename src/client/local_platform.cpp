#include "client/local_platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <csignal>

#include <sys/prctl.h>

namespace ameide::client {

namespace {

constexpr int kReadyPollMs = 50;
constexpr int kReadyTimeoutMs = 120000;
constexpr int kStopWaitMs = 5000;

// The platform ends with the console even if the console is killed.
void dieWithParent()
{
    prctl(PR_SET_PDEATHSIG, SIGTERM);
}

QString tail(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const auto size = f.size();
    f.seek(std::max<qint64>(0, size - 600));
    return QString::fromUtf8(f.readAll()).trimmed();
}

} // namespace

LocalPlatform::LocalPlatform(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
{
    if (m_dataDir.isEmpty()) {
        m_dataDir = qEnvironmentVariable("AMEIDE_DATA_DIR");
        if (m_dataDir.isEmpty())
            m_dataDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                + QStringLiteral("/platform");
    }
    m_seed.setChildProcessModifier(dieWithParent);
    m_server.setChildProcessModifier(dieWithParent);
    m_readyPoll.setInterval(kReadyPollMs);
    connect(&m_readyPoll, &QTimer::timeout, this, &LocalPlatform::pollReady);
    connect(&m_seed, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (m_state != State::Seeding)
            return;
        if (status == QProcess::NormalExit && code == 0)
            serve();
        else
            fail(tr("Seeding the local platform failed: %1")
                     .arg(QString::fromUtf8(m_seed.readAllStandardError()).trimmed().right(400)));
    });
    connect(&m_server, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (m_state == State::Starting || m_state == State::Running)
            fail(tr("The local platform stopped (exit code %1): %2")
                     .arg(code)
                     .arg(tail(m_dataDir + QStringLiteral("/platformd.log"))));
    });
    connect(&m_server, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The local platform could not be started from %1.").arg(platformBinary()));
    });
    connect(&m_seed, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The local platform could not be started from %1.").arg(platformBinary()));
    });
}

LocalPlatform::~LocalPlatform()
{
    stop();
}

QString LocalPlatform::platformBinary()
{
    QString fromEnv = qEnvironmentVariable("AMEIDE_PLATFORMD");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates{appDir + QStringLiteral("/ameide-platformd"),
                                 appDir + QStringLiteral("/../server/ameide-platformd")};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("ameide-platformd"));
}

bool LocalPlatform::isSeeded() const
{
    return QFile::exists(m_dataDir + QStringLiteral("/platform.db"));
}

void LocalPlatform::start()
{
    if (m_state == State::Seeding || m_state == State::Starting || m_state == State::Running)
        return;
    m_lastError.clear();
    if (platformBinary().isEmpty()) {
        fail(tr("ameide-platformd was not found next to the console or on PATH."));
        return;
    }
    if (!QDir().mkpath(m_dataDir)) {
        fail(tr("The data folder %1 cannot be created.").arg(m_dataDir));
        return;
    }
    if (isSeeded()) {
        serve();
        return;
    }
    setState(State::Seeding);
    m_seed.start(platformBinary(), {QStringLiteral("seed"), QStringLiteral("--dataset"), QStringLiteral("dogfood"),
                                    QStringLiteral("--data"), m_dataDir});
}

void LocalPlatform::serve()
{
    setState(State::Starting);
    QFile::remove(m_dataDir + QStringLiteral("/ready.txt"));
    m_server.setStandardErrorFile(m_dataDir + QStringLiteral("/platformd.log"), QIODevice::Append);
    m_server.setStandardOutputFile(QProcess::nullDevice());
    // --seed-if-empty repairs a store an older console left empty when its
    // first seed was interrupted (seeds are now renamed into place when done).
    m_server.start(platformBinary(), {QStringLiteral("serve"), QStringLiteral("--data"), m_dataDir,
                                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                      QStringLiteral("--ready-file"), m_dataDir + QStringLiteral("/ready.txt"),
                                      QStringLiteral("--seed-if-empty")});
    m_readyPolls = 0;
    m_readyPoll.start();
}

void LocalPlatform::pollReady()
{
    QFile readyFile(m_dataDir + QStringLiteral("/ready.txt"));
    if (readyFile.open(QIODevice::ReadOnly)) {
        const QString address = QString::fromUtf8(readyFile.readLine()).trimmed();
        if (!address.isEmpty()) {
            m_readyPoll.stop();
            m_address = address;
            setState(State::Running);
            Q_EMIT ready(address);
            return;
        }
    }
    if (++m_readyPolls * kReadyPollMs > kReadyTimeoutMs)
        fail(tr("The local platform did not start within %1 s.").arg(kReadyTimeoutMs / 1000));
}

void LocalPlatform::stop()
{
    m_readyPoll.stop();
    const State before = m_state;
    m_state = State::Stopped;
    for (QProcess *p : {&m_seed, &m_server}) {
        if (p->state() == QProcess::NotRunning)
            continue;
        p->terminate();
        // Only at exit or on a failure: the platform drains in well under a second.
        if (!p->waitForFinished(kStopWaitMs))
            p->kill();
    }
    if (before != State::Stopped)
        Q_EMIT stateChanged(m_state);
}

void LocalPlatform::createAdminToken(const std::function<void(const QString &, const QString &)> &done)
{
    auto *process = new QProcess(this);
    connect(process, &QProcess::finished, this, [process, done](int code, QProcess::ExitStatus status) {
        process->deleteLater();
        const QString out = QString::fromUtf8(process->readAllStandardOutput()).trimmed();
        if (status == QProcess::NormalExit && code == 0 && out.startsWith(QStringLiteral("amd_")))
            done(out, {});
        else
            done({}, tr("A token for the local platform could not be created: %1")
                         .arg(QString::fromUtf8(process->readAllStandardError()).trimmed()));
    });
    process->start(platformBinary(), {QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--data"),
                                      m_dataDir, QStringLiteral("--tenant"), QStringLiteral("tenant-ameide"),
                                      QStringLiteral("--user"), QStringLiteral("user-ameide-admin"),
                                      QStringLiteral("--role"), QStringLiteral("admin")});
}

void LocalPlatform::fail(const QString &message)
{
    m_readyPoll.stop();
    m_lastError = message;
    setState(State::Failed);
    if (m_server.state() != QProcess::NotRunning)
        m_server.kill();
    Q_EMIT failed(message);
}

void LocalPlatform::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace ameide::client

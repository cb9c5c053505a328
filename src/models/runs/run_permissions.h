#pragma once

#include "client/runs/runs_api.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <optional>

namespace ameide::models {

// Whether the user's role may retry and cancel runs, as the platform says:
// unknown until it answered, then yes, or no with the platform's reason.
// The platform enforces it regardless; this only greys out what it would refuse.
class RunPermissions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPermissions)
public:
    explicit RunPermissions(QObject *parent = nullptr);

    // Asks the platform (again, while it cannot be reached).
    void setApi(ameide::client::RunsApi *api);
    // Sets the answer directly (a test, or a role known otherwise).
    void set(bool canManage, const QString &reason);

    std::optional<bool> canManage() const { return m_canManage; }
    // Why not, or (while unknown) that it is being checked.
    QString reason() const;

Q_SIGNALS:
    void changed();

private:
    void probe();

    QPointer<ameide::client::RunsApi> m_api;
    std::optional<bool> m_canManage;
    QString m_reason;
    int m_generation = 0;
    QTimer m_again;
};

} // namespace ameide::models

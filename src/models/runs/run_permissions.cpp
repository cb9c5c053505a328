#include "models/runs/run_permissions.h"

#include "client/runs/runs_api.h"

namespace ameide::models {

namespace {

constexpr auto kProbeAgain = std::chrono::seconds(5);

} // namespace

RunPermissions::RunPermissions(QObject *parent)
    : QObject(parent)
{
    m_again.setSingleShot(true);
    m_again.setInterval(kProbeAgain);
    connect(&m_again, &QTimer::timeout, this, &RunPermissions::probe);
}

void RunPermissions::setApi(ameide::client::RunsApi *api)
{
    m_api = api;
    ++m_generation;
    m_again.stop();
    m_canManage.reset();
    m_reason.clear();
    Q_EMIT changed();
    probe();
}

void RunPermissions::set(bool canManage, const QString &reason)
{
    m_canManage = canManage;
    m_reason = canManage ? QString() : reason;
    Q_EMIT changed();
}

QString RunPermissions::reason() const
{
    return m_canManage ? m_reason : tr("Checking what your role may do…");
}

void RunPermissions::probe()
{
    if (!m_api)
        return;
    const int generation = m_generation;
    m_api->checkManageRuns(this, [this, generation](const client::ApiResult<client::Done> &result) {
        if (generation != m_generation)
            return;
        if (result.transient()) {
            m_again.start();
            return;
        }
        // Anything but a refusal (a bad request, say) means the role is not what stops it.
        set(result.error != client::ApiError::PermissionDenied, result.message);
    });
}

} // namespace ameide::models

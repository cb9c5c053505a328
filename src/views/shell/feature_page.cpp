#include "views/shell/feature_page.h"

#include "client/console_session.h"
#include "client/platform_connection.h"

namespace ameide::views {

FeaturePage::FeaturePage(QWidget *parent)
    : QWidget(parent)
{
}

FeaturePage::~FeaturePage() = default;

void FeaturePage::setSession(ameide::client::ConsoleSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (!session) {
        setConnection(nullptr);
        return;
    }
    connect(session, &client::ConsoleSession::connectionChanged, this, &FeaturePage::setConnection);
    setConnection(session->connection());
}

} // namespace ameide::views

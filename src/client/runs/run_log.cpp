#include "client/runs/run_log.h"

namespace ameide::client::runs {

namespace wf = ameide_core_proto::workflows_runtime::v1;

const QList<LogLevel> &allLogLevels()
{
    static const QList<LogLevel> all = {wf::RUN_LOG_LEVEL_DEBUG, wf::RUN_LOG_LEVEL_INFO, wf::RUN_LOG_LEVEL_WARNING,
                                        wf::RUN_LOG_LEVEL_ERROR};
    return all;
}

} // namespace ameide::client::runs

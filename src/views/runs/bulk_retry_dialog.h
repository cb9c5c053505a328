#pragma once

#include "client/runs/run_filter.h"
#include "views/jobs/job_dialog.h"

#include <QStringList>

namespace ameide::client {
class BulkRetryJobApi;
class RunsApi;
} // namespace ameide::client

namespace ameide::views {

// A bulk retry as a job: the count first, the rate and whether to start
// from the failed step, then the platform retries each run once.
class BulkRetryDialog final : public JobDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkRetryDialog)
public:
    // Every failed run the filter matches.
    BulkRetryDialog(const ameide::client::RunsApi &api, const ameide::client::RunFilter &filter,
                    QWidget *parent = nullptr);
    // The selected runs.
    BulkRetryDialog(const ameide::client::RunsApi &api, const QStringList &runIds, QWidget *parent = nullptr);

private:
    BulkRetryDialog(std::unique_ptr<ameide::client::BulkRetryJobApi> api, const QString &scope, QWidget *parent);
    void addOptions(ameide::client::BulkRetryJobApi *api);
    void addCanary(ameide::client::BulkRetryJobApi *api);
};

} // namespace ameide::views

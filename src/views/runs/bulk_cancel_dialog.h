#pragma once

#include "client/runs/run_filter.h"
#include "views/jobs/job_dialog.h"

#include <QStringList>

namespace ameide::client {
class BulkRetryJobApi;
class RunsApi;
} // namespace ameide::client

namespace ameide::views {

// A bulk cancel as a job: the count of pending and running runs first, a
// reason for their history and the rate, then the platform cancels each
// once. The start button names the count; Enter closes.
class BulkCancelDialog final : public JobDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkCancelDialog)
public:
    // Every pending or running run the filter matches.
    BulkCancelDialog(const ameide::client::RunsApi &api, const ameide::client::RunFilter &filter,
                     QWidget *parent = nullptr);
    // The selected runs.
    BulkCancelDialog(const ameide::client::RunsApi &api, const QStringList &runIds, QWidget *parent = nullptr);

private:
    BulkCancelDialog(std::unique_ptr<ameide::client::BulkRetryJobApi> api, const QString &scope, QWidget *parent);
    void addOptions(ameide::client::BulkRetryJobApi *api);
};

} // namespace ameide::views

#include "views/runs/bulk_retry_dialog.h"

#include "client/runs/bulk_retry_job_api.h"
#include "client/runs/runs_api.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QSpinBox>

namespace ameide::views {

using ameide::client::BulkRetryJobApi;
using ameide::client::Job;
using ameide::models::JobModel;

namespace {

JobDialog::Texts bulkRetryTexts(const QString &scope)
{
    JobDialog::Texts t;
    t.title = BulkRetryDialog::tr("Bulk retry");
    t.scope = scope;
    t.planning = BulkRetryDialog::tr("Counting the runs to retry…");
    t.nothingToDo = BulkRetryDialog::tr("There is nothing to retry: no failed runs match.");
    t.planned = [](const JobModel &model) {
        QString text = BulkRetryDialog::tr("%n failed run(s) will be retried.", nullptr,
                                           static_cast<int>(model.plannedItems()));
        if (model.job().skipped > 0)
            text += QLatin1Char(' ')
                + BulkRetryDialog::tr("%n selected run(s) are not failed and will be skipped.", nullptr,
                                      static_cast<int>(model.job().skipped));
        return text;
    };
    t.startLabel = [](qint64 items) {
        return BulkRetryDialog::tr("&Retry %n run(s)", nullptr, static_cast<int>(items));
    };
    t.running = [](const Job &job) {
        return BulkRetryDialog::tr("Retried %1 of %2 (%3 skipped)…").arg(job.succeeded).arg(job.total).arg(job.skipped);
    };
    t.succeeded = [](const Job &job, double seconds) {
        return BulkRetryDialog::tr("Done: %1 runs retried, %2 skipped, in %3 s.")
            .arg(job.succeeded)
            .arg(job.skipped)
            .arg(seconds, 0, 'f', 1);
    };
    t.stopped = [](const Job &job) {
        return BulkRetryDialog::tr("Stopped: %1 of %2 runs were retried before the job was stopped; the rest were "
                                   "not touched.")
            .arg(job.succeeded)
            .arg(job.total);
    };
    return t;
}

} // namespace

BulkRetryDialog::BulkRetryDialog(const ameide::client::RunsApi &api, const ameide::client::RunFilter &filter,
                                 QWidget *parent)
    : BulkRetryDialog(api.bulkRetryJob(filter),
                      tr("All failed runs matching: %1").arg(ameide::client::describeRunFilter(filter)), parent)
{
}

BulkRetryDialog::BulkRetryDialog(const ameide::client::RunsApi &api, const QStringList &runIds, QWidget *parent)
    : BulkRetryDialog(api.bulkRetryJob(runIds),
                      tr("The %n selected run(s)", nullptr, static_cast<int>(runIds.size())), parent)
{
}

BulkRetryDialog::BulkRetryDialog(std::unique_ptr<BulkRetryJobApi> api, const QString &scope, QWidget *parent)
    : JobDialog(new JobModel(std::move(api)), bulkRetryTexts(scope), parent)
{
    setObjectName(QStringLiteral("bulkRetryDialog"));
    // The model owns the job's API; the options write to it until the job starts.
    addOptions(static_cast<BulkRetryJobApi *>(model()->backend()));
}

void BulkRetryDialog::addOptions(BulkRetryJobApi *api)
{
    auto *rate = new QSpinBox(this);
    rate->setObjectName(QStringLiteral("bulkRate"));
    rate->setAccessibleName(tr("Retries per second"));
    rate->setRange(1, BulkRetryJobApi::kMaxRate);
    rate->setValue(api->ratePerSecond());
    rate->setSuffix(tr(" per second"));
    rate->setToolTip(tr("The platform starts at most this many retries a second, so a large retry does not swamp "
                        "the workers."));
    connect(rate, &QSpinBox::valueChanged, this, [api](int value) { api->setRatePerSecond(value); });
    options()->addRow(tr("&Rate:"), rate);
    auto *fromStep = new QCheckBox(tr("Start each from its failed step"), this);
    fromStep->setObjectName(QStringLiteral("bulkFromFailedStep"));
    fromStep->setAccessibleName(tr("Start each from its failed step"));
    connect(fromStep, &QCheckBox::toggled, this, [api](bool on) { api->setFromFailedStep(on); });
    options()->addRow(QString(), fromStep);
}

} // namespace ameide::views

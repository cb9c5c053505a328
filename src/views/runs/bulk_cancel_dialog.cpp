#include "views/runs/bulk_cancel_dialog.h"

#include "client/runs/bulk_retry_job_api.h"
#include "client/runs/runs_api.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace ameide::views {

using ameide::client::BulkRetryJobApi;
using ameide::client::Job;
using ameide::models::JobModel;

namespace {

// The most a reason may hold, as the platform accepts it.
constexpr int kMaxReason = 500;

JobDialog::Texts bulkCancelTexts(const QString &scope)
{
    JobDialog::Texts t;
    t.title = BulkCancelDialog::tr("Bulk cancel");
    t.scope = scope;
    t.planning = BulkCancelDialog::tr("Counting the runs to cancel…");
    t.nothingToDo = [](const JobModel &model) -> QString {
        QString text = BulkCancelDialog::tr("There is nothing to cancel: no pending or running runs match.");
        if (model.job().skipped > 0)
            text += QLatin1Char(' ')
                + BulkCancelDialog::tr("%n selected run(s) have already ended.", nullptr,
                                       static_cast<int>(model.job().skipped));
        return text;
    };
    t.planned = [](const JobModel &model) -> QString {
        QString text = BulkCancelDialog::tr("%n pending or running run(s) will be cancelled. Their running steps "
                                            "stop; this cannot be undone, but each can be retried afterwards.",
                                            nullptr, static_cast<int>(model.plannedItems()));
        if (model.job().skipped > 0)
            text += QLatin1Char(' ')
                + BulkCancelDialog::tr("%n selected run(s) have already ended and are left alone.", nullptr,
                                       static_cast<int>(model.job().skipped));
        return text;
    };
    t.startLabel = [](qint64 items) {
        return BulkCancelDialog::tr("Cancel %n run(s)", nullptr, static_cast<int>(items));
    };
    t.running = [](const Job &job) {
        return BulkCancelDialog::tr("Cancelled %1 of %2 (%3 had ended)…").arg(job.succeeded).arg(job.total).arg(job.skipped);
    };
    t.succeeded = [](const Job &job, double seconds) -> QString {
        return BulkCancelDialog::tr("Done: %n run(s) cancelled", nullptr, static_cast<int>(job.succeeded))
            + BulkCancelDialog::tr(", %n had already ended", nullptr, static_cast<int>(job.skipped))
            + BulkCancelDialog::tr(", in %1 s.").arg(seconds, 0, 'f', 1);
    };
    t.stopped = [](const Job &job) {
        return BulkCancelDialog::tr("Stopped: %1 of %2 runs were cancelled before the job was stopped; the rest "
                                    "were not touched.")
            .arg(job.succeeded)
            .arg(job.total);
    };
    return t;
}

} // namespace

BulkCancelDialog::BulkCancelDialog(const ameide::client::RunsApi &api, const ameide::client::RunFilter &filter,
                                   QWidget *parent)
    : BulkCancelDialog(api.bulkCancelJob(filter),
                       tr("All pending and running runs matching: %1").arg(ameide::client::describeRunFilter(filter)),
                       parent)
{
}

BulkCancelDialog::BulkCancelDialog(const ameide::client::RunsApi &api, const QStringList &runIds, QWidget *parent)
    : BulkCancelDialog(api.bulkCancelJob(runIds),
                       tr("The %n selected run(s)", nullptr, static_cast<int>(runIds.size())), parent)
{
}

BulkCancelDialog::BulkCancelDialog(std::unique_ptr<BulkRetryJobApi> api, const QString &scope, QWidget *parent)
    : JobDialog(new JobModel(std::move(api)), bulkCancelTexts(scope), parent)
{
    setObjectName(QStringLiteral("bulkCancelDialog"));
    addOptions(static_cast<BulkRetryJobApi *>(model()->backend()));
}

void BulkCancelDialog::addOptions(BulkRetryJobApi *api)
{
    auto *reason = new QLineEdit(this);
    reason->setObjectName(QStringLiteral("bulkCancelReason"));
    reason->setAccessibleName(tr("Reason"));
    reason->setMaxLength(kMaxReason);
    reason->setPlaceholderText(tr("e.g. bad deploy rolled back (shown in each run's history)"));
    connect(reason, &QLineEdit::textChanged, this, [api](const QString &text) { api->setCancelReason(text); });
    options()->addRow(tr("R&eason:"), reason);
    auto *rate = new QSpinBox(this);
    rate->setObjectName(QStringLiteral("bulkRate"));
    rate->setAccessibleName(tr("Cancellations per second"));
    rate->setRange(1, BulkRetryJobApi::kMaxRate);
    rate->setValue(api->ratePerSecond());
    rate->setSuffix(tr(" per second"));
    connect(rate, &QSpinBox::valueChanged, this, [api](int value) { api->setRatePerSecond(value); });
    options()->addRow(tr("&Rate:"), rate);
}

} // namespace ameide::views

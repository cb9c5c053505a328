#include "views/runs/bulk_retry_dialog.h"

#include "client/runs/bulk_retry_job_api.h"
#include "client/runs/runs_api.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace ameide::views {

using ameide::client::BulkRetryJobApi;
using ameide::client::Job;
using ameide::models::JobModel;

namespace {

// "Skipped: …" as a list, one reason a line; empty when nothing is skipped.
QString skipBreakdown(const Job &job)
{
    if (job.skippedBecause.isEmpty())
        return {};
    QString text = QStringLiteral("<span style=\"font-weight:normal\"><br>")
        + BulkRetryDialog::tr("%n run(s) will be left alone:", nullptr, static_cast<int>(job.skipped))
        + QStringLiteral("<ul style=\"margin-top:2px\">");
    for (const auto &reason : job.skippedBecause)
        text += QStringLiteral("<li>%1</li>").arg(reason.text.toHtmlEscaped());
    return text + QStringLiteral("</ul></span>");
}

JobDialog::Texts bulkRetryTexts(const QString &scope)
{
    JobDialog::Texts t;
    t.title = BulkRetryDialog::tr("Bulk retry");
    t.scope = scope;
    t.planning = BulkRetryDialog::tr("Counting the runs to retry…");
    t.nothingToDo = [](const JobModel &model) -> QString {
        QString text = BulkRetryDialog::tr("There is nothing to retry.");
        if (model.job().total == 0)
            text += QLatin1Char(' ') + BulkRetryDialog::tr("No failed runs match.");
        return text + skipBreakdown(model.job());
    };
    t.planned = [](const JobModel &model) -> QString {
        return BulkRetryDialog::tr("%n failed run(s) will be retried.", nullptr,
                                   static_cast<int>(model.plannedItems()))
            + skipBreakdown(model.job());
    };
    t.startLabel = [](qint64 items) {
        return BulkRetryDialog::tr("Retry %n run(s)", nullptr, static_cast<int>(items));
    };
    t.running = [](const Job &job) {
        return BulkRetryDialog::tr("Retried %1 of %2 (%3 skipped)…").arg(job.succeeded).arg(job.total).arg(job.skipped);
    };
    t.succeeded = [](const Job &job, double seconds) -> QString {
        return BulkRetryDialog::tr("Done: %n run(s) retried", nullptr, static_cast<int>(job.succeeded))
            + BulkRetryDialog::tr(", %n left alone", nullptr, static_cast<int>(job.skipped))
            + BulkRetryDialog::tr(", in %1 s.").arg(seconds, 0, 'f', 1);
    };
    t.showResult = BulkRetryDialog::tr("Show &new runs");
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
    // Off by default: a run its chain has moved past is not retried again.
    auto *superseded = new QCheckBox(tr("Also retry runs already recovered or retried since"), this);
    superseded->setObjectName(QStringLiteral("bulkRetrySuperseded"));
    superseded->setAccessibleName(tr("Also retry runs already recovered or retried since"));
    superseded->setToolTip(tr("By default each retry chain is retried once, at its latest attempt, and only when "
                              "that attempt failed and no later one is pending, running or completed. Check this "
                              "to retry every failed run selected anyway."));
    connect(superseded, &QCheckBox::toggled, this, [this, api](bool on) {
        api->setRetrySuperseded(on);
        model()->plan(); // count again under the new rule
    });
    options()->addRow(QString(), superseded);
    addCanary(api);
}

void BulkRetryDialog::addCanary(BulkRetryJobApi *api)
{
    // On by default: a handful of retries first shows whether the cause is
    // gone before thousands of runs hit it again.
    auto *row = new QWidget(this);
    auto *line = new QHBoxLayout(row);
    line->setContentsMargins(0, 0, 0, 0);
    auto *canary = new QCheckBox(tr("Canary first: retry"), row);
    canary->setObjectName(QStringLiteral("bulkCanary"));
    canary->setAccessibleName(tr("Canary first"));
    canary->setChecked(api->canaryRuns() > 0);
    canary->setToolTip(tr("Retry a few runs first and wait until they end. If more of them than allowed fail again "
                          "the same way, the job pauses and says why; nothing else is retried until you resume or "
                          "stop it."));
    auto *runs = new QSpinBox(row);
    runs->setObjectName(QStringLiteral("bulkCanaryRuns"));
    runs->setAccessibleName(tr("Canary runs"));
    runs->setRange(1, BulkRetryJobApi::kMaxCanaryRuns);
    runs->setValue(api->canaryRuns() > 0 ? api->canaryRuns() : BulkRetryJobApi::kDefaultCanaryRuns);
    runs->setSuffix(tr(" runs"));
    auto *then = new QLabel(tr("then pause if more than"), row);
    auto *percent = new QSpinBox(row);
    percent->setObjectName(QStringLiteral("bulkCanaryPercent"));
    percent->setAccessibleName(tr("Canary failures allowed, in percent"));
    percent->setRange(0, 100);
    percent->setValue(api->canaryMaxFailedPercent());
    percent->setSuffix(tr(" %"));
    auto *tail = new QLabel(tr("fail again the same way"), row);
    then->setBuddy(percent);
    line->addWidget(canary);
    line->addWidget(runs);
    line->addWidget(then);
    line->addWidget(percent);
    line->addWidget(tail);
    line->addStretch(1);
    auto apply = [api, canary, runs, percent, then, tail] {
        const bool on = canary->isChecked();
        api->setCanaryRuns(on ? runs->value() : 0);
        api->setCanaryMaxFailedPercent(percent->value());
        for (QWidget *w : {static_cast<QWidget *>(runs), static_cast<QWidget *>(percent), static_cast<QWidget *>(then),
                           static_cast<QWidget *>(tail)})
            w->setEnabled(on);
    };
    connect(canary, &QCheckBox::toggled, this, apply);
    connect(runs, &QSpinBox::valueChanged, this, apply);
    connect(percent, &QSpinBox::valueChanged, this, apply);
    apply();
    options()->addRow(QString(), row);
}

} // namespace ameide::views

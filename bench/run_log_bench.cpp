// The run detail's step log with 100,000 lines: how long the log takes to
// show its first rows, and the longest the GUI thread stalls while the
// table is scrolled to the end (pages loading as it goes). The platform runs
// in this process on loopback, seeded small; the lines go straight through
// the store. Prints a Markdown table in the format of the other benchmarks
// (and writes it to --report); exit status 3 when a target is missed.
#include "stall_monitor.h"
#include "client/platform_connection.h"
#include "client/runs/runs_api.h"
#include "core/caller.h"
#include "models/runs/run_log_model.h"
#include "platform_server.h"
#include "seed/dogfood_seed.h"
#include "store/database.h"
#include "store/run_log_store.h"
#include "store/token_store.h"
#include "views/runs/run_log_view.h"

#include <CLI/CLI.hpp>

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>
#include <vector>

using namespace ameide;
namespace wf = ameide_core_proto::workflows_runtime::v1;

namespace {

using ameide::bench::StallMonitor;

bool waitFor(const std::function<bool()> &pred, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!pred()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

std::string fmt(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}

// Notes the first paint of a widget after arm().
class PaintProbe final : public QObject
{
public:
    explicit PaintProbe(QWidget *w) { w->installEventFilter(this); }
    void arm() { painted = false; }
    bool painted = true;

protected:
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    CLI::App cli{"Step log benchmark: 100,000 lines in the run detail's log"};
    int lines = 100000;
    int opens = 10;
    std::string report;
    cli.add_option("--lines", lines, "log lines of the run")->check(CLI::Range(1, 10000000));
    cli.add_option("--opens", opens, "times the log is opened")->check(CLI::Range(1, 1000));
    cli.add_option("--report", report, "also write the table to this file");
    CLI11_PARSE(cli, argc, argv);

    QTemporaryDir dir;
    {
        platform::Database db(platform::databaseFile(dir.path().toStdString()));
        platform::SeedOptions seed;
        seed.runs = 300;
        seed.liveRuns = 0;
        platform::seedDogfood(db, seed);
    }
    platform::PlatformOptions options;
    options.dataDir = dir.path().toStdString();
    options.listen = "127.0.0.1:0";
    platform::PlatformServer server(options);
    server.start();

    // One finished run gets the lines, written as the executor would: a
    // dozen steps, mostly INFO and DEBUG, now and then a warning or an error.
    std::string runId;
    QElapsedTimer insert;
    insert.start();
    server.database().write([&](SQLite::Database &db) {
        SQLite::Statement q(db, "SELECT seq, id FROM workflow_runs WHERE tenant_id = 'tenant-ameide' AND status = 3"
                                " ORDER BY seq DESC LIMIT 1");
        q.executeStep();
        const auto seq = q.getColumn(0).getInt64();
        runId = q.getColumn(1).getString();
        platform::RunLogWriter writer(db);
        platform::RunLogRow row;
        row.runSeq = seq;
        for (int i = 0; i < lines; ++i) {
            row.stepId = "step-" + std::to_string(i * 12 / lines);
            row.level = i % 97 == 0 ? wf::RUN_LOG_LEVEL_ERROR
                : i % 13 == 0       ? wf::RUN_LOG_LEVEL_WARNING
                : i % 3 == 0        ? wf::RUN_LOG_LEVEL_DEBUG
                                    : wf::RUN_LOG_LEVEL_INFO;
            row.at = 1764000000000 + std::int64_t{i} * 37;
            row.message = "progress: synced " + std::to_string(i) + " of " + std::to_string(lines)
                + " elements into the graph (batch " + std::to_string(i / 250) + ")";
            row.fields = {{"batch", std::to_string(i / 250)}, {"element", "el-" + std::to_string(i % 4000)}};
            writer.append(row);
        }
    });
    const double insertMs = static_cast<double>(insert.nsecsElapsed()) / 1e6;

    platform::Caller viewer{"tenant-ameide", "user-ameide-viewer", ameide_core_proto::platform::v1::ROLE_VIEWER};
    client::ConnectionProfile profile;
    profile.id = QStringLiteral("bench");
    profile.endpoint = QString::fromStdString(server.address());
    profile.tenantId = QStringLiteral("tenant-ameide");
    client::PlatformConnection connection(profile, QString::fromStdString(server.tokens().issue(viewer)));
    client::RunsApi api(&connection);

    models::RunLogModel model;
    model.setApi(&api);
    views::RunLogView view(&model);
    view.resize(1200, 800);
    QTableView *table = view.table();
    PaintProbe probe(table->viewport());

    // Open: the run is chosen and the log shown, until the first rows are painted.
    std::vector<double> openMs;
    for (int i = 0; i < opens; ++i) {
        view.hide();
        model.setRunId({});
        QCoreApplication::processEvents();
        QElapsedTimer t;
        t.start();
        model.setRunId(QString::fromStdString(runId));
        probe.arm();
        view.show();
        if (!waitFor([&] { return model.rowCount() > 0 && probe.painted; }, 20000)) {
            std::cerr << "the log did not show: " << model.lastError().toStdString() << "\n";
            return 1;
        }
        openMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }

    // Scroll to the end a page every 16 ms, as a held Page Down would, while
    // the pages load; every GUI-thread stall is recorded. The steps come
    // from a timer on the event loop, so the benchmark itself never blocks
    // the GUI thread between two samples.
    StallMonitor stalls;
    QScrollBar *bar = table->verticalScrollBar();
    QTimer step;
    step.setTimerType(Qt::PreciseTimer);
    step.setInterval(16);
    bool finished = false;
    QObject::connect(&step, &QTimer::timeout, table, [&] {
        if (!model.hasMore() && !model.isLoading() && bar->value() >= bar->maximum()) {
            finished = true;
            step.stop();
            return;
        }
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
    });
    QElapsedTimer scroll;
    scroll.start();
    stalls.start();
    step.start();
    waitFor([&] { return finished; }, 120000);
    const auto gaps = stalls.stop();
    const double scrollMs = static_cast<double>(scroll.nsecsElapsed()) / 1e6;
    const bool reachedEnd = model.rowCount() == model.total() && bar->value() >= bar->maximum();
    const double maxGap = gaps.empty() ? 0 : *std::max_element(gaps.begin(), gaps.end());
    const auto over16 = std::count_if(gaps.begin(), gaps.end(), [](double g) { return g > 16.0; });

    const double openP50 = percentile(openMs, 0.5);
    const double openMax = percentile(openMs, 1.0);
    const bool openOk = openP50 <= 150.0;
    const bool scrollOk = reachedEnd && maxGap <= 16.0;
    std::ostringstream out;
    out << "Step log of one run with " << model.total() << " lines (inserted through the store in "
        << fmt(insertMs) << " ms), platform in this process on loopback, widgets under QT_QPA_PLATFORM="
        << qEnvironmentVariable("QT_QPA_PLATFORM").toStdString() << ", " << std::thread::hardware_concurrency()
        << " cores.\n\n";
    out << "| measure | target | result | verdict |\n|---|---|---|---|\n";
    out << "| open the log → first rows painted (p50 / max of " << opens << ") | ≤ 150 ms | " << fmt(openP50) << " / "
        << fmt(openMax) << " ms | " << (openOk ? "met" : "MISSED") << " |\n";
    out << "| scroll to the end, longest GUI-thread stall | ≤ 16 ms | " << fmt(maxGap) << " ms (" << over16
        << " stalls > 16 ms of " << gaps.size() << "; " << model.rowCount() << " rows in " << fmt(scrollMs)
        << " ms) | " << (scrollOk ? "met" : "MISSED") << " |\n";
    std::cout << out.str();
    if (!report.empty())
        std::ofstream(report) << out.str();
    view.hide();
    server.shutdown(std::chrono::milliseconds(500));
    return openOk && scrollOk ? 0 : 3;
}

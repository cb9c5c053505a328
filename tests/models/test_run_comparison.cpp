// Comparing a failed run with the last good run of its definition, and
// deciding which desktop notifications to show: the pure decisions on
// runs, groups and jobs made here, then both against an in-process platform.
#include "client/jobs/job.h"
#include "client/platform_connection.h"
#include "client/runs/runs_api.h"
#include "models/notifications/desktop_notifier.h"
#include "models/runs/run_comparison.h"
#include "platform_fixture.h"
#include "qt_wait.h"

#include <gtest/gtest.h>

#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/time_util.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace ameide;
using ameide::test::waitFor;
using Change = models::InputFieldComparison::Change;
namespace wf = ameide_core_proto::workflows_runtime::v1;

namespace {

google::protobuf::Timestamp at(qint64 millis)
{
    return google::protobuf::util::TimeUtil::MillisecondsToTimestamp(millis);
}

void addStep(wf::WorkflowRun *run, const std::string &id, wf::WorkflowStepStatus status, qint64 start = -1,
             qint64 millis = -1, const std::string &reason = {})
{
    auto *step = run->add_steps();
    step->set_id(id);
    step->set_name(id);
    step->set_status(status);
    if (start >= 0) {
        *step->mutable_started_at() = at(start);
        if (millis >= 0)
            *step->mutable_ended_at() = at(start + millis);
    }
    step->set_failure_reason(reason);
}

wf::WorkflowRun makeRun(const std::string &id, wf::WorkflowRunStatus status, int version, const std::string &input)
{
    wf::WorkflowRun run;
    run.set_id(id);
    run.set_definition_id("wfd-test");
    run.set_definition_name("checkout");
    run.set_status(status);
    run.set_version_number(version);
    EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(input, run.mutable_input()).ok()) << input;
    return run;
}

const models::InputFieldComparison *field(const models::RunComparison &c, const QString &path)
{
    for (const auto &f : c.inputs) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

// A failed checkout and the good one before it: fetch took 20 ms longer,
// charge failed where the good run completed it in 120 ms, ship never ran.
std::pair<wf::WorkflowRun, wf::WorkflowRun> checkoutPair()
{
    auto failed = makeRun("run-failed", wf::WORKFLOW_RUN_STATUS_FAILED, 4,
                          R"({"region": "us", "amount": 12.5, "customer": {"tier": "gold", "tags": ["a", "b"]},
                              "coupon": "SPRING"})");
    *failed.mutable_started_at() = at(10'000);
    *failed.mutable_ended_at() = at(10'350);
    failed.set_failure_reason("card declined");
    failed.set_failed_step_id("charge");
    addStep(&failed, "fetch", wf::WORKFLOW_STEP_STATUS_COMPLETED, 10'000, 100);
    addStep(&failed, "charge", wf::WORKFLOW_STEP_STATUS_FAILED, 10'100, 250, "card declined");
    addStep(&failed, "ship", wf::WORKFLOW_STEP_STATUS_PENDING);

    auto good = makeRun("run-good", wf::WORKFLOW_RUN_STATUS_COMPLETED, 4,
                        R"({"region": "eu", "amount": 12.5, "customer": {"tier": "silver", "tags": ["a", "b"]},
                            "gift": true})");
    *good.mutable_started_at() = at(1'000);
    *good.mutable_ended_at() = at(1'250);
    addStep(&good, "fetch", wf::WORKFLOW_STEP_STATUS_COMPLETED, 1'000, 80);
    addStep(&good, "charge", wf::WORKFLOW_STEP_STATUS_COMPLETED, 1'080, 120);
    addStep(&good, "ship", wf::WORKFLOW_STEP_STATUS_COMPLETED, 1'200, 50);
    return {failed, good};
}

wf::WorkflowRun failedWith(const std::string &signature, const std::string &runId)
{
    wf::WorkflowRun run;
    run.set_id(runId);
    run.set_status(wf::WORKFLOW_RUN_STATUS_FAILED);
    run.set_definition_name("checkout");
    run.set_error_class("CardDeclined");
    run.set_failure_reason("card declined for " + runId);
    run.set_failure_signature(signature);
    return run;
}

wf::FailureGroup group(const std::string &signature, const QDateTime &firstSeen)
{
    wf::FailureGroup g;
    g.set_signature(signature);
    g.set_step_id("charge");
    g.set_error_class("CardDeclined");
    g.set_normalized_message("card declined for <id>");
    g.add_definition_names("checkout");
    *g.mutable_first_seen() = at(firstSeen.toMSecsSinceEpoch());
    return g;
}

client::Job job(const QString &id, client::Job::State state, const QDateTime &endedAt = {})
{
    client::Job j;
    j.id = id;
    j.state = state;
    j.description = QStringLiteral("Retry of %1").arg(id);
    j.total = 10;
    j.processed = 10;
    j.succeeded = 9;
    j.failed = 1;
    j.endedAt = endedAt;
    return j;
}

} // namespace

// --- The comparison, pure ----------------------------------------------------

TEST(RunComparison, ListsTheInputFieldsThatDifferAndHidesTheSameUnlessAsked)
{
    const auto [failed, good] = checkoutPair();
    const auto c = models::RunComparison::compare(failed, good);

    ASSERT_TRUE(field(c, QStringLiteral("region")));
    EXPECT_EQ(field(c, QStringLiteral("region"))->change, Change::Changed);
    EXPECT_EQ(field(c, QStringLiteral("region"))->failedValue, QStringLiteral("\"us\""));
    EXPECT_EQ(field(c, QStringLiteral("region"))->goodValue, QStringLiteral("\"eu\""));
    // Nested objects are followed; a list is one value.
    EXPECT_EQ(field(c, QStringLiteral("customer.tier"))->change, Change::Changed);
    EXPECT_EQ(field(c, QStringLiteral("customer.tags"))->change, Change::Same);
    EXPECT_EQ(field(c, QStringLiteral("customer.tags"))->failedValue, QStringLiteral("[\"a\",\"b\"]"));
    EXPECT_EQ(field(c, QStringLiteral("amount"))->change, Change::Same);
    EXPECT_EQ(field(c, QStringLiteral("coupon"))->change, Change::Added);
    EXPECT_TRUE(field(c, QStringLiteral("coupon"))->goodValue.isEmpty());
    EXPECT_EQ(field(c, QStringLiteral("gift"))->change, Change::Removed);
    EXPECT_EQ(field(c, QStringLiteral("gift"))->goodValue, QStringLiteral("true"));
    EXPECT_EQ(c.inputs.size(), 6);
    EXPECT_EQ(c.changedInputCount(), 4);

    models::RunInputDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFields(c.inputs);
    // Only what differs by default.
    ASSERT_EQ(model.rowCount(), 4);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_NE(model.index(row, 0).data(models::RunInputDiffModel::ChangeRole).toInt(),
                  static_cast<int>(Change::Same));
    EXPECT_EQ(model.index(0, models::RunInputDiffModel::FieldColumn).data().toString(), QStringLiteral("coupon"));
    EXPECT_EQ(model.index(0, models::RunInputDiffModel::ChangeColumn).data().toString(), QStringLiteral("Added"));
    EXPECT_EQ(model.index(0, models::RunInputDiffModel::GoodColumn).data().toString(), QStringLiteral("—"));
    model.setShowAll(true);
    EXPECT_EQ(model.rowCount(), 6);
    EXPECT_EQ(model.totalCount(), 6);
    EXPECT_EQ(model.changedCount(), 4);
    model.setShowAll(false);
    EXPECT_EQ(model.rowCount(), 4);
}

TEST(RunComparison, PutsStepDurationsSideBySideAndFindsWhereTheRunsDiverged)
{
    const auto [failed, good] = checkoutPair();
    const auto c = models::RunComparison::compare(failed, good);
    ASSERT_EQ(c.steps.size(), 3);
    EXPECT_EQ(c.steps[0].failedMillis, 100);
    EXPECT_EQ(c.steps[0].goodMillis, 80);
    EXPECT_EQ(c.steps[0].differenceMillis(), 20);
    EXPECT_FALSE(c.steps[0].outcomeDiffers());
    EXPECT_EQ(c.steps[1].differenceMillis(), 130);
    EXPECT_TRUE(c.steps[1].outcomeDiffers());
    EXPECT_FALSE(c.steps[2].differenceMillis()) << "ship never ran in the failed run";
    EXPECT_EQ(c.divergedStep, 1);
    EXPECT_EQ(c.divergenceText(), QStringLiteral("Failed at step “charge”; the good run completed it in 120 ms."));
    EXPECT_FALSE(c.versionDiffers());
    EXPECT_EQ(c.versionText(), QStringLiteral("Both ran version 4."));
    EXPECT_EQ(c.durationText(), QStringLiteral("This run took 350 ms until it failed; the good run took 250 ms (+100 ms)."));
    EXPECT_EQ(models::RunComparison::differenceText(-1500), QStringLiteral("−1.5 s"));
    EXPECT_EQ(models::RunComparison::differenceText(0), QStringLiteral("same"));

    models::RunStepDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setComparison(c);
    ASSERT_EQ(model.rowCount(), 3);
    using M = models::RunStepDiffModel;
    EXPECT_EQ(model.index(0, M::FailedColumn).data().toString(), QStringLiteral("Completed, 100 ms"));
    EXPECT_EQ(model.index(0, M::GoodColumn).data().toString(), QStringLiteral("Completed, 80 ms"));
    EXPECT_EQ(model.index(0, M::DifferenceColumn).data().toString(), QStringLiteral("+20 ms"));
    EXPECT_EQ(model.index(1, M::FailedColumn).data().toString(), QStringLiteral("Failed after 250 ms"));
    EXPECT_TRUE(model.index(1, 0).data(M::DivergedRole).toBool());
    EXPECT_FALSE(model.index(0, 0).data(M::DivergedRole).toBool());
    EXPECT_TRUE(model.index(1, M::StepColumn).data().toString().contains(QStringLiteral("diverged")));
    EXPECT_EQ(model.index(2, M::FailedColumn).data().toString(), QStringLiteral("Not run"));
    EXPECT_EQ(model.index(2, M::DifferenceColumn).data().toString(), QStringLiteral("—"));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(RunComparison, SaysWhenTheVersionsDifferAndAStepIsOnlyInOneRun)
{
    auto [failed, good] = checkoutPair();
    // Version 5 added an audit step before charge, and it is where this run failed.
    failed.set_version_number(5);
    failed.clear_steps();
    addStep(&failed, "fetch", wf::WORKFLOW_STEP_STATUS_COMPLETED, 10'000, 90);
    addStep(&failed, "audit", wf::WORKFLOW_STEP_STATUS_FAILED, 10'090, 40, "audit refused");
    addStep(&failed, "charge", wf::WORKFLOW_STEP_STATUS_PENDING);
    addStep(&failed, "ship", wf::WORKFLOW_STEP_STATUS_PENDING);
    const auto c = models::RunComparison::compare(failed, good);
    EXPECT_TRUE(c.versionDiffers());
    EXPECT_EQ(c.versionText(), QStringLiteral("Version 5 here, version 4 in the good run."));
    ASSERT_EQ(c.steps.size(), 4);
    EXPECT_EQ(c.divergedStep, 1);
    EXPECT_FALSE(c.steps[1].inGood);
    EXPECT_EQ(c.divergenceText(), QStringLiteral("Failed at step “audit”, which the good run (version 4) does not have."));
    EXPECT_EQ(models::RunComparison::stepOutcomeText(false, wf::WORKFLOW_STEP_STATUS_UNSPECIFIED, -1,
                                                     wf::WORKFLOW_RUN_STATUS_COMPLETED),
              QStringLiteral("No such step"));

    // A step only the good run has comes after this run's own.
    failed.clear_steps();
    addStep(&failed, "fetch", wf::WORKFLOW_STEP_STATUS_COMPLETED, 10'000, 90);
    addStep(&failed, "charge", wf::WORKFLOW_STEP_STATUS_COMPLETED, 10'090, 90);
    const auto d = models::RunComparison::compare(failed, good);
    ASSERT_EQ(d.steps.size(), 3);
    EXPECT_EQ(d.steps[2].stepId, QStringLiteral("ship"));
    EXPECT_FALSE(d.steps[2].inFailed);
    EXPECT_EQ(d.divergedStep, 2);
    EXPECT_EQ(d.divergenceText(),
              QStringLiteral("Step “ship” is only in the good run (version 4); this run (version 5) does not have it."));
}

TEST(RunComparison, SaysWhenEveryStepEndedTheSameWay)
{
    auto [failed, good] = checkoutPair();
    failed.clear_steps();
    for (const auto &s : good.steps())
        *failed.add_steps() = s;
    failed.set_failure_reason("the run timed out");
    const auto c = models::RunComparison::compare(failed, good);
    EXPECT_EQ(c.divergedStep, -1);
    EXPECT_EQ(c.divergenceText(), QStringLiteral("Every step ended the same way in both runs; this run failed outside "
                                                 "its steps: the run timed out"));
    // Identical inputs: nothing to list by default.
    const auto same = models::RunComparison::compare(good, good);
    EXPECT_EQ(same.changedInputCount(), 0);
}

// --- Notifications, pure -----------------------------------------------------

TEST(DesktopNotifier, OffByDefaultAnnouncesNothing)
{
    models::DesktopNotifier notifier;
    QSignalSpy spy(&notifier, &models::DesktopNotifier::notify);
    EXPECT_FALSE(notifier.isEnabled());
    notifier.noteRuns({failedWith("aaaaaaaaaaaaaaaa", "r1")});
    EXPECT_TRUE(notifier.lookingUp().isEmpty());
    const auto g = group("aaaaaaaaaaaaaaaa", QDateTime::currentDateTimeUtc());
    notifier.noteGroup(QStringLiteral("aaaaaaaaaaaaaaaa"), &g, QDateTime::currentDateTimeUtc());
    notifier.noteJobs({job(QStringLiteral("j1"), client::Job::State::Running)});
    notifier.noteJobs({job(QStringLiteral("j1"), client::Job::State::Succeeded, QDateTime::currentDateTimeUtc())});
    EXPECT_FALSE(notifier.hasPending());
    notifier.flush();
    EXPECT_EQ(spy.count(), 0);
    EXPECT_FALSE(notifier.isWatching());
}

TEST(DesktopNotifier, AnnouncesEachNewSignatureOncePerSession)
{
    models::DesktopNotifier notifier;
    QSignalSpy spy(&notifier, &models::DesktopNotifier::notify);
    notifier.setEnabled(true);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    notifier.noteKnownGroups({group("aaaaaaaaaaaaaaaa", now.addDays(-3))});

    // The known one is not looked up; the new one once, however often it fails.
    notifier.noteRuns({failedWith("aaaaaaaaaaaaaaaa", "r1"), failedWith("bbbbbbbbbbbbbbbb", "r2"),
                       failedWith("bbbbbbbbbbbbbbbb", "r3")});
    EXPECT_EQ(notifier.lookingUp(), QStringList{QStringLiteral("bbbbbbbbbbbbbbbb")});
    const auto b = group("bbbbbbbbbbbbbbbb", now.addSecs(-60));
    notifier.noteGroup(QStringLiteral("bbbbbbbbbbbbbbbb"), &b, now);
    EXPECT_TRUE(notifier.hasPending());
    notifier.flush();
    ASSERT_EQ(spy.count(), 1);
    const auto n = spy.at(0).at(0).value<models::DesktopNotification>();
    EXPECT_EQ(n.kind, models::DesktopNotification::Kind::NewFailures);
    EXPECT_EQ(n.items, QStringList{QStringLiteral("bbbbbbbbbbbbbbbb")});
    EXPECT_EQ(n.query, QStringLiteral("status:failed signature:bbbbbbbbbbbbbbbb"));
    EXPECT_EQ(n.title, QStringLiteral("New failure in checkout"));
    EXPECT_TRUE(n.message.contains(QStringLiteral("CardDeclined in charge"))) << n.message.toStdString();

    // Again later in the session: not looked up, not announced.
    notifier.noteRuns({failedWith("bbbbbbbbbbbbbbbb", "r4")});
    EXPECT_TRUE(notifier.lookingUp().isEmpty());
    notifier.noteGroup(QStringLiteral("bbbbbbbbbbbbbbbb"), &b, now);
    notifier.flush();
    EXPECT_EQ(spy.count(), 1);
}

TEST(DesktopNotifier, ASignatureFirstSeenLongAgoIsNotNew)
{
    models::DesktopNotifier notifier;
    QSignalSpy spy(&notifier, &models::DesktopNotifier::notify);
    notifier.setEnabled(true);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Not on the first list (beyond its 200 groups), but the platform has known it for hours.
    notifier.noteRuns({failedWith("cccccccccccccccc", "r1")});
    const auto old = group("cccccccccccccccc", now.addSecs(-2 * 3600));
    notifier.noteGroup(QStringLiteral("cccccccccccccccc"), &old, now);
    notifier.flush();
    EXPECT_EQ(spy.count(), 0);
    notifier.noteRuns({failedWith("cccccccccccccccc", "r2")});
    EXPECT_TRUE(notifier.lookingUp().isEmpty()) << "known from now on";
    // A run that is not failed, or has no signature, is nothing to look up.
    auto running = failedWith("dddddddddddddddd", "r3");
    running.set_status(wf::WORKFLOW_RUN_STATUS_RUNNING);
    notifier.noteRuns({running, failedWith("", "r4")});
    EXPECT_TRUE(notifier.lookingUp().isEmpty());
}

TEST(DesktopNotifier, BatchesManyNewSignaturesIntoOneNotification)
{
    models::DesktopNotifier notifier;
    QSignalSpy spy(&notifier, &models::DesktopNotifier::notify);
    notifier.setEnabled(true);
    notifier.setBatchInterval(std::chrono::milliseconds(100));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<client::runs::WorkflowRun> runs;
    for (int i = 0; i < 5; ++i)
        runs.append(failedWith(std::string(16, static_cast<char>('0' + i)), "r" + std::to_string(i)));
    notifier.noteRuns(runs);
    EXPECT_EQ(notifier.lookingUp().size(), 5);
    for (int i = 0; i < 5; ++i) {
        const std::string signature(16, static_cast<char>('0' + i));
        const auto g = group(signature, now);
        notifier.noteGroup(QString::fromStdString(signature), &g, now);
    }
    // The batch timer hands them on together.
    ASSERT_TRUE(waitFor([&] { return spy.count() > 0; }, 5000));
    QTest::qWait(200);
    ASSERT_EQ(spy.count(), 1);
    const auto n = spy.at(0).at(0).value<models::DesktopNotification>();
    EXPECT_EQ(n.items.size(), 5);
    EXPECT_EQ(n.title, QStringLiteral("5 new failure signatures"));
    EXPECT_EQ(n.message.count(QLatin1Char('\n')), 3) << n.message.toStdString();
    EXPECT_TRUE(n.message.endsWith(QStringLiteral("and 2 more"))) << n.message.toStdString();
    EXPECT_EQ(n.query, QStringLiteral("status:failed since:15m"));
}

TEST(DesktopNotifier, AnnouncesBulkJobsThatEndedAfterWatchingBegan)
{
    using State = client::Job::State;
    models::DesktopNotifier notifier;
    QSignalSpy spy(&notifier, &models::DesktopNotifier::notify);
    notifier.setEnabled(true);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The first read only says what there is.
    notifier.noteJobs({job(QStringLiteral("running"), State::Running),
                       job(QStringLiteral("old"), State::Succeeded, now.addDays(-1)),
                       job(QStringLiteral("canary"), State::Running)});
    notifier.flush();
    EXPECT_EQ(spy.count(), 0);

    notifier.noteJobs({job(QStringLiteral("running"), State::Running),
                       job(QStringLiteral("old"), State::Succeeded, now.addDays(-1)),
                       job(QStringLiteral("canary"), State::Running)});
    notifier.flush();
    EXPECT_EQ(spy.count(), 0) << "nothing changed";

    // One completes; one pauses (its canary failed); one appears already
    // stopped, after watching began; an old one appears ended long ago.
    notifier.noteJobs({job(QStringLiteral("quick"), State::Stopped, now.addSecs(5)),
                       job(QStringLiteral("running"), State::Succeeded, now.addSecs(4)),
                       job(QStringLiteral("old"), State::Succeeded, now.addDays(-1)),
                       job(QStringLiteral("ancient"), State::Failed, now.addDays(-30)),
                       job(QStringLiteral("canary"), State::Paused)});
    notifier.flush();
    ASSERT_EQ(spy.count(), 1);
    const auto n = spy.at(0).at(0).value<models::DesktopNotification>();
    EXPECT_EQ(n.kind, models::DesktopNotification::Kind::JobsEnded);
    EXPECT_EQ(n.items, (QStringList{QStringLiteral("quick"), QStringLiteral("running"), QStringLiteral("canary")}));
    EXPECT_EQ(n.title, QStringLiteral("3 bulk jobs ended"));
    EXPECT_TRUE(n.message.contains(QStringLiteral("Retry of canary: paused"))) << n.message.toStdString();

    // Still ended next time: not again. Resumed and completed: again.
    notifier.noteJobs({job(QStringLiteral("running"), State::Succeeded, now.addSecs(4)),
                       job(QStringLiteral("canary"), State::Running)});
    notifier.noteJobs({job(QStringLiteral("running"), State::Succeeded, now.addSecs(4)),
                       job(QStringLiteral("canary"), State::Succeeded, now.addSecs(9))});
    notifier.flush();
    ASSERT_EQ(spy.count(), 2);
    const auto one = spy.at(1).at(0).value<models::DesktopNotification>();
    EXPECT_EQ(one.title, QStringLiteral("Bulk job completed"));
    EXPECT_TRUE(one.message.startsWith(QStringLiteral("Retry of canary\n9 of 10 done"))) << one.message.toStdString();
}

TEST(DesktopNotifier, TurningItOffDropsWhatWaits)
{
    models::DesktopNotifier notifier;
    QSignalSpy spy(&notifier, &models::DesktopNotifier::notify);
    notifier.setEnabled(true);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    notifier.noteRuns({failedWith("eeeeeeeeeeeeeeee", "r1")});
    const auto g = group("eeeeeeeeeeeeeeee", now);
    notifier.noteGroup(QStringLiteral("eeeeeeeeeeeeeeee"), &g, now);
    EXPECT_TRUE(notifier.hasPending());
    notifier.setEnabled(false);
    EXPECT_FALSE(notifier.hasPending());
    notifier.flush();
    EXPECT_EQ(spy.count(), 0);
}

// --- Against the platform ----------------------------------------------------

namespace {

class RunComparisonPlatformTest : public ameide::test::PlatformFixture
{
protected:
    void SetUp() override
    {
        PlatformFixture::SetUp();
        client::ConnectionProfile profile;
        profile.id = QStringLiteral("test");
        profile.endpoint = QString::fromStdString(server().address());
        profile.tenantId = QStringLiteral("tenant-ameide");
        m_connection =
            std::make_unique<client::PlatformConnection>(profile, QString::fromStdString(token("ameide", "admin")));
        m_api = std::make_unique<client::RunsApi>(m_connection.get());
    }

    void TearDown() override
    {
        m_api.reset();
        m_connection.reset();
        PlatformFixture::TearDown();
    }

    std::unique_ptr<client::PlatformConnection> m_connection;
    std::unique_ptr<client::RunsApi> m_api;
};

} // namespace

TEST_F(RunComparisonPlatformTest, FindsTheLastGoodRunBeforeTheFailedOneAndComparesThem)
{
    const std::string definition = createDefinition("ameide", "compare-checkout", {"fetch", "charge", "ship"});
    models::RunComparisonModel model;
    QAbstractItemModelTester inputs(model.inputs(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester steps(model.steps(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setApi(m_api.get());

    // The definition's first run fails: there is nothing good before it.
    const auto first = runDefinitionToEnd("ameide", definition, R"({"simulate_failure": "charge", "duration_ms": 5})");
    ASSERT_EQ(first.status(), wf::WORKFLOW_RUN_STATUS_FAILED);
    model.compare(first);
    EXPECT_EQ(model.state(), models::RunComparisonModel::State::Loading);
    ASSERT_TRUE(waitFor([&] { return model.state() != models::RunComparisonModel::State::Loading; }));
    EXPECT_EQ(model.state(), models::RunComparisonModel::State::NoneFound);
    EXPECT_TRUE(model.stateText().contains(QStringLiteral("No completed run of compare-checkout")))
        << model.stateText().toStdString();

    const auto older = runDefinitionToEnd("ameide", definition, R"({"region": "eu", "duration_ms": 5})");
    const auto good = runDefinitionToEnd("ameide", definition,
                                         R"({"region": "eu", "tier": "gold", "duration_ms": 5})");
    ASSERT_EQ(good.status(), wf::WORKFLOW_RUN_STATUS_COMPLETED);
    const int version = publishVersion("ameide", definition, {"fetch", "charge", "ship"});
    const auto failed = runDefinitionToEnd(
        "ameide", definition, R"({"region": "us", "tier": "gold", "duration_ms": 5, "simulate_failure": "charge"})");
    ASSERT_EQ(failed.status(), wf::WORKFLOW_RUN_STATUS_FAILED);
    // A good run after the failed one is not the one before it.
    const auto later = runDefinitionToEnd("ameide", definition, R"({"region": "us", "duration_ms": 5})");
    ASSERT_EQ(later.status(), wf::WORKFLOW_RUN_STATUS_COMPLETED);
    ASSERT_NE(older.id(), good.id());

    model.compare(failed);
    ASSERT_TRUE(waitFor([&] { return model.state() != models::RunComparisonModel::State::Loading; }));
    ASSERT_EQ(model.state(), models::RunComparisonModel::State::Loaded) << model.stateText().toStdString();
    const auto &c = model.comparison();
    EXPECT_EQ(c.good.id(), good.id());
    EXPECT_EQ(c.failed.id(), failed.id());
    EXPECT_EQ(c.failed.version_number(), version);
    EXPECT_EQ(c.good.version_number(), 1);
    EXPECT_TRUE(c.versionDiffers());
    // region changed, simulate_failure added; tier and duration_ms the same.
    EXPECT_EQ(c.changedInputCount(), 2);
    EXPECT_EQ(model.inputs()->rowCount(), 2);
    ASSERT_EQ(model.steps()->rowCount(), 3);
    EXPECT_EQ(c.divergedStep, 1);
    EXPECT_TRUE(c.divergenceText().startsWith(QStringLiteral("Failed at step “charge”; the good run completed it in")))
        << c.divergenceText().toStdString();
    EXPECT_TRUE(model.steps()->index(1, 0).data(models::RunStepDiffModel::DivergedRole).toBool());

    // The same run again keeps what was found; a run that has not failed is not compared.
    model.compare(failed);
    EXPECT_EQ(model.state(), models::RunComparisonModel::State::Loaded);
    model.compare(later);
    EXPECT_EQ(model.state(), models::RunComparisonModel::State::NotFailed);
    EXPECT_EQ(model.steps()->rowCount(), 0);

    // Without a platform it says so, and trying again works once there is one.
    models::RunComparisonModel offline;
    offline.compare(failed);
    EXPECT_EQ(offline.state(), models::RunComparisonModel::State::Failed);
    EXPECT_FALSE(offline.errorText().isEmpty());
    offline.setApi(m_api.get());
    offline.compare(failed);
    ASSERT_TRUE(waitFor([&] { return offline.state() == models::RunComparisonModel::State::Loaded; }));
    EXPECT_EQ(offline.comparison().good.id(), good.id());
}

TEST_F(RunComparisonPlatformTest, NotifiesANewFailureSignatureFromTheLiveFeedOnce)
{
    models::DesktopNotifier notifier;
    QSignalSpy spy(&notifier, &models::DesktopNotifier::notify);
    notifier.setBatchInterval(std::chrono::milliseconds(100));
    notifier.setConnection(m_connection.get());
    EXPECT_FALSE(notifier.isWatching()) << "off by default";
    notifier.setEnabled(true);
    ASSERT_TRUE(notifier.isWatching());
    ASSERT_TRUE(waitFor([&] { return notifier.isLive(); }));

    // A failure of a signature the platform has never seen.
    const std::string errorClass =
        "NotifierTest" + QUuid::createUuid().toString(QUuid::Id128).left(8).toStdString();
    const std::string input = R"({"simulate_failure": "fetch", "duration_ms": 5, "error_class": ")" + errorClass
                              + R"(", "failure_reason": "upstream said no"})";
    const std::string definition = createDefinition("ameide", "notify-checkout", {"fetch", "charge"});
    const auto failed = runDefinitionToEnd("ameide", definition, input);
    ASSERT_EQ(failed.status(), wf::WORKFLOW_RUN_STATUS_FAILED);
    ASSERT_FALSE(failed.failure_signature().empty());
    ASSERT_TRUE(waitFor([&] { return spy.count() > 0; }, 15000));
    const auto n = spy.at(0).at(0).value<models::DesktopNotification>();
    EXPECT_EQ(n.items, QStringList{QString::fromStdString(failed.failure_signature())});
    EXPECT_TRUE(n.message.contains(QString::fromStdString(errorClass))) << n.message.toStdString();
    EXPECT_EQ(n.title, QStringLiteral("New failure in notify-checkout"));

    // The same failure again: nothing more.
    runDefinitionToEnd("ameide", definition, input);
    QTest::qWait(1000);
    EXPECT_EQ(spy.count(), 1);

    // Off: the feed stops.
    notifier.setEnabled(false);
    EXPECT_FALSE(notifier.isWatching());
}

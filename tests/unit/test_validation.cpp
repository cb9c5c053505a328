#include "auth/permissions.h"
#include "core/status_error.h"
#include "platform_server.h"
#include "services/validation.h"
#include "services/workflow_operations_service.h"

#include <gtest/gtest.h>

using namespace ameide::platform;
namespace pv1 = ameide_core_proto::platform::v1;

namespace {

grpc::StatusCode codeOf(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const StatusError &e) {
        return e.code();
    }
    return grpc::StatusCode::OK;
}

std::string messageOf(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const StatusError &e) {
        return e.what();
    }
    return {};
}

ameide_core_proto::common::v1::PaginationRequest page(int size, const std::string &token = {})
{
    ameide_core_proto::common::v1::PaginationRequest p;
    p.set_page_size(size);
    p.set_page_token(token);
    return p;
}

} // namespace

TEST(PageTokens, RoundTripKeepsTheCursor)
{
    const auto token = makePageToken("runs|tenant-a|f", {"1700000000000", "42"});
    const auto parsed = parsePage(page(50, token), "runs|tenant-a|f");
    EXPECT_EQ(parsed.pageSize, 50);
    ASSERT_TRUE(parsed.hasCursor);
    EXPECT_EQ(parsed.cursor, (std::vector<std::string>{"1700000000000", "42"}));
}

TEST(PageTokens, AreBoundToTheirListAndFilter)
{
    const auto token = makePageToken("runs|tenant-a|f", {"1", "2"});
    EXPECT_EQ(codeOf([&] { parsePage(page(50, token), "runs|tenant-b|f"); }), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_EQ(codeOf([&] { parsePage(page(50, token), "runs|tenant-a|g"); }), grpc::StatusCode::INVALID_ARGUMENT);
}

TEST(PageTokens, GarbageIsInvalidArgument)
{
    for (const std::string &bad : std::vector<std::string>{"zz", "abc", "00", std::string(2000, 'a'), "not a token"})
        EXPECT_EQ(codeOf([&] { parsePage(page(10, bad), "s"); }), grpc::StatusCode::INVALID_ARGUMENT) << bad;
}

TEST(PageSize, MustBeBetweenOneAndAThousand)
{
    EXPECT_EQ(codeOf([] { parsePage(page(1), "s"); }), grpc::StatusCode::OK);
    EXPECT_EQ(codeOf([] { parsePage(page(1000), "s"); }), grpc::StatusCode::OK);
    for (int bad : {0, -1, 1001, 1 << 30})
        EXPECT_EQ(codeOf([&] { parsePage(page(bad), "s"); }), grpc::StatusCode::INVALID_ARGUMENT) << bad;
    EXPECT_NE(messageOf([] { parsePage(page(0), "s"); }).find("pagination.page_size"), std::string::npos);
}

TEST(Ids, AreCheckedForPresenceLengthAndCharacters)
{
    EXPECT_EQ(codeOf([] { requireId("run_id", "run-1:a.b_c"); }), grpc::StatusCode::OK);
    EXPECT_EQ(codeOf([] { requireId("run_id", ""); }), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_EQ(codeOf([] { requireId("run_id", std::string(129, 'a')); }), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_EQ(codeOf([] { requireId("run_id", "a b"); }), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_EQ(codeOf([] { requireId("run_id", "a/../b"); }), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_EQ(codeOf([] { requireId("run_id", std::string("a\0b", 3)); }), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_NE(messageOf([] { requireId("run_id", ""); }).find("run_id"), std::string::npos);
}

TEST(Text, MustBeValidUtf8WithinItsLimit)
{
    EXPECT_EQ(codeOf([] { requireText("name", "Sprint Review – café", 200); }), grpc::StatusCode::OK);
    EXPECT_EQ(codeOf([] { requireText("name", "\xff\xfe", 200); }), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_EQ(codeOf([] { requireText("name", "\xe2\x82", 200); }), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_EQ(codeOf([] { requireText("name", std::string(201, 'x'), 200); }), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_EQ(codeOf([] { requireText("name", "", 200); }), grpc::StatusCode::INVALID_ARGUMENT);
}

TEST(WatchCursor, RoundTripsAndRejectsGarbage)
{
    for (std::int64_t seq : {std::int64_t{0}, std::int64_t{1}, std::int64_t{123456789012}})
        EXPECT_EQ(decodeWatchCursor("abc123", encodeWatchCursor("abc123", seq)), seq);
    for (const std::string &bad : std::vector<std::string>{"", "zz", "77633a", "77633a2d31", std::string(100, '7'),
                                                           encodeWatchCursor("abc123", 1).substr(2)})
        EXPECT_EQ(codeOf([&] { decodeWatchCursor("abc123", bad); }), grpc::StatusCode::INVALID_ARGUMENT) << bad;
}

TEST(WatchCursor, FromAnotherStoreInstanceIsOutOfRange)
{
    EXPECT_EQ(codeOf([] { decodeWatchCursor("abc123", encodeWatchCursor("def456", 7)); }),
              grpc::StatusCode::OUT_OF_RANGE);
}

TEST(Listen, OnlyLoopbackCountsAsLoopback)
{
    EXPECT_TRUE(isLoopbackAddress("127.0.0.1:50051"));
    EXPECT_TRUE(isLoopbackAddress("127.1.2.3:0"));
    EXPECT_TRUE(isLoopbackAddress("localhost:50051"));
    EXPECT_TRUE(isLoopbackAddress("[::1]:50051"));
    EXPECT_FALSE(isLoopbackAddress("0.0.0.0:50051"));
    EXPECT_FALSE(isLoopbackAddress("[::]:50051"));
    EXPECT_FALSE(isLoopbackAddress("10.0.0.1:50051"));
    EXPECT_FALSE(isLoopbackAddress("localhost.example.com:50051"));
    EXPECT_FALSE(isLoopbackAddress("127.example.com:50051"));
}

TEST(Roles, GrantExactlyWhatTheContractSays)
{
    struct Row
    {
        pv1::Role role;
        bool readTenant, read, manage, report, administer;
    };
    const Row rows[] = {
        {pv1::ROLE_ADMIN, true, true, true, true, true},
        {pv1::ROLE_CONTRIBUTOR, true, true, true, false, false},
        {pv1::ROLE_VIEWER, true, true, false, false, false},
        {pv1::ROLE_GUEST, true, false, false, false, false},
        {pv1::ROLE_SERVICE, true, true, true, true, false},
        {pv1::ROLE_UNSPECIFIED, false, false, false, false, false},
    };
    for (const auto &r : rows) {
        SCOPED_TRACE(pv1::Role_Name(r.role));
        EXPECT_EQ(roleAllows(r.role, Permission::ReadTenant), r.readTenant);
        EXPECT_EQ(roleAllows(r.role, Permission::Read), r.read);
        EXPECT_EQ(roleAllows(r.role, Permission::ManageWorkflows), r.manage);
        EXPECT_EQ(roleAllows(r.role, Permission::ReportStatus), r.report);
        EXPECT_EQ(roleAllows(r.role, Permission::Administer), r.administer);
    }
}

#include "core/failure_signature.h"
#include "core/ids.h"

#include <gtest/gtest.h>

using namespace ameide::platform;

TEST(FailureSignature, NumbersIdsAndQuotedValuesNormaliseAway)
{
    EXPECT_EQ(normalizeFailureMessage("timeout after 30212 ms"), "timeout after # ms");
    EXPECT_EQ(normalizeFailureMessage("merge conflict in PR #1234"), "merge conflict in PR ##");
    EXPECT_EQ(normalizeFailureMessage("run 3f2a9c1b-77aa-4bcd-9e01-0123456789ab failed"), "run * failed");
    EXPECT_EQ(normalizeFailureMessage("request req_deadbeef rejected"), "request req_* rejected");
    EXPECT_EQ(normalizeFailureMessage("digest sha256:0123abcd4567ef89"), "digest sha#:*");
    EXPECT_EQ(normalizeFailureMessage("file 'a/b.go' and \"c d\" differ"), "file \"\xE2\x80\xA6\" and \"\xE2\x80\xA6\" differ");
    EXPECT_EQ(normalizeFailureMessage("  too \t many\n  spaces  "), "too many spaces");
    // An apostrophe inside a word is not a quote; an unterminated quote stays.
    EXPECT_EQ(normalizeFailureMessage("don't retry 'this"), "don't retry 'this");
    // Short hex-looking words and words with hex letters inside stay.
    EXPECT_EQ(normalizeFailureMessage("deadbeef cafe decade feedback"), "* cafe decade feedback");
    EXPECT_EQ(normalizeFailureMessage(""), "");
}

TEST(FailureSignature, IsTheFirst16HexDigitsOfSha256OfStepClassAndNormalisedMessage)
{
    const std::string expected =
        toHex(sha256(std::string("build") + '\x1f' + "Timeout" + '\x1f' + "timeout after # ms")).substr(0, 16);
    EXPECT_EQ(failureSignature("build", "Timeout", "timeout after 30212 ms"), expected);
    EXPECT_EQ(failureSignature("build", "Timeout", "timeout  after 17 ms "), expected);
    EXPECT_NE(failureSignature("test", "Timeout", "timeout after 30212 ms"), expected);
    EXPECT_NE(failureSignature("build", "Unavailable", "timeout after 30212 ms"), expected);
    EXPECT_TRUE(isFailureSignature(expected));
    EXPECT_FALSE(isFailureSignature("0123456789ABCDEF"));
    EXPECT_FALSE(isFailureSignature("0123"));
}

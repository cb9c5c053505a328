// Run links: what the console builds, and what it accepts when pasted.
#include "client/deep_link.h"

#include <gtest/gtest.h>

using ameide::client::isValidLinkId;
using ameide::client::parseRunLink;
using ameide::client::RunLink;
using ameide::client::runLink;

TEST(DeepLink, BuildsTheLinkOfARun)
{
    const QUrl url = runLink(QStringLiteral("tenant-ameide"), QStringLiteral("0f6c1d2e-aaaa-4bbb-8ccc-123456789abc"));
    ASSERT_TRUE(url.isValid());
    EXPECT_EQ(url.toString(), QStringLiteral("ameide://tenant-ameide/runs/0f6c1d2e-aaaa-4bbb-8ccc-123456789abc"));
    EXPECT_EQ(url.scheme(), QStringLiteral("ameide"));
    EXPECT_EQ(url.host(), QStringLiteral("tenant-ameide"));
    EXPECT_EQ(url.path(), QStringLiteral("/runs/0f6c1d2e-aaaa-4bbb-8ccc-123456789abc"));
}

TEST(DeepLink, RoundTripsEveryAllowedCharacter)
{
    const QString tenant = QStringLiteral("tenant_a.b-9");
    const QString run = QStringLiteral("Run.ID_with-Dashes.0123456789");
    const auto link = parseRunLink(runLink(tenant, run).toString());
    ASSERT_TRUE(link.has_value());
    EXPECT_EQ(link->tenantId, tenant);
    EXPECT_EQ(link->runId, run);
}

TEST(DeepLink, KeepsTheCaseOfWhatWasPasted)
{
    const auto link = parseRunLink(QStringLiteral("  AMEIDE://Tenant-X/runs/AbC  "));
    ASSERT_TRUE(link.has_value());
    EXPECT_EQ(*link, (RunLink{QStringLiteral("Tenant-X"), QStringLiteral("AbC")}));
}

TEST(DeepLink, AcceptsIdsOfExactly128Characters)
{
    const QString longest(128, QLatin1Char('a'));
    EXPECT_TRUE(isValidLinkId(longest));
    const QUrl url = runLink(QStringLiteral("tenant-ameide"), longest);
    ASSERT_TRUE(url.isValid());
    EXPECT_EQ(parseRunLink(url.toString())->runId, longest);
    const auto link = parseRunLink(QStringLiteral("ameide://") + longest + QStringLiteral("/runs/") + longest);
    ASSERT_TRUE(link.has_value());
    EXPECT_EQ(link->tenantId, longest);
    EXPECT_EQ(link->runId, longest);
}

TEST(DeepLink, TheTenantIsAHostSoItsCaseFoldsAndItsPartsAreShort)
{
    // QUrl writes hosts in lower case; the platform's tenant ids are lower case.
    EXPECT_EQ(runLink(QStringLiteral("Tenant-X"), QStringLiteral("R1")).toString(),
              QStringLiteral("ameide://tenant-x/runs/R1"));
    // A DNS label is at most 63 characters: such a tenant has no link.
    EXPECT_FALSE(runLink(QString(64, QLatin1Char('t')), QStringLiteral("r")).isValid());
    EXPECT_TRUE(runLink(QString(63, QLatin1Char('t')), QStringLiteral("r")).isValid());
}

TEST(DeepLink, RefusesToBuildLinksOfInvalidIds)
{
    EXPECT_FALSE(runLink({}, QStringLiteral("r")).isValid());
    EXPECT_FALSE(runLink(QStringLiteral("t"), {}).isValid());
    EXPECT_FALSE(runLink(QStringLiteral("t/x"), QStringLiteral("r")).isValid());
    EXPECT_FALSE(runLink(QStringLiteral("t"), QStringLiteral("r?x=1")).isValid());
    EXPECT_FALSE(runLink(QStringLiteral("t"), QString(129, QLatin1Char('a'))).isValid());
    EXPECT_FALSE(runLink(QStringLiteral("tenant ameide"), QStringLiteral("r")).isValid());
    EXPECT_FALSE(runLink(QStringLiteral("t"), QStringLiteral("rün")).isValid());
}

TEST(DeepLink, RejectsAnythingButARunLink)
{
    const QString tooLong = QString(129, QLatin1Char('a'));
    const QStringList bad = {
        QString(),
        QStringLiteral("   "),
        QStringLiteral("ameide-run-id"),
        QStringLiteral("https://tenant-ameide/runs/r1"),
        QStringLiteral("ameid://tenant-ameide/runs/r1"),
        QStringLiteral("ameide:/tenant-ameide/runs/r1"),
        QStringLiteral("ameide:tenant-ameide/runs/r1"),
        QStringLiteral("ameide:///runs/r1"),
        QStringLiteral("ameide://tenant-ameide/runs/"),
        QStringLiteral("ameide://tenant-ameide/runs"),
        QStringLiteral("ameide://tenant-ameide/runs/r1/"),
        QStringLiteral("ameide://tenant-ameide/runs/r1/steps"),
        QStringLiteral("ameide://tenant-ameide/run/r1"),
        QStringLiteral("ameide://tenant-ameide/RUNS/r1"),
        QStringLiteral("ameide://tenant-ameide//runs/r1"),
        QStringLiteral("ameide://tenant-ameide/runs//r1"),
        QStringLiteral("ameide://tenant-ameide/definitions/r1"),
        QStringLiteral("ameide://tenant-ameide:8080/runs/r1"),
        QStringLiteral("ameide://user@tenant-ameide/runs/r1"),
        QStringLiteral("ameide://tenant-ameide/runs/r1?tab=history"),
        QStringLiteral("ameide://tenant-ameide/runs/r1#history"),
        QStringLiteral("ameide://tenant-ameide/runs/r%31"),
        QStringLiteral("ameide://tenant%2Dameide/runs/r1"),
        QStringLiteral("ameide://tenant ameide/runs/r1"),
        QStringLiteral("ameide://tenant-ameide/runs/r 1"),
        QStringLiteral("ameide://tenant-ameide/runs/rün"),
        QStringLiteral("ameide://tenant-ameide/runs/r1\nameide://x/runs/y"),
        QStringLiteral("ameide://tenant-ameide/runs/../r1"),
        QStringLiteral("ameide://") + tooLong + QStringLiteral("/runs/r1"),
        QStringLiteral("ameide://tenant-ameide/runs/") + tooLong,
    };
    for (const QString &text : bad)
        EXPECT_FALSE(parseRunLink(text).has_value()) << text.toStdString();
}

TEST(DeepLink, ValidIdsAreAsciiLettersDigitsDotsUnderscoresAndDashes)
{
    EXPECT_TRUE(isValidLinkId(QStringLiteral("a")));
    EXPECT_TRUE(isValidLinkId(QStringLiteral("A.z_0-9")));
    EXPECT_FALSE(isValidLinkId(QString()));
    EXPECT_FALSE(isValidLinkId(QStringLiteral("a:b")));
    EXPECT_FALSE(isValidLinkId(QStringLiteral("a/b")));
    EXPECT_FALSE(isValidLinkId(QStringLiteral("a%20b")));
    EXPECT_FALSE(isValidLinkId(QStringLiteral("é")));
}

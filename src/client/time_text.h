#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace ameide::client {

// The console's one rule for time, for every screen and for the run query:
// times are shown, and read, in the user's zone (the operating system's:
// TZ, /etc/localtime). Every absolute time shown says its zone
// ("2026-12-02 07:41:51 CET"; "UTC+05:30" for a zone without an
// abbreviation); where people scan a list, a relative time ("3 min ago")
// is shown and the absolute one is in its tooltip. The run query reads
// after:/before: in the same zone unless they end in Z or an offset, and
// since: is relative to now (since:today to the user's midnight).
class TimeText
{
    Q_DECLARE_TR_FUNCTIONS(TimeText)
public:
    enum class Precision { Minutes, Seconds, Milliseconds };

    // "2026-12-02 07:41", "2026-12-02 07:41:51" or "2026-12-02 07:41:51.123",
    // in the user's zone, followed by the zone; empty for an invalid time.
    static QString absolute(const QDateTime &when, Precision precision = Precision::Seconds);
    static QString absoluteMs(qint64 msSinceEpoch, Precision precision = Precision::Seconds);
    // The user's zone at that time, as absolute() writes it: "CET", "CEST",
    // "UTC", or the offset ("UTC+05:30") when the zone has no abbreviation.
    static QString zone(const QDateTime &when);
    // How long ago, for scanning: "just now", "42 s ago", "5 min ago",
    // "3 h ago", "2 d ago"; a time ahead of now reads "just now"; empty for
    // an invalid time.
    static QString ago(const QDateTime &when, const QDateTime &now);
    // ISO 8601 in the user's zone with its offset, for copying and machines:
    // "2026-12-02T07:41:51.123+01:00"; empty for an invalid time.
    static QString iso(const QDateTime &when);
    // The widest text absolute() gives this year (summer and winter zones
    // differ), for sizing a column without measuring every row.
    static QString sample(Precision precision = Precision::Seconds);
    // A long text ago() gives ("99 days ago" in the language spoken), for
    // sizing a column of relative times.
    static QString agoSample();

    // The instant the user's clock shows as `date` `time` (in UTC). A time
    // the clock skips (the hour lost when summer time starts) is read with
    // the offset before the change, so it lands after the gap; a time the
    // clock shows twice (the hour repeated when it ends) is the first.
    static QDateTime fromLocal(const QDate &date, const QTime &time);
    // The user's midnight that began the day of `now` (in UTC); invalid for
    // an invalid now.
    static QDateTime startOfDay(const QDateTime &now);
};

} // namespace ameide::client

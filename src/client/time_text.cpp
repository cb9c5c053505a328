#include "client/time_text.h"

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <optional>

namespace ameide::client {

namespace {

constexpr qint64 kDayMs = qint64{24} * 60 * 60 * 1000;

// The user's offset from UTC at an instant, in milliseconds.
qint64 offsetMsAt(qint64 msSinceEpoch)
{
    return qint64{QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::LocalTime).offsetFromUtc()} * 1000;
}

// "UTC", "UTC+01:00", "UTC-05:30" (and seconds for the odd historical offset).
QString offsetText(int offsetSeconds)
{
    if (offsetSeconds == 0)
        return QStringLiteral("UTC");
    const int magnitude = std::abs(offsetSeconds);
    QString text = QStringLiteral("UTC%1%2:%3")
                       .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                       .arg(magnitude / 3600, 2, 10, QLatin1Char('0'))
                       .arg((magnitude / 60) % 60, 2, 10, QLatin1Char('0'));
    if (magnitude % 60 != 0)
        text += QStringLiteral(":%1").arg(magnitude % 60, 2, 10, QLatin1Char('0'));
    return text;
}

// An abbreviation worth showing is a word ("CET", "EST", "UTC"); zones
// without one report their offset ("+04", "-03"), which we write our way.
bool isWord(const QString &abbreviation)
{
    return !abbreviation.isEmpty()
        && std::all_of(abbreviation.begin(), abbreviation.end(), [](QChar c) { return c.isLetter(); });
}

} // namespace

QString TimeText::zone(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const QString abbreviation = local.timeZoneAbbreviation();
    return isWord(abbreviation) ? abbreviation : offsetText(local.offsetFromUtc());
}

QString TimeText::absolute(const QDateTime &when, Precision precision)
{
    if (!when.isValid())
        return {};
    QString format;
    switch (precision) {
    case Precision::Minutes: format = QStringLiteral("yyyy-MM-dd HH:mm"); break;
    case Precision::Seconds: format = QStringLiteral("yyyy-MM-dd HH:mm:ss"); break;
    case Precision::Milliseconds: format = QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"); break;
    }
    //: A time and its zone, e.g. "2026-12-02 07:41:51 CET".
    return tr("%1 %2").arg(when.toLocalTime().toString(format), zone(when));
}

QString TimeText::absoluteMs(qint64 msSinceEpoch, Precision precision)
{
    return absolute(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC), precision);
}

QString TimeText::ago(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid() || !now.isValid())
        return {};
    const qint64 seconds = std::max<qint64>(0, when.secsTo(now));
    if (seconds < 10)
        return tr("just now");
    if (seconds < 60)
        return tr("%n s ago", nullptr, static_cast<int>(seconds));
    if (seconds < 3600)
        return tr("%n min ago", nullptr, static_cast<int>(seconds / 60));
    if (seconds < 86400)
        return tr("%n h ago", nullptr, static_cast<int>(seconds / 3600));
    return tr("%n d ago", nullptr, static_cast<int>(std::min<qint64>(seconds / 86400, INT_MAX)));
}

QString TimeText::iso(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QString TimeText::agoSample()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return ago(now.addDays(-99), now);
}

QString TimeText::sample(Precision precision)
{
    const int year = QDate::currentDate().year();
    const QString winter = absolute(fromLocal(QDate(year, 1, 31), QTime(23, 59, 59, 999)), precision);
    const QString summer = absolute(fromLocal(QDate(year, 7, 31), QTime(23, 59, 59, 999)), precision);
    return summer.size() > winter.size() ? summer : winter;
}

QDateTime TimeText::fromLocal(const QDate &date, const QTime &time)
{
    if (!date.isValid() || !time.isValid())
        return {};
    // The clock's reading taken as if it were UTC, then each offset in force
    // a day either side (no zone changes twice within two days): a reading
    // is that instant less an offset that is in force at the result.
    const qint64 naive = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    const qint64 before = offsetMsAt(naive - kDayMs);
    const qint64 after = offsetMsAt(naive + kDayMs);
    std::optional<qint64> instant;
    for (const qint64 offset : {before, after}) {
        const qint64 candidate = naive - offset;
        if (offsetMsAt(candidate) == offset && (!instant || candidate < *instant))
            instant = candidate;
    }
    // In none: the clock skipped this reading.
    return QDateTime::fromMSecsSinceEpoch(instant.value_or(naive - before), Qt::UTC);
}

QDateTime TimeText::startOfDay(const QDateTime &now)
{
    if (!now.isValid())
        return {};
    return fromLocal(now.toLocalTime().date(), QTime(0, 0));
}

} // namespace ameide::client

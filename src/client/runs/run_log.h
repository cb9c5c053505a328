#pragma once

#include "ameide_core_proto/workflows_runtime/v1/workflows_operations_service.pb.h"

#include <QList>
#include <QPair>
#include <QString>

#include <string>
#include <vector>

// Step logs as the layers above the client see them: lines copied out of
// the contract's records (on the gRPC thread), so a log of 100,000 lines
// costs the GUI thread nothing to receive and little memory to keep.
namespace ameide::client {

namespace runs {

using LogLevel = ameide_core_proto::workflows_runtime::v1::RunLogLevel;

struct LogLine
{
    qint64 sequence = 0;
    QString stepId;
    LogLevel level = ameide_core_proto::workflows_runtime::v1::RUN_LOG_LEVEL_UNSPECIFIED;
    // Milliseconds since the epoch.
    qint64 timeMs = 0;
    QString message;
    // The line's context, by key.
    QList<QPair<QString, QString>> fields;
};

// Debug, info, warning, error: the levels a line can have, lowest first.
const QList<LogLevel> &allLogLevels();

} // namespace runs

// What to ask of one run's log: the filters are the platform's.
struct LogQuery
{
    QString runId;
    // Empty: every step (and the run's own lines).
    QString stepId;
    // Lines at this level or above; unspecified for all.
    runs::LogLevel minLevel = ameide_core_proto::workflows_runtime::v1::RUN_LOG_LEVEL_UNSPECIFIED;
    // Case-insensitive substring of the message.
    QString contains;
    // 1..5000; 0 for the platform's default (1000).
    int pageSize = 0;
    std::string pageToken;
    // Lines after this sequence only (following a running run); not with a token.
    qint64 afterSequence = 0;
};

struct LogPage
{
    std::vector<runs::LogLine> lines;
    // Empty on the last page.
    std::string nextPageToken;
    // Lines the filters match, in all.
    qint64 total = 0;
    // The run's greatest sequence so far, whatever the filters.
    qint64 lastSequence = 0;
};

} // namespace ameide::client

#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace ameide::client {

class PlatformConnection;

// What one probe of a service found: whether the service is routed and
// answering, the gRPC status code (0 for OK) and its name, the latency and
// what it means for people.
struct ServiceProbeResult
{
    int index = 0;
    int code = -1;
    QString codeName;
    qint64 micros = 0;
    QString detail;
};

// The services the probe calls, in the order of the results' index.
QStringList probedServices();

// Calls every service of the contract once with a request it answers
// cheaply; `done` runs once per service on the receiver's thread. Without a
// connection every service reports UNAVAILABLE.
void probeServices(PlatformConnection *connection, QObject *receiver,
                   const std::function<void(const ServiceProbeResult &)> &done);

} // namespace ameide::client

#include "client/service_probe.h"

#include "client/platform_connection.h"
#include "client/status_text.h"

#include <QCoreApplication>

namespace ameide::client {

namespace {

namespace wf = ameide_core_proto::workflows_runtime::v1;
namespace pv1 = ameide_core_proto::platform::v1;

ServiceProbeResult resultOf(int index, const grpc::Status &status, qint64 micros, const QString &service,
                            const QString &endpoint)
{
    return {index, static_cast<int>(status.error_code()), statusCodeName(status.error_code()), micros,
            status.ok() ? QCoreApplication::translate("ServiceProbe", "Answered.")
                        : describeStatus(status, service, endpoint)};
}

} // namespace

QStringList probedServices()
{
    return {QStringLiteral("grpc.health.v1.Health"), QStringLiteral("WorkflowService"),
            QStringLiteral("WorkflowOperationsService"), QStringLiteral("TenantService"),
            QStringLiteral("OrganizationService")};
}

void probeServices(PlatformConnection *connection, QObject *receiver,
                   const std::function<void(const ServiceProbeResult &)> &done)
{
    const QStringList services = probedServices();
    if (!connection) {
        const grpc::Status none(grpc::StatusCode::UNAVAILABLE, {});
        for (int i = 0; i < services.size(); ++i) {
            auto result = resultOf(i, none, 0, services[i], {});
            result.detail = QCoreApplication::translate("ServiceProbe", "There is no connection.");
            done(result);
        }
        return;
    }
    const QString endpoint = connection->profile().endpoint;
    auto report = [done, endpoint, services](int index) {
        return [done, endpoint, index, service = services[index]](const grpc::Status &status, qint64 micros) {
            done(resultOf(index, status, micros, service, endpoint));
        };
    };
    connection->checkHealth(receiver, report(0));

    wf::ListWorkflowDefinitionsRequest definitions;
    definitions.mutable_pagination()->set_page_size(1);
    connection->call<wf::ListWorkflowDefinitionsRequest, wf::ListWorkflowDefinitionsResponse>(
        receiver, definitions,
        [s = connection->workflows()](auto *ctx, auto *req, auto *resp, auto cb) {
            s->async()->ListWorkflowDefinitions(ctx, req, resp, std::move(cb));
        },
        [r = report(1)](const grpc::Status &st, const auto &, qint64 us) { r(st, us); });

    // An empty retry is refused by validation before anything else, so
    // INVALID_ARGUMENT proves the service is routed and answering.
    wf::RetryWorkflowRunRequest retry;
    connection->call<wf::RetryWorkflowRunRequest, wf::RetryWorkflowRunResponse>(
        receiver, retry,
        [s = connection->operations()](auto *ctx, auto *req, auto *resp, auto cb) {
            s->async()->RetryWorkflowRun(ctx, req, resp, std::move(cb));
        },
        [r = report(2)](const grpc::Status &st, const auto &, qint64 us) {
            r(st.error_code() == grpc::StatusCode::INVALID_ARGUMENT ? grpc::Status::OK : st, us);
        });

    pv1::ListTenantsRequest tenants;
    tenants.mutable_pagination()->set_page_size(1);
    connection->call<pv1::ListTenantsRequest, pv1::ListTenantsResponse>(
        receiver, tenants,
        [s = connection->tenants()](auto *ctx, auto *req, auto *resp, auto cb) {
            s->async()->ListTenants(ctx, req, resp, std::move(cb));
        },
        [r = report(3)](const grpc::Status &st, const auto &, qint64 us) { r(st, us); });

    pv1::ListOrganizationsRequest organizations;
    organizations.mutable_pagination()->set_page_size(1);
    connection->call<pv1::ListOrganizationsRequest, pv1::ListOrganizationsResponse>(
        receiver, organizations,
        [s = connection->organizations()](auto *ctx, auto *req, auto *resp, auto cb) {
            s->async()->ListOrganizations(ctx, req, resp, std::move(cb));
        },
        [r = report(4)](const grpc::Status &st, const auto &, qint64 us) { r(st, us); });
}

} // namespace ameide::client

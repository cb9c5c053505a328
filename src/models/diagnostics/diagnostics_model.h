#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace ameide::client {
class PlatformConnection;
struct ServiceProbeResult;
} // namespace ameide::client

namespace ameide::models {

// Probes every service of the contract on a connection and shows, per
// service, OK / UNIMPLEMENTED / PERMISSION_DENIED / UNAVAILABLE (or another
// status) with the call's latency and what it means.
class DiagnosticsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsModel)
public:
    enum Column { ServiceColumn, ResultColumn, LatencyColumn, DetailColumn, ColumnCount };
    enum Role { StatusCodeRole = Qt::UserRole + 1, LatencyMicrosRole };

    explicit DiagnosticsModel(QObject *parent = nullptr);

    // Starts probing; rows fill in as answers arrive; finished() follows.
    void run(ameide::client::PlatformConnection *connection);
    bool isRunning() const { return m_pending > 0; }
    // The table as text, for copying into a ticket.
    QString report() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void finished();

private:
    struct Row
    {
        QString service;
        bool done = false;
        int code = -1;
        QString codeName;
        qint64 micros = 0;
        QString detail;
    };
    void setResult(const ameide::client::ServiceProbeResult &result);

    QList<Row> m_rows;
    int m_pending = 0;
    int m_generation = 0;
};

} // namespace ameide::models

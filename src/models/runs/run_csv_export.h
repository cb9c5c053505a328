#pragma once

#include "client/runs/runs_api.h"

#include "client/api_result.h"
#include "client/runs/run_filter.h"
#include "client/runs/workflow_run.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSaveFile>
#include <QString>
#include <QStringList>

#include <string>

namespace ameide::models {

// Writes every run of a filter, in the list's order, to a CSV file, page by
// page. The file appears only when the export is through (written to a
// temporary name and renamed), so a stopped or failed export leaves nothing.
// Cells a spreadsheet would read as a formula are escaped.
class RunCsvExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunCsvExport)
public:
    RunCsvExport(ameide::client::RunsApi *api, const ameide::client::RunFilter &filter,
                 ameide::client::runs::SortField sortField, bool ascending, const QString &path,
                 QObject *parent = nullptr);
    ~RunCsvExport() override;

    void start();
    // Stops after the page in flight; nothing is written.
    void stop();

    QString path() const { return m_path; }
    qint64 rows() const { return m_rows; }

    // The header line's fields and one run's fields, in the same order.
    static QStringList header();
    static QStringList values(const ameide::client::runs::WorkflowRun &run);
    // One CSV line (CRLF-terminated) of these fields.
    static QByteArray line(const QStringList &fields);

Q_SIGNALS:
    void progress(qint64 rows);
    // An empty error means the file is complete.
    void finished(const QString &path, qint64 rows, const QString &error);

private:
    void requestPage();
    void finish(const QString &error);

    QPointer<ameide::client::RunsApi> m_api;
    ameide::client::RunFilter m_filter;
    ameide::client::runs::SortField m_sortField;
    bool m_ascending;
    QString m_path;
    QSaveFile m_file;
    std::string m_token;
    qint64 m_rows = 0;
    bool m_stopped = false;
    bool m_done = false;
    ameide::client::CallHandle m_call;
};

} // namespace ameide::models

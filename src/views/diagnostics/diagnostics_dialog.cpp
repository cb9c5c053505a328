#include "views/diagnostics/diagnostics_dialog.h"

#include "client/console_session.h"
#include "models/diagnostics/diagnostics_model.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

namespace ameide::views {

using ameide::client::ConsoleSession;

namespace {

const QString kGeometryKey = QStringLiteral("diagnosticsDialog/geometry");

} // namespace

DiagnosticsDialog::DiagnosticsDialog(ConsoleSession *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_model(new models::DiagnosticsModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_runAgainButton(new QPushButton(tr("&Run again"), this))
    , m_copyButton(new QPushButton(tr("Co&py report"), this))
{
    setWindowTitle(tr("Connection diagnostics"));
    setAccessibleName(tr("Connection diagnostics"));

    m_table->setObjectName(QStringLiteral("diagnosticsTable"));
    m_table->setAccessibleName(tr("Service probes"));
    m_table->setAccessibleDescription(tr("One row per platform service: the result, its latency and what it means"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(models::DiagnosticsModel::DetailColumn, QHeaderView::Stretch);
    // Details wrap, so rows grow to show all of them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_status->setObjectName(QStringLiteral("diagnosticsStatus"));
    m_status->setAccessibleName(tr("Diagnostics status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();

    m_runAgainButton->setObjectName(QStringLiteral("runAgain"));
    m_runAgainButton->setAccessibleName(tr("Run the probes again"));
    m_runAgainButton->setAutoDefault(false);
    m_copyButton->setObjectName(QStringLiteral("copyReport"));
    m_copyButton->setAccessibleName(tr("Copy the report to the clipboard"));
    m_copyButton->setAutoDefault(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setAccessibleName(tr("Dialog buttons"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_runAgainButton);
    buttonRow->addWidget(m_copyButton);
    buttonRow->addStretch(1);
    buttonRow->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttonRow);

    connect(m_runAgainButton, &QPushButton::clicked, this, &DiagnosticsDialog::runAgain);
    connect(m_copyButton, &QPushButton::clicked, this, &DiagnosticsDialog::copyReport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &models::DiagnosticsModel::finished, this, [this] {
        if (!m_showsNoConnection)
            setStatus({});
    });
    connect(m_controller, &ConsoleSession::phaseChanged, this, [this] {
        if (m_showsNoConnection)
            setStatus(noConnectionText());
    });

    if (!restoreGeometry(QSettings().value(kGeometryKey).toByteArray()))
        resize(820, 440);
}

DiagnosticsDialog::~DiagnosticsDialog() = default;

void DiagnosticsDialog::runAgain()
{
    client::PlatformConnection *connection = m_controller->connection();
    if (!connection) {
        m_showsNoConnection = true;
        setStatus(noConnectionText());
        return;
    }
    m_showsNoConnection = false;
    setStatus(tr("Probing…"));
    m_model->run(connection);
    // run() may have nothing to wait for, in which case finished() has
    // already been and gone.
    if (!m_model->isRunning())
        setStatus({});
}

void DiagnosticsDialog::copyReport()
{
    QGuiApplication::clipboard()->setText(m_model->report());
    if (!m_model->isRunning() && !m_showsNoConnection)
        setStatus(tr("The report is on the clipboard."));
}

void DiagnosticsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_ran && !event->spontaneous()) {
        m_ran = true;
        runAgain();
    }
}

void DiagnosticsDialog::hideEvent(QHideEvent *event)
{
    // Every way of closing a dialog hides it; closeEvent misses reject().
    if (!event->spontaneous())
        QSettings().setValue(kGeometryKey, saveGeometry());
    QDialog::hideEvent(event);
}

QString DiagnosticsDialog::noConnectionText() const
{
    const QString why = m_controller->phaseText();
    return why.isEmpty() ? tr("There is no connection to probe: the console has not connected yet.")
                         : tr("There is no connection to probe: %1").arg(why);
}

void DiagnosticsDialog::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setAccessibleDescription(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace ameide::views

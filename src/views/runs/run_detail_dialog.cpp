#include "views/runs/run_detail_dialog.h"

#include "client/deep_link.h"
#include "models/runs/run_detail.h"
#include "views/runs/run_actions.h"
#include "views/runs/run_detail_widget.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace ameide::views {

namespace {

const QString kGeometryKey = QStringLiteral("runDetail/geometry");

} // namespace

RunDetailDialog::RunDetailDialog(RunActions *actions, QWidget *parent)
    : QDialog(parent)
    , m_detail(new RunDetailWidget(actions, this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("runDetailDialog"));
    setWindowTitle(tr("Run"));
    setAccessibleName(tr("Run detail"));

    m_problem->setObjectName(QStringLiteral("runLinkProblem"));
    m_problem->setAccessibleName(tr("Link problem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setAccessibleName(tr("Dialog buttons"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The run detail brings its own margins; the rest lines up with them.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setSpacing(0);
    m_problem->setContentsMargins(8, 8, 8, 0);
    layout->addWidget(m_problem);
    layout->addWidget(m_detail, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->setContentsMargins(8, 0, 8, 0);
    buttonRow->addWidget(buttons);
    layout->addLayout(buttonRow);

    connect(m_detail, &RunDetailWidget::runLoaded, this,
            [this](const QString &runId) { setWindowTitle(tr("Run %1").arg(runId)); });

    if (!restoreGeometry(QSettings().value(kGeometryKey).toByteArray()))
        resize(1100, 720);
}

RunDetailDialog::~RunDetailDialog() = default;

void RunDetailDialog::showRun(const QString &runId)
{
    setProblem({});
    setWindowTitle(tr("Run %1").arg(runId));
    m_detail->showRun(runId);
}

bool RunDetailDialog::openLink(const QString &link)
{
    const std::optional<client::RunLink> parsed = client::parseRunLink(link);
    if (!parsed) {
        setProblem(tr("“%1” is not a link to a run. Run links look like ameide://<tenant>/runs/<run id>.")
                       .arg(link.trimmed()));
        return false;
    }
    const QString tenant = m_detail->detail()->tenantId();
    // Hosts are case-insensitive in URLs, so tenant ids are compared that way.
    if (!tenant.isEmpty() && parsed->tenantId.compare(tenant, Qt::CaseInsensitive) != 0) {
        setProblem(tr("The link is for tenant %1, but the console is connected to tenant %2. Switch to a profile "
                      "of %1 to open it.")
                       .arg(parsed->tenantId, tenant));
        return false;
    }
    showRun(parsed->runId);
    return true;
}

void RunDetailDialog::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setAccessibleDescription(text);
    m_problem->setVisible(!text.isEmpty());
}

void RunDetailDialog::hideEvent(QHideEvent *event)
{
    // Every way of closing a dialog hides it; closeEvent misses reject().
    if (!event->spontaneous())
        QSettings().setValue(kGeometryKey, saveGeometry());
    QDialog::hideEvent(event);
}

} // namespace ameide::views

#include "views/runs/remediation_dialog.h"

#include "client/runs/runs_api.h"
#include "models/runs/failure_group_model.h"
#include "views/runs/dialog_parts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ameide::views {

namespace {

constexpr int kDefaultSlaHours = 72;
constexpr int kMaxSlaHours = 2160;

} // namespace

RemediationDialog::RemediationDialog(ameide::client::RunsApi *api, const client::runs::FailureGroup &group,
                                     QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_group(group)
    , m_key(client::newIdempotencyKey())
{
    setObjectName(QStringLiteral("remediationDialog"));
    setWindowTitle(tr("Open a remediation item"));
    setAccessibleName(tr("Open a remediation item"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A feedback item tagged for remediation, linked to the %n failed run(s) of this "
                                "group. The group shows the item and its state from then on.",
                                nullptr, static_cast<int>(group.failed_runs())),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_title = new QLineEdit(models::FailureGroupModel::title(group), this);
    m_title->setObjectName(QStringLiteral("remediationTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setMaxLength(200);
    m_title->setCursorPosition(0);
    form->addRow(tr("&Title:"), m_title);
    m_slaHours = new QSpinBox(this);
    m_slaHours->setObjectName(QStringLiteral("remediationSla"));
    m_slaHours->setAccessibleName(tr("Resolve within hours"));
    m_slaHours->setRange(1, kMaxSlaHours);
    m_slaHours->setValue(kDefaultSlaHours);
    m_slaHours->setSuffix(tr(" hours"));
    form->addRow(tr("Resolve &within:"), m_slaHours);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("remediationDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    QStringList definitions;
    for (const auto &name : group.definition_names())
        definitions << QString::fromStdString(name);
    m_description->setPlainText(tr("Example failure: %1\nAffected definitions: %2")
                                    .arg(QString::fromStdString(group.example_message()),
                                         definitions.join(QStringLiteral(", "))));
    form->addRow(tr("&Description:"), m_description);
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    m_openButton = buttons->addButton(tr("&Open item"), QDialogButtonBox::AcceptRole);
    m_openButton->setObjectName(QStringLiteral("remediationOpen"));
    m_openButton->setAccessibleName(tr("Open item"));
    m_openButton->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RemediationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RemediationDialog::reject);
    resize(560, sizeHint().height());
}

void RemediationDialog::accept()
{
    if (!m_api || !m_openButton->isEnabled())
        return;
    if (m_title->text().trimmed().isEmpty()) {
        showError(m_error, tr("Give the item a title."));
        m_title->setFocus();
        return;
    }
    client::RemediationDraft request;
    request.failureSignature = QString::fromStdString(m_group.signature());
    request.title = m_title->text().trimmed();
    request.description = m_description->toPlainText();
    request.slaHours = m_slaHours->value();
    request.idempotencyKey = m_key;
    m_openButton->setEnabled(false);
    m_api->openRemediationItem(this, request, [this](const client::ApiResult<client::RemediationResult> &result) {
        m_openButton->setEnabled(true);
        if (!result.ok()) {
            showError(m_error, result.message);
            return;
        }
        Q_EMIT opened(result.value.feedbackItemId, result.value.created);
        QDialog::accept();
    });
}

} // namespace ameide::views

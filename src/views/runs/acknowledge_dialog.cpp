#include "views/runs/acknowledge_dialog.h"

#include "client/runs/runs_api.h"
#include "models/runs/failure_group_model.h"
#include "views/runs/dialog_parts.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ameide::views {

namespace {

// The platform's limits, in UTF-8 bytes.
constexpr qsizetype kMaxAssigneeBytes = 200;
constexpr qsizetype kMaxNoteBytes = 2000;

} // namespace

AcknowledgeDialog::AcknowledgeDialog(ameide::client::RunsApi *api, const client::runs::FailureGroup &group,
                                     QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_group(group)
{
    using models::FailureGroupModel;
    setObjectName(QStringLiteral("acknowledgeDialog"));
    setWindowTitle(tr("Acknowledge failure group"));
    setAccessibleName(tr("Acknowledge failure group"));
    auto *layout = new QVBoxLayout(this);
    auto *failure = new QLabel(FailureGroupModel::title(group), this);
    failure->setObjectName(QStringLiteral("acknowledgeFailure"));
    failure->setAccessibleName(tr("Failure group"));
    failure->setWordWrap(true);
    failure->setTextFormat(Qt::PlainText);
    failure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(failure);
    const bool acknowledged = !group.assignee().empty();
    auto *intro = new QLabel(
        acknowledged ? tr("Now on it: %1. A new acknowledgement replaces it; everyone in the tenant sees who is on it.")
                           .arg(FailureGroupModel::ownerText(group, QDateTime::currentDateTimeUtc()))
                     : tr("Say who is on this failure group; everyone in the tenant sees it."),
        this);
    intro->setObjectName(QStringLiteral("acknowledgeState"));
    intro->setAccessibleName(tr("Who is on it"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_assignee = new QLineEdit(this);
    m_assignee->setObjectName(QStringLiteral("acknowledgeAssignee"));
    m_assignee->setAccessibleName(tr("Assignee"));
    m_assignee->setPlaceholderText(tr("Me (leave empty)"));
    m_assignee->setMaxLength(static_cast<int>(kMaxAssigneeBytes));
    form->addRow(tr("Assi&gnee:"), m_assignee);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("acknowledgeNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("What you are doing about it (optional)"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_acknowledgeButton = buttons->addButton(tr("&Acknowledge"), QDialogButtonBox::AcceptRole);
    m_acknowledgeButton->setObjectName(QStringLiteral("acknowledgeOk"));
    m_acknowledgeButton->setAccessibleName(tr("Acknowledge"));
    m_acknowledgeButton->setDefault(true);
    if (acknowledged) {
        m_clearButton = buttons->addButton(tr("C&lear"), QDialogButtonBox::ResetRole);
        m_clearButton->setObjectName(QStringLiteral("acknowledgeClear"));
        m_clearButton->setAccessibleName(tr("Clear acknowledgement"));
        m_clearButton->setToolTip(tr("Nobody is on it any more"));
        m_clearButton->setAutoDefault(false);
        connect(m_clearButton, &QPushButton::clicked, this, &AcknowledgeDialog::clearAcknowledgement);
    }
    buttons->addButton(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AcknowledgeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AcknowledgeDialog::reject);
    m_assignee->setFocus();
    resize(520, sizeHint().height());
}

void AcknowledgeDialog::accept()
{
    send(false);
}

void AcknowledgeDialog::clearAcknowledgement()
{
    if (m_clearButton)
        send(true);
}

void AcknowledgeDialog::send(bool clear)
{
    if (!m_api || !m_acknowledgeButton->isEnabled())
        return;
    client::FailureGroupAcknowledgement request;
    request.failureSignature = QString::fromStdString(m_group.signature());
    request.clear = clear;
    if (!clear) {
        request.assignee = m_assignee->text().trimmed();
        request.note = m_note->toPlainText().trimmed();
        if (request.assignee.toUtf8().size() > kMaxAssigneeBytes) {
            showError(m_error, tr("The assignee is too long (at most %1 bytes).").arg(kMaxAssigneeBytes));
            m_assignee->setFocus();
            return;
        }
        if (request.note.toUtf8().size() > kMaxNoteBytes) {
            showError(m_error, tr("The note is too long (at most %1 bytes).").arg(kMaxNoteBytes));
            m_note->setFocus();
            return;
        }
    }
    showError(m_error, QString());
    m_acknowledgeButton->setEnabled(false);
    if (m_clearButton)
        m_clearButton->setEnabled(false);
    m_api->acknowledgeFailureGroup(this, request,
                                   [this, clear](const client::ApiResult<client::runs::FailureGroup> &result) {
                                       m_acknowledgeButton->setEnabled(true);
                                       if (m_clearButton)
                                           m_clearButton->setEnabled(true);
                                       if (!result.ok()) {
                                           showError(m_error, result.message);
                                           return;
                                       }
                                       Q_EMIT acknowledged(result.value, clear);
                                       QDialog::accept();
                                   });
}

} // namespace ameide::views

#include "views/runs/json_view.h"

#include <google/protobuf/struct.pb.h>

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ameide::views {

namespace {

constexpr int kCopiedNoticeMs = 2500;

QJsonValue toJson(const google::protobuf::Value &value);

QJsonObject toJson(const google::protobuf::Struct &s)
{
    // QJsonObject keeps its keys sorted, which is what we show.
    QJsonObject object;
    for (const auto &[key, value] : s.fields())
        object.insert(QString::fromStdString(key), toJson(value));
    return object;
}

QJsonValue toJson(const google::protobuf::Value &value)
{
    switch (value.kind_case()) {
    case google::protobuf::Value::kNullValue: return QJsonValue(QJsonValue::Null);
    case google::protobuf::Value::kNumberValue: return value.number_value();
    case google::protobuf::Value::kStringValue: return QString::fromStdString(value.string_value());
    case google::protobuf::Value::kBoolValue: return value.bool_value();
    case google::protobuf::Value::kStructValue: return toJson(value.struct_value());
    case google::protobuf::Value::kListValue: {
        QJsonArray array;
        for (const auto &item : value.list_value().values())
            array.append(toJson(item));
        return array;
    }
    default: return QJsonValue(QJsonValue::Null);
    }
}

QString indented(const QJsonObject &object)
{
    if (object.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

JsonView::JsonView(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(tr("No output yet"), this))
    , m_editor(new QPlainTextEdit(this))
    , m_copyButton(new QPushButton(tr("Cop&y"), this))
    , m_copied(new QLabel(this))
{
    setAccessibleName(name);

    m_empty->setObjectName(QStringLiteral("jsonEmpty"));
    m_empty->setAccessibleName(tr("%1: nothing to show").arg(name));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    m_editor->setObjectName(QStringLiteral("jsonText"));
    m_editor->setAccessibleName(name);
    m_editor->setReadOnly(true);
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Tab moves on instead of being swallowed by a read-only editor.
    m_editor->setTabChangesFocus(true);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_editor);

    m_copyButton->setObjectName(QStringLiteral("jsonCopy"));
    m_copyButton->setAccessibleName(tr("Copy %1").arg(name));
    m_copyButton->setToolTip(tr("Copy the JSON to the clipboard"));
    m_copyButton->setAutoDefault(false);
    m_copyButton->setEnabled(false);
    connect(m_copyButton, &QPushButton::clicked, this, &JsonView::copyToClipboard);

    m_copied->setObjectName(QStringLiteral("jsonCopied"));
    m_copied->setAccessibleName(tr("Copy status"));
    m_copiedTimer.setSingleShot(true);
    m_copiedTimer.setInterval(kCopiedNoticeMs);
    connect(&m_copiedTimer, &QTimer::timeout, m_copied, &QLabel::clear);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_copied);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
    display({});
}

JsonView::~JsonView() = default;

void JsonView::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

QString JsonView::format(const google::protobuf::Struct &value)
{
    return indented(toJson(value));
}

void JsonView::setStruct(const google::protobuf::Struct &value)
{
    display(format(value));
}

void JsonView::setJson(const QJsonObject &object)
{
    display(indented(object));
}

void JsonView::clear()
{
    display({});
}

void JsonView::display(const QString &text)
{
    m_text = text;
    m_copied->clear();
    if (m_editor->toPlainText() != text)
        m_editor->setPlainText(text);
    m_stack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget *>(m_empty) : m_editor);
    m_copyButton->setEnabled(!text.isEmpty());
    setAccessibleDescription(text.isEmpty() ? m_empty->text() : QString());
}

void JsonView::copyToClipboard()
{
    if (m_text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_text);
    m_copied->setText(tr("Copied."));
    m_copiedTimer.start();
}

} // namespace ameide::views

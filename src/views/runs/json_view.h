#pragma once

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace google::protobuf {
class Struct;
}

namespace ameide::views {

// Read-only JSON, indented with sorted keys in a monospace font, with a Copy
// button; an empty state says why there is nothing to show.
class JsonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonView)
public:
    // `name` is what assistive technology calls the view (e.g. "Run input").
    explicit JsonView(const QString &name, QWidget *parent = nullptr);
    ~JsonView() override;

    // The text shown when there is nothing (default "No output yet").
    void setEmptyText(const QString &text);

    // An empty Struct shows the empty state.
    void setStruct(const google::protobuf::Struct &value);
    void setJson(const QJsonObject &object);
    void clear();

    bool isEmpty() const { return m_text.isEmpty(); }
    // The formatted JSON; empty in the empty state.
    QString text() const { return m_text; }
    void copyToClipboard();

    // Struct -> indented JSON with sorted keys; "" for an empty Struct.
    static QString format(const google::protobuf::Struct &value);

private:
    void display(const QString &text);

    QString m_name;
    QString m_text;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QPlainTextEdit *m_editor;
    QPushButton *m_copyButton;
    QLabel *m_copied;
    QTimer m_copiedTimer;
};

} // namespace ameide::views

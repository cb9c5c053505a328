#include "views/runs/shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ameide::views {

namespace {

QString plainText(const QAction *action)
{
    // A status tip says what the action does; the text only names it.
    QString text = action->statusTip().isEmpty() ? action->text() : action->statusTip();
    text.remove(QLatin1Char('&'));
    text.remove(QChar(0x2026)); // …
    return text.trimmed();
}

QString whereText(const QWidget *scope, const QWidget *window)
{
    if (scope == window || !scope)
        return ShortcutsDialog::tr("Anywhere");
    if (!scope->accessibleName().isEmpty())
        return ShortcutsDialog::tr("In %1").arg(scope->accessibleName());
    return ShortcutsDialog::tr("In %1").arg(scope->objectName());
}

} // namespace

QWidget *ShortcutsDialog::scopeOf(const QAction *action, QWidget *window)
{
    if (action->shortcutContext() == Qt::WindowShortcut || action->shortcutContext() == Qt::ApplicationShortcut)
        return window;
    for (QObject *object : action->associatedObjects()) {
        auto *widget = qobject_cast<QWidget *>(object);
        if (!widget || qobject_cast<QMenu *>(widget) || qobject_cast<QToolBar *>(widget)
            || qobject_cast<QToolButton *>(widget))
            continue;
        return widget;
    }
    return window;
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::shortcuts(const QWidget *window)
{
    QList<Entry> out;
    QSet<QAction *> seen;
    auto *root = const_cast<QWidget *>(window);
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcut().isEmpty() || seen.contains(action))
            continue;
        // An action no widget carries cannot fire.
        if (action->associatedObjects().isEmpty())
            continue;
        seen.insert(action);
        Entry entry;
        entry.keys = action->shortcut();
        entry.keysText = entry.keys.toString(QKeySequence::NativeText);
        entry.what = plainText(action);
        entry.where = whereText(scopeOf(action, root), window);
        entry.action = action;
        out.append(entry);
    }
    // The widgets' own keys.
    out.append({{}, tr("↑ ↓  Page Up  Page Down  Home  End"), tr("Move in a list or table"), tr("In a list"), {}});
    out.append({{}, tr("Ctrl+click, Shift+click, Shift+↓"), tr("Select several runs, for \"Retry selected\""),
                tr("In a list"), {}});
    out.append({{}, tr("Tab, Shift+Tab"), tr("Move between the parts of the window"), tr("Anywhere"), {}});
    return out;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));
    const auto rows = shortcuts(window);
    auto *layout = new QVBoxLayout(this);
    auto *table = new QTableWidget(static_cast<int>(rows.size()), 3, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action"), tr("Where")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // What an action does can be longer than the column, in German above
    // all: it wraps, and its row grows, rather than losing its end.
    table->setWordWrap(true);
    table->setTextElideMode(Qt::ElideNone);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows[i].keysText));
        table->setItem(i, 1, new QTableWidgetItem(rows[i].what));
        table->setItem(i, 2, new QTableWidgetItem(rows[i].where));
    }
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 640);
}

} // namespace ameide::views

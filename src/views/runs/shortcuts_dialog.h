#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QPointer>
#include <QString>

class QAction;

namespace ameide::views {

// The keyboard cheat sheet of a window, read from the window's own actions
// (so it cannot list a key that does nothing, or miss one), plus the keys
// that belong to the widgets themselves (moving and selecting in lists).
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
public:
    struct Entry
    {
        QKeySequence keys;
        // Keys as written for people when they are not one sequence.
        QString keysText;
        QString what;
        // Where the key works: "Anywhere" or the widget that must have the focus.
        QString where;
        // The action the keys trigger; null for the widgets' own keys.
        QPointer<QAction> action;
    };

    // Lists the shortcuts of `window` (and its children).
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // Every action under `window` that has a shortcut, in the order they
    // were made, then the widgets' own keys.
    static QList<Entry> shortcuts(const QWidget *window);
    // The widget in which an action's shortcut works (the window for one
    // that works anywhere in it).
    static QWidget *scopeOf(const QAction *action, QWidget *window);
};

} // namespace ameide::views

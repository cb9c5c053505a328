#pragma once

#include <QDialog>
#include <QList>
#include <QPair>
#include <QString>

namespace ameide::views {

// Every keyboard shortcut of the runs screen.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    // The keys and what they do, as the dialog lists them.
    static QList<QPair<QString, QString>> shortcuts();
};

} // namespace ameide::views

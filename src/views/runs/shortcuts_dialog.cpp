#include "views/runs/shortcuts_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ameide::views {

QList<QPair<QString, QString>> ShortcutsDialog::shortcuts()
{
    return {
        {tr("↑ ↓  or  K J"), tr("Previous / next run")},
        {tr("Enter"), tr("Open the run's detail")},
        {tr("R"), tr("Retry the run (asks first)")},
        {tr("Shift+R"), tr("Retry every failed run the filter matches (asks first)")},
        {tr("Ctrl+click, Shift+↓"), tr("Select several runs, for \"Retry selected…\"")},
        {tr("C"), tr("Cancel the run (asks first)")},
        {tr("Ctrl+F"), tr("Edit the filter query")},
        {tr("Esc"), tr("Back to the list from the filter")},
        {tr("P"), tr("Pause or resume live updates")},
        {tr("F5"), tr("Reload the list")},
        {tr("Ctrl+E"), tr("Export the filtered runs as CSV")},
        {tr("G"), tr("Show or hide the failure groups")},
        {tr("Enter (in the groups)"), tr("Show the runs of that failure group")},
        {tr("?"), tr("This list")},
    };
}

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));
    const auto rows = shortcuts();
    auto *layout = new QVBoxLayout(this);
    auto *table = new QTableWidget(static_cast<int>(rows.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    table->resizeColumnToContents(0);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(600, 560);
}

} // namespace ameide::views

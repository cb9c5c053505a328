#pragma once

#include "client/runs/run_filter.h"
#include "client/runs/runs_api.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace ameide::models {
class SavedViews;
}

namespace ameide::views {

// The runs filter shown three ways that always agree: the one-line query,
// the filter fields, and the saved views. Every change goes through the
// canonical query; a query that does not parse says where and why and
// changes nothing.
class RunFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunFilterBar)
public:
    explicit RunFilterBar(QWidget *parent = nullptr);
    ~RunFilterBar() override;

    // Shows a filter chosen elsewhere (the query line too, unless the person
    // is typing a query that means the same).
    void showFilter(const ameide::client::RunFilter &filter, bool keepTypedQuery = false);
    const ameide::client::RunFilter &filter() const { return m_filter; }
    // As if typed and Enter pressed; false (and the message under the line) when not valid.
    bool applyQuery(const QString &text);
    // The definitions for the definition field.
    void setDefinitions(const QList<ameide::client::WorkflowDefinitionName> &definitions);
    void focusQuery();
    // Puts a widget at the end of the query's row (the live indicator).
    void addToQueryRow(QWidget *widget);
    QLineEdit *queryEdit() const { return m_query; }
    bool hasQueryError() const;

Q_SIGNALS:
    // The person chose a new, valid filter.
    void filterChosen(const ameide::client::RunFilter &filter);
    // Enter in a valid query: the list may take the focus.
    void queryAccepted();
    void message(const QString &text);

private:
    void createQueryRow();
    void createFields();
    void queryEdited();
    void fieldsEdited();
    void choose(const ameide::client::RunFilter &filter, bool fromQuery);
    void showQueryError(const QString &text);
    void showFields(const ameide::client::RunFilter &filter);
    void fillViews();
    void syncViews();
    void saveView();
    void deleteView();

    ameide::client::RunFilter m_filter;
    ameide::models::SavedViews *m_views;
    QTimer m_queryTimer;

    QHBoxLayout *m_queryRow = nullptr;
    QComboBox *m_viewCombo = nullptr;
    QToolButton *m_saveViewButton = nullptr;
    QToolButton *m_deleteViewButton = nullptr;
    QLineEdit *m_query = nullptr;
    QLabel *m_queryError = nullptr;
    QWidget *m_fields = nullptr;
    QToolButton *m_statusButton = nullptr;
    QMenu *m_statusMenu = nullptr;
    QComboBox *m_definitionCombo = nullptr;
    QComboBox *m_timeCombo = nullptr;
    QComboBox *m_recoveryCombo = nullptr;
    QLineEdit *m_idEdit = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_elementEdit = nullptr;
    QLineEdit *m_signatureEdit = nullptr;
};

} // namespace ameide::views

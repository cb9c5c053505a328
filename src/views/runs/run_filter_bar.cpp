#include "views/runs/run_filter_bar.h"

#include "client/time_text.h"
#include "models/runs/run_text.h"
#include "models/runs/saved_views.h"
#include "views/runs/dialog_parts.h"
#include "views/shell/themed_icon.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace ameide::views {

using ameide::client::RunFilter;
namespace wf = ameide_core_proto::workflows_runtime::v1;

namespace {

constexpr auto kQueryDebounce = std::chrono::milliseconds(600);
constexpr auto kFiltersShownKey = "runs/filtersShown";
// The time range "Today" (since:today), which is not a number of seconds;
// -1 is the custom range a query gave.
constexpr qint64 kTodayRange = -2;

struct TimeRange
{
    const char *label;
    qint64 seconds;
};

const QList<TimeRange> &timeRanges()
{
    static const QList<TimeRange> all = {
        {QT_TRANSLATE_NOOP("ameide::views::RunFilterBar", "Any time"), 0},
        {QT_TRANSLATE_NOOP("ameide::views::RunFilterBar", "Last 15 minutes"), qint64{15} * 60},
        {QT_TRANSLATE_NOOP("ameide::views::RunFilterBar", "Last hour"), 3600},
        {QT_TRANSLATE_NOOP("ameide::views::RunFilterBar", "Today"), kTodayRange},
        {QT_TRANSLATE_NOOP("ameide::views::RunFilterBar", "Last 24 hours"), qint64{24} * 3600},
        {QT_TRANSLATE_NOOP("ameide::views::RunFilterBar", "Last 7 days"), qint64{7} * 24 * 3600},
        {QT_TRANSLATE_NOOP("ameide::views::RunFilterBar", "Last 30 days"), qint64{30} * 24 * 3600},
    };
    return all;
}

QLineEdit *filterEdit(const QString &objectName, const QString &accessible, const QString &placeholder,
                      QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessible);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

RunFilterBar::RunFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_views(new models::SavedViews(this))
{
    setObjectName(QStringLiteral("runFilterBar"));
    setAccessibleName(tr("Run filter"));
    m_queryTimer.setSingleShot(true);
    m_queryTimer.setInterval(kQueryDebounce);
    connect(&m_queryTimer, &QTimer::timeout, this, &RunFilterBar::queryEdited);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    createQueryRow();
    layout->addLayout(m_queryRow);
    m_queryError = makeErrorLabel(this);
    m_queryError->setObjectName(QStringLiteral("queryError"));
    m_queryError->setAccessibleName(tr("Query problem"));
    layout->addWidget(m_queryError);
    createFields();
    layout->addWidget(m_fields);

    fillViews();
    connect(m_views, &models::SavedViews::changed, this, &RunFilterBar::fillViews);
}

RunFilterBar::~RunFilterBar() = default;

void RunFilterBar::createQueryRow()
{
    m_queryRow = new QHBoxLayout;
    auto *viewLabel = new QLabel(tr("&View:"), this);
    m_viewCombo = new QComboBox(this);
    m_viewCombo->setObjectName(QStringLiteral("savedViews"));
    m_viewCombo->setAccessibleName(tr("Saved view"));
    m_viewCombo->setPlaceholderText(tr("Custom query"));
    m_viewCombo->setMinimumContentsLength(16);
    viewLabel->setBuddy(m_viewCombo);
    m_queryRow->addWidget(viewLabel);
    m_queryRow->addWidget(m_viewCombo);
    m_saveViewButton = new QToolButton(this);
    m_saveViewButton->setObjectName(QStringLiteral("saveView"));
    m_saveViewButton->setText(tr("Save view…"));
    m_saveViewButton->setAccessibleName(tr("Save the query as a view"));
    m_saveViewButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_queryRow->addWidget(m_saveViewButton);
    m_deleteViewButton = new QToolButton(this);
    m_deleteViewButton->setObjectName(QStringLiteral("deleteView"));
    m_deleteViewButton->setText(tr("Delete view"));
    m_deleteViewButton->setAccessibleName(tr("Delete the saved view"));
    m_queryRow->addWidget(m_deleteViewButton);

    auto *queryLabel = new QLabel(tr("&Query:"), this);
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("runQuery"));
    m_query->setAccessibleName(tr("Run query"));
    m_query->setPlaceholderText(tr("e.g. status:failed definition:coding-agent since:24h  (Ctrl+F)"));
    m_query->setClearButtonEnabled(true);
    m_query->setToolTip(
        tr("Filters: status, definition, definition_id, element, id, since, after, before, signature, "
           "is:recovered, is:unrecovered. Press Enter to apply.\n"
           "Times: since:15m, since:24h, since:7d count back from now, and since:today from your midnight. "
           "after:2026-11-01 and before:2026-11-20T10:00 are read in your time zone (%1), as the console shows "
           "times, unless they end in Z for UTC or an offset such as +01:00.")
            .arg(client::TimeText::zone(QDateTime::currentDateTimeUtc())));
    queryLabel->setBuddy(m_query);
    m_queryRow->addWidget(queryLabel);
    m_queryRow->addWidget(m_query, 1);

    auto *filtersToggle = new QToolButton(this);
    filtersToggle->setObjectName(QStringLiteral("toggleFilters"));
    filtersToggle->setText(tr("Filters"));
    filtersToggle->setIcon(themedIcon(QStringLiteral("view-filter")));
    filtersToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    filtersToggle->setAccessibleName(tr("Show filter fields"));
    filtersToggle->setCheckable(true);
    filtersToggle->setChecked(QSettings().value(QLatin1String(kFiltersShownKey), true).toBool());
    m_queryRow->addWidget(filtersToggle);
    connect(filtersToggle, &QToolButton::toggled, this, [this](bool on) {
        m_fields->setVisible(on);
        QSettings().setValue(QLatin1String(kFiltersShownKey), on);
    });

    connect(m_query, &QLineEdit::textEdited, this, [this] { m_queryTimer.start(); });
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        m_queryTimer.stop();
        queryEdited();
        if (!hasQueryError())
            Q_EMIT queryAccepted();
    });
    connect(m_viewCombo, &QComboBox::activated, this, [this](int index) {
        const auto views = m_views->all();
        if (index >= 0 && index < views.size())
            applyQuery(views[index].query);
    });
    connect(m_saveViewButton, &QToolButton::clicked, this, &RunFilterBar::saveView);
    connect(m_deleteViewButton, &QToolButton::clicked, this, &RunFilterBar::deleteView);
}

void RunFilterBar::createFields()
{
    m_fields = new QWidget(this);
    m_fields->setObjectName(QStringLiteral("filterPanel"));
    auto *fields = new QHBoxLayout(m_fields);
    fields->setContentsMargins(0, 0, 0, 0);
    m_statusButton = new QToolButton(m_fields);
    m_statusButton->setObjectName(QStringLiteral("statusFilter"));
    m_statusButton->setAccessibleName(tr("Status filter"));
    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_statusMenu = new QMenu(m_statusButton);
    for (const auto status : client::runs::allRunStatuses()) {
        auto *action = m_statusMenu->addAction(models::RunText::runStatus(status));
        action->setCheckable(true);
        action->setData(static_cast<int>(status));
        connect(action, &QAction::toggled, this, &RunFilterBar::fieldsEdited);
    }
    m_statusButton->setMenu(m_statusMenu);
    fields->addWidget(m_statusButton);
    m_definitionCombo = new QComboBox(m_fields);
    m_definitionCombo->setObjectName(QStringLiteral("definitionFilter"));
    m_definitionCombo->setAccessibleName(tr("Definition filter"));
    m_definitionCombo->addItem(tr("All definitions"), QString());
    fields->addWidget(m_definitionCombo);
    m_timeCombo = new QComboBox(m_fields);
    m_timeCombo->setObjectName(QStringLiteral("timeFilter"));
    m_timeCombo->setAccessibleName(tr("Time range"));
    for (const auto &range : timeRanges())
        m_timeCombo->addItem(tr(range.label), range.seconds);
    fields->addWidget(m_timeCombo);
    m_recoveryCombo = new QComboBox(m_fields);
    m_recoveryCombo->setObjectName(QStringLiteral("recoveryFilter"));
    m_recoveryCombo->setAccessibleName(tr("Recovery filter"));
    m_recoveryCombo->addItem(tr("Recovered or not"), static_cast<int>(wf::RUN_RECOVERY_ANY));
    m_recoveryCombo->addItem(tr("Recovered failures"), static_cast<int>(wf::RUN_RECOVERY_RECOVERED));
    m_recoveryCombo->addItem(tr("Unrecovered failures"), static_cast<int>(wf::RUN_RECOVERY_UNRECOVERED));
    fields->addWidget(m_recoveryCombo);
    m_idEdit = filterEdit(QStringLiteral("idFilter"), tr("Run id prefix"), tr("Run id prefix"), m_fields);
    m_nameEdit =
        filterEdit(QStringLiteral("nameFilter"), tr("Definition name contains"), tr("Definition name"), m_fields);
    m_elementEdit = filterEdit(QStringLiteral("elementFilter"), tr("Element"), tr("Element id"), m_fields);
    m_signatureEdit =
        filterEdit(QStringLiteral("signatureFilter"), tr("Failure signature"), tr("Failure signature"), m_fields);
    for (auto *edit : {m_idEdit, m_nameEdit, m_elementEdit, m_signatureEdit}) {
        fields->addWidget(edit, 1);
        connect(edit, &QLineEdit::editingFinished, this, &RunFilterBar::fieldsEdited);
    }
    connect(m_definitionCombo, &QComboBox::activated, this, &RunFilterBar::fieldsEdited);
    connect(m_timeCombo, &QComboBox::activated, this, &RunFilterBar::fieldsEdited);
    connect(m_recoveryCombo, &QComboBox::activated, this, &RunFilterBar::fieldsEdited);
    m_fields->setVisible(QSettings().value(QLatin1String(kFiltersShownKey), true).toBool());
}

void RunFilterBar::addToQueryRow(QWidget *widget)
{
    m_queryRow->addWidget(widget);
}

void RunFilterBar::focusQuery()
{
    m_query->setFocus();
    m_query->selectAll();
}

bool RunFilterBar::hasQueryError() const
{
    return !m_queryError->isHidden();
}

bool RunFilterBar::applyQuery(const QString &text)
{
    m_query->setText(text);
    m_queryTimer.stop();
    queryEdited();
    return !hasQueryError();
}

void RunFilterBar::queryEdited()
{
    const auto parsed = ameide::client::parseRunQuery(m_query->text());
    if (parsed.error) {
        const auto &e = *parsed.error;
        showQueryError(tr("%1 The list still shows the previous filter.").arg(e.message));
        if (!m_query->hasFocus())
            m_query->setSelection(e.position, std::max(1, e.length));
        return;
    }
    showQueryError({});
    choose(parsed.filter, true);
}

void RunFilterBar::fieldsEdited()
{
    RunFilter f = m_filter;
    f.statuses.clear();
    for (auto *action : m_statusMenu->actions()) {
        if (action->isChecked())
            f.statuses.append(static_cast<client::runs::RunStatus>(action->data().toInt()));
    }
    const QString definition = m_definitionCombo->currentData().toString();
    // "Several (from the query)" keeps what the query said.
    if (m_definitionCombo->currentIndex() >= 0 && definition != QStringLiteral("*"))
        f.definitionIds = definition.isEmpty() ? QStringList() : QStringList{definition};
    const qint64 seconds = m_timeCombo->currentData().toLongLong();
    if (seconds == kTodayRange) {
        f.sinceToday = true;
        f.sinceSeconds.reset();
    } else if (seconds >= 0) {
        f.sinceToday = false;
        f.sinceSeconds = seconds > 0 ? std::optional<qint64>(seconds) : std::nullopt;
        if (seconds == 0) {
            f.after.reset();
            f.before.reset();
        }
    }
    f.recovery = static_cast<client::runs::Recovery>(m_recoveryCombo->currentData().toInt());
    f.runIdPrefix = m_idEdit->text().trimmed();
    f.definitionName = m_nameEdit->text().trimmed();
    f.elementId = m_elementEdit->text().trimmed();
    f.failureSignature = m_signatureEdit->text().trimmed();
    // The fields take what the query takes; anything else is said the same way.
    const auto reparsed = ameide::client::parseRunQuery(ameide::client::formatRunQuery(f));
    if (reparsed.error) {
        showQueryError(reparsed.error->message);
        return;
    }
    showQueryError({});
    choose(reparsed.filter, false);
}

void RunFilterBar::choose(const RunFilter &filter, bool fromQuery)
{
    showFilter(filter, fromQuery);
    Q_EMIT filterChosen(filter);
}

void RunFilterBar::showFilter(const RunFilter &filter, bool keepTypedQuery)
{
    m_filter = filter;
    if (!keepTypedQuery || m_query->text().trimmed().isEmpty())
        m_query->setText(ameide::client::formatRunQuery(filter));
    showFields(filter);
    syncViews();
}

void RunFilterBar::showQueryError(const QString &text)
{
    showError(m_queryError, text);
    m_query->setStyleSheet(text.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 2px solid #b3261e; }"));
}

void RunFilterBar::showFields(const RunFilter &filter)
{
    const QSignalBlocker b1(m_statusMenu);
    QStringList statusNames;
    for (auto *action : m_statusMenu->actions()) {
        const QSignalBlocker block(action);
        const bool on = filter.statuses.contains(static_cast<client::runs::RunStatus>(action->data().toInt()));
        action->setChecked(on);
        if (on)
            statusNames << action->text();
    }
    m_statusButton->setText(statusNames.isEmpty() ? tr("Any status") : statusNames.join(QStringLiteral(", ")));

    const QSignalBlocker b2(m_definitionCombo);
    const int several = m_definitionCombo->findData(QStringLiteral("*"));
    if (several >= 0)
        m_definitionCombo->removeItem(several);
    if (filter.definitionIds.isEmpty()) {
        m_definitionCombo->setCurrentIndex(0);
    } else if (filter.definitionIds.size() == 1 && m_definitionCombo->findData(filter.definitionIds.front()) >= 0) {
        m_definitionCombo->setCurrentIndex(m_definitionCombo->findData(filter.definitionIds.front()));
    } else {
        m_definitionCombo->addItem(
            tr("%n definition(s) from the query", nullptr, static_cast<int>(filter.definitionIds.size())),
            QStringLiteral("*"));
        m_definitionCombo->setCurrentIndex(m_definitionCombo->count() - 1);
    }

    const QSignalBlocker b3(m_timeCombo);
    const int custom = m_timeCombo->findData(qint64{-1});
    if (custom >= 0)
        m_timeCombo->removeItem(custom);
    int timeIndex = -1;
    if (!filter.after && !filter.before)
        timeIndex = m_timeCombo->findData(filter.sinceToday ? kTodayRange : filter.sinceSeconds.value_or(0));
    if (timeIndex < 0) {
        m_timeCombo->addItem(tr("Custom range (from the query)"), qint64{-1});
        timeIndex = m_timeCombo->count() - 1;
    }
    m_timeCombo->setCurrentIndex(timeIndex);

    const QSignalBlocker b4(m_recoveryCombo);
    m_recoveryCombo->setCurrentIndex(std::max(0, m_recoveryCombo->findData(static_cast<int>(filter.recovery))));
    m_idEdit->setText(filter.runIdPrefix);
    m_nameEdit->setText(filter.definitionName);
    m_elementEdit->setText(filter.elementId);
    m_signatureEdit->setText(filter.failureSignature);
}

void RunFilterBar::setDefinitions(const QList<ameide::client::WorkflowDefinitionName> &definitions)
{
    {
        const QSignalBlocker block(m_definitionCombo);
        while (m_definitionCombo->count() > 1)
            m_definitionCombo->removeItem(1);
        for (const auto &d : definitions)
            m_definitionCombo->addItem(d.name, d.id);
    }
    showFields(m_filter);
}

void RunFilterBar::fillViews()
{
    const QSignalBlocker block(m_viewCombo);
    m_viewCombo->clear();
    for (const auto &view : m_views->all())
        m_viewCombo->addItem(view.builtIn ? view.name : tr("%1 (mine)").arg(view.name), view.query);
    syncViews();
}

void RunFilterBar::syncViews()
{
    const QSignalBlocker block(m_viewCombo);
    const int index = m_views->indexOfQuery(ameide::client::formatRunQuery(m_filter));
    m_viewCombo->setCurrentIndex(index);
    const auto views = m_views->all();
    const bool userView = index >= 0 && !views[index].builtIn;
    m_deleteViewButton->setEnabled(userView);
    m_deleteViewButton->setToolTip(userView ? tr("Delete the view \"%1\"").arg(views[index].name)
                                            : tr("Built-in views cannot be deleted."));
}

void RunFilterBar::saveView()
{
    const QString query = ameide::client::formatRunQuery(m_filter);
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("saveViewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save view"));
    dialog->setLabelText(tr("Name of the view for \"%1\":").arg(query));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, query](const QString &name) {
        const QString error = m_views->save(name, query);
        if (!error.isEmpty()) {
            Q_EMIT message(tr("The view was not saved: %1").arg(error));
            return;
        }
        syncViews();
        Q_EMIT message(tr("Saved the view \"%1\".").arg(name.trimmed()));
    });
    dialog->open();
}

void RunFilterBar::deleteView()
{
    const int index = m_viewCombo->currentIndex();
    const auto views = m_views->all();
    if (index < 0 || index >= views.size() || views[index].builtIn)
        return;
    const auto name = views[index].name;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete view"), tr("Delete the view \"%1\"?").arg(name),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    connect(box, &QMessageBox::finished, this, [this, name](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_views->remove(name);
        Q_EMIT message(tr("Deleted the view \"%1\".").arg(name));
    });
    box->open();
}

} // namespace ameide::views

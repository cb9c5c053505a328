#include "views/runs/step_timeline.h"

#include "client/time_text.h"
#include "models/runs/run_history_model.h"
#include "models/runs/run_text.h"
#include "views/runs/status_palette.h"

#include <QAccessible>
#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <array>
#include <cmath>

namespace ameide::views {

using ameide::client::runs::isSet;
using ameide::client::runs::millisOf;
using ameide::models::RunHistoryModel;

namespace {

constexpr int kTickMs = 1000;
constexpr int kMinTickSpacingPx = 90;
constexpr int kMaxLabelChars = 28;
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

QString clockText(qint64 ms)
{
    return client::TimeText::absoluteMs(ms, client::TimeText::Precision::Milliseconds);
}

// Offsets from the run's start for the axis: "0", "0.5 s", "30 s", "1 min 30 s".
QString tickText(qint64 ms, qint64 interval)
{
    if (ms == 0)
        return QStringLiteral("0");
    if (interval < 100)
        return StepTimeline::tr("%1 ms").arg(ms);
    if (ms < kMinute)
        return StepTimeline::tr("%1 s").arg(static_cast<double>(ms) / 1000.0, 0, 'g', 4);
    const qint64 totalSeconds = ms / 1000;
    if (ms < kHour) {
        const qint64 s = totalSeconds % 60;
        return s == 0 ? StepTimeline::tr("%1 min").arg(totalSeconds / 60)
                      : StepTimeline::tr("%1 min %2 s").arg(totalSeconds / 60).arg(s);
    }
    const qint64 m = (totalSeconds / 60) % 60;
    return m == 0 ? StepTimeline::tr("%1 h").arg(totalSeconds / 3600)
                  : StepTimeline::tr("%1 h %2 min").arg(totalSeconds / 3600).arg(m);
}

qint64 tickInterval(qint64 span, int width)
{
    static constexpr std::array<qint64, 25> kSteps = {
        1,         2,         5,          10,         20,         50,        100,       200,      500,
        1000,      2000,      5000,       10000,      15000,      30000,     60000,     120000,   300000,
        600000,    900000,    1800000,    3600000,    7200000,    21600000,  86400000};
    const int maxTicks = std::max(1, width / kMinTickSpacingPx);
    for (const qint64 step : kSteps) {
        if (span / step <= maxTicks)
            return step;
    }
    return kSteps.back() * ((span / kSteps.back()) / maxTicks + 1);
}

} // namespace

StepTimeline::StepTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stepTimeline"));
    setAccessibleName(tr("Step timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        update();
        updateAccessibility();
    });
    updateAccessibility();
}

StepTimeline::~StepTimeline() = default;

void StepTimeline::setRun(const wf::WorkflowRun &run)
{
    const QString currentId = m_current >= 0 && m_current < m_steps.size() ? m_steps.at(m_current).id : QString();
    m_steps.clear();
    m_steps.reserve(run.steps_size());
    for (const auto &s : run.steps()) {
        Step step;
        step.id = QString::fromStdString(s.id());
        step.name = QString::fromStdString(s.name());
        step.status = s.status();
        step.startMs = isSet(s.started_at()) ? millisOf(s.started_at()) : 0;
        step.endMs = isSet(s.ended_at()) ? millisOf(s.ended_at()) : 0;
        step.failureReason = QString::fromStdString(s.failure_reason());
        step.errorClass = QString::fromStdString(s.error_class());
        m_steps.push_back(step);
    }
    m_runStatus = run.status();
    m_createdMs = isSet(run.created_at()) ? millisOf(run.created_at()) : 0;
    m_runStartMs = isSet(run.started_at()) ? millisOf(run.started_at()) : 0;
    m_runEndMs = isSet(run.ended_at()) ? millisOf(run.ended_at()) : 0;
    m_current = -1;
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).id == currentId)
            m_current = i;
    }
    updateGeometry();
    updateTicking();
    updateAccessibility();
    update();
}

void StepTimeline::clear()
{
    setRun(wf::WorkflowRun());
}

QString StepTimeline::stepName(int row) const
{
    if (row < 0 || row >= m_steps.size())
        return {};
    const Step &s = m_steps.at(row);
    return s.name.isEmpty() ? s.id : s.name;
}

wf::WorkflowStepStatus StepTimeline::stepStatus(int row) const
{
    return row >= 0 && row < m_steps.size() ? m_steps.at(row).status : wf::WORKFLOW_STEP_STATUS_UNSPECIFIED;
}

bool StepTimeline::hasStartedSteps() const
{
    return std::any_of(m_steps.begin(), m_steps.end(), [](const Step &s) { return s.startMs > 0; });
}

void StepTimeline::setCurrentStep(int row)
{
    row = m_steps.isEmpty() ? -1 : std::clamp(row, 0, static_cast<int>(m_steps.size()) - 1);
    if (row == m_current)
        return;
    m_current = row;
    updateAccessibility();
    update();
    Q_EMIT currentStepChanged(row);
}

qint64 StepTimeline::endOf(const Step &step, qint64 now) const
{
    if (step.startMs == 0)
        return 0;
    if (step.endMs > 0)
        return step.endMs;
    // A step that never ended: running ones grow to now; others stop where the run did.
    if (step.status == wf::WORKFLOW_STEP_STATUS_RUNNING || m_runEndMs == 0)
        return std::max(now, step.startMs);
    return std::max(m_runEndMs, step.startMs);
}

QString StepTimeline::statusLine(const Step &step, qint64 now) const
{
    QString status = models::RunText::stepStatusInRun(step.status, m_runStatus);
    if (step.startMs == 0)
        return status;
    return tr("%1 · %2").arg(status, models::RunText::duration(endOf(step, now) - step.startMs));
}

QString StepTimeline::stepDetails(int row) const
{
    if (row < 0 || row >= m_steps.size())
        return {};
    const Step &s = m_steps.at(row);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList lines;
    lines << (s.name.isEmpty() || s.name == s.id ? s.id : tr("%1 (%2)").arg(s.name, s.id));
    lines << tr("Status: %1").arg(models::RunText::stepStatusInRun(s.status, m_runStatus));
    if (s.startMs > 0) {
        lines << tr("Started: %1").arg(clockText(s.startMs));
        if (m_runStartMs > 0)
            lines << tr("Started after: %1").arg(models::RunText::duration(s.startMs - m_runStartMs));
        if (s.endMs > 0)
            lines << tr("Ended: %1").arg(clockText(s.endMs));
        lines << (s.status == wf::WORKFLOW_STEP_STATUS_RUNNING
                      ? tr("Running for: %1").arg(models::RunText::duration(endOf(s, now) - s.startMs))
                      : tr("Duration: %1").arg(models::RunText::duration(endOf(s, now) - s.startMs)));
    } else if (client::runs::isTerminal(m_runStatus)) {
        lines << tr("The run ended before this step started.");
    } else {
        lines << tr("Not started");
    }
    if (!s.failureReason.isEmpty())
        lines << tr("Failure: %1").arg(s.failureReason);
    if (!s.errorClass.isEmpty())
        lines << tr("Error class: %1").arg(s.errorClass);
    return lines.join(QLatin1Char('\n'));
}

QString StepTimeline::summary() const
{
    if (m_steps.isEmpty() || !hasStartedSteps())
        return tr("No steps have started");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList parts;
    parts << tr("%n step(s).", nullptr, static_cast<int>(m_steps.size()));
    qint64 firstStart = 0;
    for (const Step &s : m_steps) {
        if (s.startMs > 0 && (firstStart == 0 || s.startMs < firstStart))
            firstStart = s.startMs;
    }
    if (m_createdMs > 0 && firstStart > m_createdMs)
        parts << tr("Waited %1 before the first step.").arg(models::RunText::duration(firstStart - m_createdMs));
    for (const Step &s : m_steps) {
        QString part = tr("%1: %2").arg(s.name.isEmpty() ? s.id : s.name, statusLine(s, now));
        if (!s.failureReason.isEmpty())
            part = tr("%1, %2").arg(part, s.failureReason);
        parts << part + QLatin1Char('.');
    }
    return parts.join(QLatin1Char(' '));
}

void StepTimeline::updateAccessibility()
{
    QString description = summary();
    if (m_current >= 0 && m_current < m_steps.size())
        description = tr("Selected: %1. %2").arg(QString(stepDetails(m_current)).replace(QLatin1Char('\n'), QStringLiteral("; ")),
                                                 description);
    if (description != accessibleDescription()) {
        setAccessibleDescription(description);
        if (QAccessible::isActive()) {
            QAccessibleEvent ev(this, QAccessible::DescriptionChanged);
            QAccessible::updateAccessibility(&ev);
        }
    }
}

void StepTimeline::updateTicking()
{
    const bool running = std::any_of(m_steps.begin(), m_steps.end(), [](const Step &s) {
        return s.startMs > 0 && s.endMs == 0 && s.status == wf::WORKFLOW_STEP_STATUS_RUNNING;
    });
    if (running && isVisible())
        m_tick.start();
    else
        m_tick.stop();
}

StepTimeline::Geometry StepTimeline::geometryFor(int width) const
{
    const QFontMetrics fm = fontMetrics();
    Geometry g;
    g.margin = fm.averageCharWidth() * 2;
    g.rowHeight = fm.height() * 2;
    g.axisHeight = fm.height() + fm.height() / 2 + 6;
    int label = fm.horizontalAdvance(tr("Step"));
    for (const Step &s : m_steps)
        label = std::max(label, fm.horizontalAdvance(s.name.isEmpty() ? s.id : s.name));
    // A little slack: eliding to the exact advance can drop the last letter.
    g.labelWidth = std::min(label, fm.averageCharWidth() * kMaxLabelChars) + fm.averageCharWidth();
    int status = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Step &s : m_steps)
        status = std::max(status, fm.horizontalAdvance(statusLine(s, now)));
    // Room for the text to grow while a step runs.
    g.statusWidth = status + fm.averageCharWidth() * 4;
    const int left = g.margin + g.labelWidth + g.margin;
    const int right = width - g.margin - g.statusWidth;
    g.plot = QRect(left, g.margin + g.axisHeight, std::max(1, right - left),
                   static_cast<int>(m_steps.size()) * g.rowHeight);
    return g;
}

QSize StepTimeline::sizeHint() const
{
    const Geometry g = geometryFor(720);
    return {720, g.plot.bottom() + g.margin + 1};
}

QSize StepTimeline::minimumSizeHint() const
{
    const Geometry g = geometryFor(0);
    const int width = g.margin * 4 + g.labelWidth + g.statusWidth + fontMetrics().averageCharWidth() * 20;
    if (!hasStartedSteps())
        return {width, fontMetrics().height() * 4};
    return {width, g.plot.bottom() + g.margin + 1};
}

int StepTimeline::rowAt(const QPoint &pos) const
{
    const Geometry g = geometryFor(width());
    if (pos.y() < g.plot.top() || pos.y() >= g.plot.top() + g.plot.height() || g.rowHeight <= 0)
        return -1;
    const int row = (pos.y() - g.plot.top()) / g.rowHeight;
    return row < m_steps.size() ? row : -1;
}

void StepTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();

    if (!hasStartedSteps()) {
        p.setPen(pal.color(QPalette::Disabled, QPalette::Text));
        p.drawText(rect(), Qt::AlignCenter, tr("No steps have started"));
        if (hasFocus()) {
            p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
            p.drawRect(rect().adjusted(1, 1, -2, -2));
        }
        return;
    }

    const Geometry g = geometryFor(width());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 origin = m_runStartMs;
    qint64 end = 0;
    for (const Step &s : m_steps) {
        if (s.startMs == 0)
            continue;
        if (origin == 0 || s.startMs < origin)
            origin = s.startMs;
        end = std::max(end, endOf(s, now));
    }
    end = std::max(end, m_runEndMs);
    // The wait before the first step (queued, then scheduled) is part of the picture.
    const qint64 firstStart = origin;
    if (m_createdMs > 0 && m_createdMs < origin)
        origin = m_createdMs;
    const qint64 span = std::max<qint64>(1, end - origin);
    const auto xOf = [&](qint64 ms) {
        return g.plot.left() + static_cast<double>(ms - origin) * g.plot.width() / static_cast<double>(span);
    };

    // Rows: alternating background, the focused one highlighted.
    for (int i = 0; i < m_steps.size(); ++i) {
        const QRect row(0, g.plot.top() + i * g.rowHeight, width(), g.rowHeight);
        if (i == m_current) {
            QColor c = pal.color(QPalette::Highlight);
            c.setAlpha(hasFocus() ? 60 : 30);
            p.fillRect(row, c);
        } else if (i % 2 == 1) {
            p.fillRect(row, pal.color(QPalette::AlternateBase));
        }
    }

    // Axis and grid.
    const qint64 interval = tickInterval(span, g.plot.width());
    const QColor gridColour = pal.color(QPalette::Mid);
    p.setPen(pal.color(QPalette::Text));
    const int axisY = g.plot.top() - 4;
    p.drawLine(QPointF(g.plot.left(), axisY), QPointF(g.plot.right(), axisY));
    for (qint64 t = 0; t <= span; t += interval) {
        const double x = xOf(origin + t);
        p.setPen(pal.color(QPalette::Text));
        p.drawLine(QPointF(x, axisY - 4), QPointF(x, axisY));
        const QString label = tickText(t, interval);
        const int w = fm.horizontalAdvance(label);
        double lx = x - w / 2.0;
        lx = std::clamp(lx, static_cast<double>(g.plot.left() - g.margin), static_cast<double>(width() - w - 2));
        p.drawText(QPointF(lx, axisY - 6 - fm.descent()), label);
        QColor grid = gridColour;
        grid.setAlpha(90);
        p.setPen(QPen(grid, 1, Qt::DotLine));
        p.drawLine(QPointF(x, g.plot.top()), QPointF(x, g.plot.bottom()));
    }

    // The wait before the first step, across every row: hatched.
    if (firstStart > origin) {
        const QRectF wait(xOf(origin), g.plot.top(), std::max(1.0, xOf(firstStart) - xOf(origin)), g.plot.height());
        QColor hatch = pal.color(QPalette::Disabled, QPalette::Text);
        hatch.setAlpha(70);
        p.fillRect(wait, QBrush(hatch, Qt::Dense6Pattern));
        // Its length, in the first step's row just before that step's bar.
        const QString text = tr("waited %1").arg(models::RunText::duration(firstStart - origin));
        if (fm.horizontalAdvance(text) + 8 < wait.width()) {
            // Not the disabled grey: it is read, and needs its contrast (WCAG AA).
            p.setPen(StatusPalette::colour(StatusPalette::Tone::Waiting, pal));
            p.drawText(QRectF(wait.left(), g.plot.top(), wait.width() - 4, g.rowHeight),
                       Qt::AlignVCenter | Qt::AlignRight, text);
        }
    }

    // Steps.
    const int barHeight = std::max(6, g.rowHeight / 2);
    for (int i = 0; i < m_steps.size(); ++i) {
        const Step &s = m_steps.at(i);
        const int top = g.plot.top() + i * g.rowHeight;
        const QRect labelRect(g.margin, top, g.labelWidth, g.rowHeight);
        p.setPen(pal.color(QPalette::Text));
        const QString name = s.name.isEmpty() ? s.id : s.name;
        p.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(name, Qt::ElideRight, g.labelWidth));

        const QColor colour = StatusPalette::colour(s.status, pal);
        double barRight = g.plot.left();
        if (s.startMs > 0) {
            const double x0 = xOf(s.startMs);
            const double x1 = std::max(x0 + 3.0, xOf(endOf(s, now)));
            const QRectF bar(x0, top + (g.rowHeight - barHeight) / 2.0, x1 - x0, barHeight);
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            p.drawRoundedRect(bar, 2, 2);
            if (s.status == wf::WORKFLOW_STEP_STATUS_CANCELLED || s.status == wf::WORKFLOW_STEP_STATUS_FAILED) {
                // A pattern as well as a colour, for those who cannot tell the colours apart.
                p.setBrush(QBrush(pal.color(QPalette::Base), s.status == wf::WORKFLOW_STEP_STATUS_FAILED
                                                                 ? Qt::BDiagPattern
                                                                 : Qt::Dense6Pattern));
                p.drawRoundedRect(bar, 2, 2);
            }
            barRight = x1;
        }
        const QString text = statusLine(s, now);
        // "Not run" and "Pending" say which steps never ran: readable, not disabled grey.
        p.setPen(s.startMs > 0 ? pal.color(QPalette::Text) : StatusPalette::colour(StatusPalette::Tone::Waiting, pal));
        const int textLeft = static_cast<int>(std::ceil(barRight)) + fm.averageCharWidth();
        p.drawText(QRect(textLeft, top, width() - textLeft - 2, g.rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   text);
    }

    if (hasFocus()) {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        p.drawRect(rect().adjusted(1, 1, -2, -2));
    }
}

bool StepTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), stepDetails(row), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void StepTimeline::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up: setCurrentStep(m_current < 0 ? 0 : m_current - 1); break;
    case Qt::Key_Down: setCurrentStep(m_current + 1); break;
    case Qt::Key_Home: setCurrentStep(0); break;
    case Qt::Key_End: setCurrentStep(static_cast<int>(m_steps.size()) - 1); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void StepTimeline::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0)
        setCurrentStep(row);
    QWidget::mousePressEvent(event);
}

void StepTimeline::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateTicking();
}

void StepTimeline::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_tick.stop();
}

void StepTimeline::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        updateGeometry();
}

} // namespace ameide::views

#include "ui/insights/metricchart.h"

#include "ui/widgets/statuscolors.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QLabel>
#include <QLineSeries>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace mdesk::ui {

MetricChart::MetricChart(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_hover(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
{
    m_title->setObjectName(QStringLiteral("chartTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hover->setObjectName(QStringLiteral("hoverLabel"));
    m_hover->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setObjectName(QStringLiteral("emptyStateLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_chart->setLocalizeNumbers(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_hover);
    applyPalette();
}

void MetricChart::setTitle(const QString &title)
{
    m_title->setText(title);
    m_view->setAccessibleName(title);
}

QString MetricChart::title() const
{
    return m_title->text();
}

void MetricChart::setSeries(const models::DayRange &range, const QList<Series> &series,
                            const QString &summary)
{
    m_range = range;
    m_series = series;
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
    m_hover->clear();
    rebuild();
    m_stack->setCurrentWidget(m_view);
}

void MetricChart::showEmpty(const QString &reason)
{
    m_series.clear();
    m_chart->removeAllSeries();
    m_empty->setText(reason);
    m_summary->clear();
    m_summary->hide();
    m_hover->clear();
    m_stack->setCurrentWidget(m_empty);
}

bool MetricChart::isEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString MetricChart::emptyReason() const
{
    return isEmptyState() ? m_empty->text() : QString();
}

QString MetricChart::summary() const
{
    return m_summary->text();
}

QList<QPointF> MetricChart::points(int series) const
{
    QList<QPointF> list;
    if (series < 0 || series >= m_series.size())
        return list;
    const models::DailyPoints &values = m_series.at(series).points;
    for (int i = 0; i < values.size(); ++i) {
        if (values.at(i))
            list.append(QPointF(i, *values.at(i)));
    }
    return list;
}

QString MetricChart::describe(int series, int index) const
{
    if (series < 0 || series >= m_series.size() || index < 0 ||
        index >= m_series.at(series).points.size())
        return {};
    const Series &s = m_series.at(series);
    const QDate first = s.previous ? m_range.previous().from : m_range.from;
    const QLocale locale;
    const QString day = locale.toString(first.addDays(index), QLocale::LongFormat);
    const std::optional<double> value = s.points.at(index);
    const auto text = [&locale](double number) {
        return std::floor(number) == number ? locale.toString(qint64(number))
                                            : locale.toString(number, 'f', 1);
    };
    return value ? tr("%1, %2: %3").arg(s.name, day, text(*value))
                 : tr("%1, %2: no value").arg(s.name, day);
}

QString MetricChart::shortDay(QDate day, const QLocale &locale)
{
    static const QRegularExpression year(QStringLiteral("y+"));
    static const QRegularExpression edges(QStringLiteral("^[\\s.,/-]+|[\\s,/-]+$"));
    QString format = locale.dateFormat(QLocale::ShortFormat);
    format.remove(year);
    format.remove(edges);
    return locale.toString(day, format.isEmpty() ? QStringLiteral("d MMM") : format);
}

QPixmap MetricChart::grabChart() const
{
    return m_view->grab();
}

bool MetricChart::sameShape() const
{
    // The series on the chart: lines in order, then at most one bar series with a set per
    // bar metric. When the new series have that shape they are updated in place.
    const auto onChart = m_chart->series();
    int lines = 0, barSets = -1;
    for (QAbstractSeries *item : onChart) {
        if (qobject_cast<QLineSeries *>(item))
            ++lines;
        else if (auto *bars = qobject_cast<QBarSeries *>(item))
            barSets = int(bars->count());
    }
    int wantLines = 0, wantBars = 0;
    for (const Series &series : m_series)
        (series.line ? wantLines : wantBars)++;
    return !onChart.isEmpty() && lines == wantLines && barSets == (wantBars > 0 ? wantBars : -1) &&
           m_chart->axes().size() == 2;
}

void MetricChart::rebuild()
{
    const int days = m_range.days();
    const QLocale locale;
    // Updating the series and axes already drawn costs far less than new ones: Qt Charts
    // makes graphics items for every axis label and series, and tears them down again.
    const bool reuse = sameShape();
    QCategoryAxis *xAxis = nullptr;
    QValueAxis *yAxis = nullptr;
    if (reuse) {
        xAxis = qobject_cast<QCategoryAxis *>(m_chart->axes(Qt::Horizontal).value(0));
        yAxis = qobject_cast<QValueAxis *>(m_chart->axes(Qt::Vertical).value(0));
    }
    if (!xAxis || !yAxis) {
        m_chart->removeAllSeries();
        const auto axes = m_chart->axes();
        for (QAbstractAxis *axis : axes) {
            m_chart->removeAxis(axis);
            delete axis;
        }
        xAxis = new QCategoryAxis;
        xAxis->setObjectName(QStringLiteral("dayAxis"));
        xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        xAxis->setGridLineVisible(false);
        yAxis = new QValueAxis;
        yAxis->setObjectName(QStringLiteral("valueAxis"));
        m_chart->addAxis(xAxis, Qt::AlignBottom);
        m_chart->addAxis(yAxis, Qt::AlignLeft);
    }

    // Days as indexes, labelled with dates in the user's locale at about seven ticks.
    const QStringList oldLabels = xAxis->categoriesLabels();
    for (const QString &label : oldLabels)
        xAxis->remove(label);
    xAxis->setStartValue(-0.5);
    xAxis->setRange(-0.5, std::max(days, 1) - 0.5);
    const int step = std::max(1, int(std::ceil(days / 7.0)));
    for (int i = 0; i < days; i += step) {
        const QDate day = m_range.from.addDays(i);
        xAxis->append(days > 180 ? locale.toString(day, QStringLiteral("MMM yyyy"))
                                 : shortDay(day, locale),
                      i);
    }

    double highest = 0;
    bool integral = true;
    const auto onChart = m_chart->series();
    int lineIndex = 0, barIndex = 0;
    QBarSeries *bars = nullptr;
    for (QAbstractSeries *item : onChart) {
        if (auto *existing = qobject_cast<QBarSeries *>(item))
            bars = existing;
    }
    const bool newBars = !bars;
    for (int s = 0; s < m_series.size(); ++s) {
        const Series &series = m_series.at(s);
        for (const std::optional<double> &value : series.points) {
            if (value) {
                highest = std::max(highest, *value);
                integral = integral && std::floor(*value) == *value;
            }
        }
        if (series.line) {
            QList<QPointF> points; // one replace(), not a signal per point
            points.reserve(series.points.size());
            for (int i = 0; i < series.points.size(); ++i) {
                if (series.points.at(i))
                    points.append(QPointF(i, *series.points.at(i)));
            }
            QLineSeries *line = nullptr;
            if (reuse) {
                // The lines in chart order are the line series in m_series order.
                int seen = 0;
                for (QAbstractSeries *item : onChart) {
                    if (auto *candidate = qobject_cast<QLineSeries *>(item); candidate) {
                        if (seen++ == lineIndex)
                            line = candidate;
                    }
                }
            }
            ++lineIndex;
            if (!line) {
                line = new QLineSeries;
                m_chart->addSeries(line);
                line->attachAxis(xAxis);
                line->attachAxis(yAxis);
                connect(line, &QLineSeries::hovered, this,
                        [this, s](const QPointF &point, bool state) {
                            onHover(s, qRound(point.x()), state);
                        });
            }
            line->setName(series.name);
            line->replace(points);
        } else {
            if (!bars) {
                bars = new QBarSeries;
                bars->setBarWidth(0.85);
            }
            QList<qreal> values;
            values.reserve(series.points.size());
            for (const std::optional<double> &value : series.points)
                values.append(value.value_or(0));
            QBarSet *set =
                reuse && barIndex < bars->count() ? bars->barSets().at(barIndex) : nullptr;
            ++barIndex;
            if (set) {
                set->setLabel(series.name);
                set->remove(0, set->count());
                set->append(values);
            } else {
                set = new QBarSet(series.name);
                set->append(values);
                bars->append(set);
                connect(set, &QBarSet::hovered, this,
                        [this, s](bool state, int index) { onHover(s, index, state); });
            }
        }
    }
    if (bars && newBars) {
        m_chart->addSeries(bars);
        bars->attachAxis(xAxis);
        bars->attachAxis(yAxis);
    }
    yAxis->setRange(0, highest > 0 ? highest * 1.05 : 1);
    yAxis->setTickCount(5);
    yAxis->applyNiceNumbers();
    if (integral && yAxis->max() < yAxis->tickCount() - 1) {
        // Whole numbers on a small axis: a tick per number, never 0, 0, 1, 1.
        yAxis->setRange(0, std::max(1.0, std::ceil(highest)));
        yAxis->setTickCount(int(yAxis->max()) + 1);
    }
    yAxis->setLabelFormat(integral ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    m_chart->legend()->setVisible(m_series.size() > 1);
    if (!reuse)
        applyPalette(); // series kept keep their colours
}

QColor MetricChart::colorFor(int series) const
{
    // Hues turn from the palette's highlight; a previous period takes the hue of the
    // current series it pairs with, faded toward the base.
    int current = 0, previous = 0;
    for (int i = 0; i < series && i < m_series.size(); ++i)
        (m_series.at(i).previous ? previous : current)++;
    const bool isPrevious = series < m_series.size() && m_series.at(series).previous;
    const int slot = isPrevious ? previous : current;
    QColor color = palette().color(QPalette::Highlight);
    color =
        QColor::fromHsv((color.hsvHue() + slot * 67) % 360, color.hsvSaturation(), color.value());
    if (isPrevious) {
        const QColor base = palette().color(QPalette::Base);
        color = QColor((color.red() + base.red()) / 2, (color.green() + base.green()) / 2,
                       (color.blue() + base.blue()) / 2);
    }
    return color;
}

void MetricChart::applyPalette()
{
    if (m_applyingPalette)
        return;
    m_applyingPalette = true;
    const QPalette pal = palette();
    // setTheme overwrites series styling, so the palette goes on after it. It is slow, so
    // only when the palette turns between light and dark.
    const QChart::ChartTheme theme =
        StatusColors::isDark(pal) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    // A new chart starts with the light theme: only a dark palette pays for setTheme.
    if (m_chart->theme() != theme)
        m_chart->setTheme(theme);
    m_chart->setBackgroundBrush(pal.brush(QPalette::Base));
    m_chart->setBackgroundRoundness(0);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setTitleBrush(pal.brush(QPalette::Text));
    m_chart->legend()->setLabelColor(pal.color(QPalette::Text));
    m_view->setBackgroundBrush(pal.brush(QPalette::Base));
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(pal.brush(QPalette::Text));
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setGridLineColor(pal.color(QPalette::Midlight));
        axis->setLabelsFont(font());
    }
    const auto series = m_chart->series();
    int index = 0;
    for (QAbstractSeries *item : series) {
        if (auto *line = qobject_cast<QLineSeries *>(item)) {
            while (index < m_series.size() && !m_series.at(index).line)
                ++index;
            QPen pen(colorFor(index), 2);
            if (index < m_series.size() && m_series.at(index).previous)
                pen.setStyle(Qt::DashLine);
            line->setPen(pen);
            ++index;
        }
    }
    for (QAbstractSeries *item : series) {
        if (auto *bars = qobject_cast<QBarSeries *>(item)) {
            int barIndex = 0;
            for (QBarSet *set : bars->barSets()) {
                while (barIndex < m_series.size() && m_series.at(barIndex).line)
                    ++barIndex;
                set->setColor(colorFor(barIndex));
                set->setBorderColor(colorFor(barIndex));
                set->setLabelColor(pal.color(QPalette::Text));
                ++barIndex;
            }
        }
    }
    m_applyingPalette = false;
}

void MetricChart::onHover(int series, int index, bool entered)
{
    if (!entered) {
        QToolTip::hideText();
        return;
    }
    const QString text = describe(series, index);
    m_hover->setText(text);
    QToolTip::showText(QCursor::pos(), text, m_view);
    Q_EMIT hovered(text);
}

void MetricChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
}

} // namespace mdesk::ui

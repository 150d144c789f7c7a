#include "ui/insights/categorychart.h"

#include "ui/widgets/statuscolors.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFontMetrics>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace mdesk::ui {

CategoryChart::CategoryChart(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
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
    m_empty->setObjectName(QStringLiteral("emptyStateLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(200);
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
    applyPalette();
}

void CategoryChart::setTitle(const QString &title)
{
    m_title->setText(title);
    m_view->setAccessibleName(title);
}

void CategoryChart::setData(const QStringList &categories, const QList<Series> &series,
                            const QString &summary)
{
    m_categories = categories;
    m_series = series;
    m_chart->removeAllSeries();
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    QAbstractBarSeries *bars =
        m_horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries) : new QBarSeries;
    double highest = 0;
    for (const Series &s : series) {
        auto *set = new QBarSet(s.name);
        for (double value : s.values) {
            set->append(value);
            highest = std::max(highest, value);
        }
        if (m_horizontal) {
            // Drawn bottom up: reversed, so the first category is on top.
            QList<qreal> reversed(s.values.crbegin(), s.values.crend());
            set->remove(0, set->count());
            set->append(reversed);
        }
        bars->append(set);
    }
    m_chart->addSeries(bars);
    auto *categoryAxis = new QBarCategoryAxis;
    // Horizontal bars list the first category on top, as a reader expects.
    QStringList ordered = categories;
    if (m_horizontal) {
        std::reverse(ordered.begin(), ordered.end());
        // Category names are short (a locale, a UTC offset): never cut to "...", which Qt
        // Charts does for good once a layout pass found the axis narrow (a scroll bar
        // appearing as the data arrives). A line of text per category, so they do not touch.
        categoryAxis->setTruncateLabels(false);
        const int line = QFontMetrics(font()).height() + 6;
        m_view->setMinimumHeight(std::max(200, int(categories.size()) * line + 3 * line));
    }
    categoryAxis->append(ordered);
    categoryAxis->setGridLineVisible(false);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, highest > 0 ? highest * 1.05 : 1);
    valueAxis->applyNiceNumbers();
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    if (valueAxis->max() < valueAxis->tickCount() - 1) {
        // Counts: no tick between two whole numbers (0, 0, 1, 1 on a small axis).
        valueAxis->setRange(0, std::max(1.0, std::ceil(highest)));
        valueAxis->setTickCount(int(valueAxis->max()) + 1);
    }
    m_chart->addAxis(categoryAxis, m_horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    m_chart->addAxis(valueAxis, m_horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(valueAxis);
    m_chart->legend()->setVisible(series.size() > 1);
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
    m_stack->setCurrentWidget(m_view);
    applyPalette();
    fitLabels();
}

void CategoryChart::showEmpty(const QString &reason)
{
    m_categories.clear();
    m_series.clear();
    m_chart->removeAllSeries();
    m_empty->setText(reason);
    m_summary->hide();
    m_stack->setCurrentWidget(m_empty);
}

bool CategoryChart::isEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString CategoryChart::emptyReason() const
{
    return isEmptyState() ? m_empty->text() : QString();
}

QString CategoryChart::summary() const
{
    return m_summary->text();
}

QList<double> CategoryChart::values(int series) const
{
    return series >= 0 && series < m_series.size() ? m_series.at(series).values : QList<double>{};
}

void CategoryChart::applyPalette()
{
    const QPalette pal = palette();
    // setTheme overwrites series styling, so the palette goes on after it; it is slow, so
    // only when the palette turns between light and dark.
    const QChart::ChartTheme theme =
        StatusColors::isDark(pal) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (m_chart->theme() != theme || !m_themed) {
        m_chart->setTheme(theme);
        m_themed = true;
    }
    m_chart->legend()->setVisible(m_series.size() > 1);
    m_chart->setBackgroundBrush(pal.brush(QPalette::Base));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setLabelColor(pal.color(QPalette::Text));
    m_view->setBackgroundBrush(pal.brush(QPalette::Base));
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(pal.brush(QPalette::Text));
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setGridLineColor(pal.color(QPalette::Midlight));
        axis->setLabelsFont(font());
        axis->setVisible(true);
    }
    const QColor highlight = pal.color(QPalette::Highlight);
    int index = 0;
    const auto series = m_chart->series();
    for (QAbstractSeries *item : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(item)) {
            for (QBarSet *set : bars->barSets()) {
                const QColor color = QColor::fromHsv((highlight.hsvHue() + index++ * 150) % 360,
                                                     highlight.hsvSaturation(), highlight.value());
                set->setColor(color);
                set->setBorderColor(color);
            }
        }
    }
}

void CategoryChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
    if (event->type() == QEvent::FontChange)
        fitLabels();
}

void CategoryChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLabels();
}

void CategoryChart::fitLabels()
{
    if (m_categories.isEmpty() || m_horizontal)
        return;
    const QList<QAbstractAxis *> axes = m_chart->axes(Qt::Horizontal);
    if (axes.isEmpty())
        return;
    const QFontMetrics metrics(font());
    int widest = 0;
    for (const QString &category : std::as_const(m_categories))
        widest = std::max(widest, metrics.horizontalAdvance(category));
    // The plot area is not laid out before the first show: estimate it from the view (the
    // value axis and margins take about 60 px).
    const qreal plotWidth =
        m_chart->plotArea().width() > 0 ? m_chart->plotArea().width() : qreal(m_view->width() - 60);
    const qreal perCategory = plotWidth / m_categories.size();
    const int gap = metrics.horizontalAdvance(QLatin1Char('M'));
    int angle = 0;
    if (widest + gap > perCategory)
        angle = metrics.height() * 1.5 + gap <= perCategory ? -45 : -90;
    if (axes.first()->labelsAngle() != angle)
        axes.first()->setLabelsAngle(angle);
}

} // namespace mdesk::ui

#pragma once

#include "models/insights/metricseries.h"

#include <QLocale>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

namespace mdesk::ui {

// One Qt Charts chart of insights over Pacific days, or a sentence saying why there is none.
// Days are plotted as indexes (0 = the range's first day) on a category axis labelled with
// dates in the user's locale, since QDateTimeAxis would show the machine's local time.
// Colours come from the palette after the theme is set, and again on every palette change.
//
// Contract: setSeries() redraws at once and shows the chart; showEmpty() hides it and
// shows the reason. hovered() fires with the exact day and value under the pointer.
class MetricChart : public QWidget
{
    Q_OBJECT
public:
    struct Series
    {
        QString name;
        models::DailyPoints points;
        bool line = true;      // false: bars (daily counts)
        bool previous = false; // the previous period: drawn lighter, days shifted back
    };

    explicit MetricChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    void setSeries(const models::DayRange &range, const QList<Series> &series,
                   const QString &summary);
    void showEmpty(const QString &reason);
    bool isEmptyState() const;
    QString emptyReason() const;
    QString summary() const;

    // What is drawn, for exports and tests: (day index, value) of a series.
    int seriesCount() const { return int(m_series.size()); }
    QList<QPointF> points(int series) const;
    // "New conversations, 3 Dec 2026: 42": the text hovering shows.
    QString describe(int series, int index) const;
    // A day as an axis label: the locale's short date without the year ("5 Nov", "05.11").
    static QString shortDay(QDate day, const QLocale &locale);
    // The chart as an image (QChartView::grab()).
    QPixmap grabChart() const;
    QChartView *view() const { return m_view; }

Q_SIGNALS:
    void hovered(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    // Whether the chart's series have the shape of m_series (so rebuild() can reuse them).
    bool sameShape() const;
    void applyPalette();
    void onHover(int series, int index, bool entered);
    QColor colorFor(int series) const;

    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_hover;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    QChart *m_chart;
    QChartView *m_view;
    models::DayRange m_range;
    QList<Series> m_series;
    bool m_applyingPalette = false;
};

} // namespace mdesk::ui

#pragma once

#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

namespace mdesk::ui {

// A bar chart over named categories (labels, window states, weeks), one bar set per series,
// in palette colours (again on every palette change), or a sentence saying why it is empty.
class CategoryChart : public QWidget
{
    Q_OBJECT
public:
    struct Series
    {
        QString name;
        QList<double> values; // one per category
    };

    explicit CategoryChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    // Bars from the left with the category names down the side (many or long names, like
    // locales); before setData().
    void setHorizontal(bool horizontal) { m_horizontal = horizontal; }
    void setData(const QStringList &categories, const QList<Series> &series,
                 const QString &summary = {});
    void showEmpty(const QString &reason);

    bool isEmptyState() const;
    QString emptyReason() const;
    QString summary() const;
    QStringList categories() const { return m_categories; }
    QList<double> values(int series) const;
    QChartView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyPalette();
    // Turns the category labels when they no longer fit side by side (a narrow window or
    // many weeks), so none is clipped or elided.
    void fitLabels();

    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    QChart *m_chart;
    QChartView *m_view;
    QStringList m_categories;
    QList<Series> m_series;
    bool m_themed = false;
    bool m_horizontal = false;
};

} // namespace mdesk::ui

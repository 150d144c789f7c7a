#include "ui/insights/insightsexport.h"

#include "ui/insights/metricchart.h"

#include "models/insights/insightscsv.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSaveFile>

namespace mdesk::ui {

// Texts via QCoreApplication::translate with literals at each call, so lupdate extracts
// them (it cannot see through a helper). The context is InsightsPanel's: it shows them.

bool InsightsExport::writeCsv(models::InsightsCache &cache, const QString &pageId,
                              const QStringList &metrics, const QString &period,
                              const models::DayRange &range, const QString &path, QString *error)
{
    QHash<QString, models::DayValues> values;
    for (const QString &metric : metrics)
        values.insert(metric, cache.read(pageId, metric, period, range));
    QList<models::InsightsRow> rows;
    for (QDate day = range.from; day < range.until; day = day.addDays(1)) {
        for (const QString &metric : metrics) {
            const QJsonValue value = values.value(metric).value(day);
            if (!value.isNull() && !value.isUndefined())
                rows.append({day, metric, period, value});
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(models::InsightsCsv::write(rows)) < 0 ||
        !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool InsightsExport::writePng(const QList<MetricChart *> &charts, const QColor &background,
                              const QString &path, QString *error)
{
    QList<QPixmap> images;
    int width = 0, height = 0;
    for (MetricChart *chart : charts) {
        if (!chart || chart->isEmptyState())
            continue;
        images.append(chart->grabChart());
        width = std::max(width, images.last().width());
        height += images.last().height();
    }
    if (images.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("mdesk::ui::InsightsPanel",
                                                 "There is no chart to export.");
        return false;
    }
    QImage sheet(width, height, QImage::Format_ARGB32);
    sheet.fill(background);
    QPainter painter(&sheet);
    int y = 0;
    for (const QPixmap &image : std::as_const(images)) {
        painter.drawPixmap(0, y, image);
        y += image.height();
    }
    painter.end();
    if (!sheet.save(path, "PNG")) {
        if (error)
            *error =
                QCoreApplication::translate("mdesk::ui::InsightsPanel", "%1 cannot be written.")
                    .arg(path);
        return false;
    }
    return true;
}

} // namespace mdesk::ui

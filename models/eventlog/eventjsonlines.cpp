#include "models/eventlog/eventjsonlines.h"

#include "models/eventlog/eventlogmodel.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace mdesk::models {

qint64 EventJsonLines::write(const QAbstractItemModel &model, QIODevice &device)
{
    const int rows = model.rowCount();
    qint64 written = 0;
    for (int row = 0; row < rows; ++row) {
        if (model.index(row, 0).data(EventLogModel::HeadingRole).toBool())
            continue; // headings are not events
        const QJsonObject event =
            model.index(row, 0).data(EventLogModel::EventJsonRole).toJsonObject();
        ++written;
        QByteArray line = QJsonDocument(event).toJson(QJsonDocument::Compact);
        line.append('\n');
        if (device.write(line) != line.size())
            return -1;
    }
    return written;
}

bool EventJsonLines::writeFile(const QAbstractItemModel &model, const QString &path, QString *error,
                               qint64 *lines)
{
    QSaveFile file(path);
    qint64 written = -1;
    if (file.open(QIODevice::WriteOnly))
        written = write(model, file);
    if (written < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("mdesk::models::EventJsonLines",
                                                 "The event log could not be written to %1: %2.")
                         .arg(path, file.errorString());
        return false;
    }
    if (lines)
        *lines = written;
    return true;
}

} // namespace mdesk::models

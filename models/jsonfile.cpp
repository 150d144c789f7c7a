#include "jsonfile.h"

#include <QSaveFile>

namespace mdesk::models {

bool JsonFile::write(const QString &path, const QJsonDocument &document, QString *reason,
                     QJsonDocument::JsonFormat format)
{
    QSaveFile file(path);
    const QByteArray json = document.toJson(format);
    if (file.open(QIODevice::WriteOnly) && file.write(json) == json.size() && file.commit())
        return true;
    if (reason)
        *reason = file.errorString();
    return false;
}

} // namespace mdesk::models

#pragma once

#include <QJsonDocument>
#include <QString>

namespace mdesk::models {

// Writes JSON documents atomically (QSaveFile): a crash or a full disk leaves the old file,
// never half of a new one. Used for drafts, exports and the CLI's profile files.
namespace JsonFile {

// False when the file could not be written; *reason is the system's explanation, for the
// caller's own sentence ("The menu could not be written to %1: %2.").
bool write(const QString &path, const QJsonDocument &document, QString *reason,
           QJsonDocument::JsonFormat format = QJsonDocument::Indented);

} // namespace JsonFile

} // namespace mdesk::models

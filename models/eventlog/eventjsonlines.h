#pragma once

#include <QString>

class QAbstractItemModel;
class QIODevice;

namespace mdesk::models {

// Writes the events a model shows (an EventLogModel or a proxy over one) as JSON lines:
// one compact, redacted event object per row, in row order, each ended by "\n". The
// lines equal GraphEvent::toJsonLine(), the format of the CLI's --events.
class EventJsonLines
{
public:
    // Returns the number of lines written, or -1 when the device refused a write.
    static qint64 write(const QAbstractItemModel &model, QIODevice &device);
    // Writes atomically (QSaveFile). False with a sentence in *error on failure.
    static bool writeFile(const QAbstractItemModel &model, const QString &path,
                          QString *error = nullptr, qint64 *lines = nullptr);
};

} // namespace mdesk::models

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <functional>
#include <optional>

namespace mdesk::models {

// Every file the CLI and the GUI read from a user goes through here: regular files, stdin
// ("-"), FIFOs and devices alike are read in chunks and never past a cap fit for their
// kind, so /dev/zero or an endless pipe ends with a sentence naming the limit and the file,
// never with std::bad_alloc. PSID lists are streamed one line at a time.
class BoundedFileReader
{
    Q_DECLARE_TR_FUNCTIONS(mdesk::models::BoundedFileReader)
public:
    enum class Kind {
        CallInput,   // call --input / --input-file / -: one operation's JSON input
        ProfileFile, // profile diff|apply FILE, the Profile tab's import
        MenuFile,    // the Menu tab's import
        MessageFile, // broadcast send --message-file
        Secret,      // a token or app secret piped into account add-app|add-page
        PsidList,    // labels bulk, broadcast --psids, audience import, the GUI's PSID imports
    };

    // The most bytes a whole-file kind may hold; for PsidList, the most bytes of the list.
    static qint64 maxBytes(Kind kind);
    // PsidList only: the longest line and the most PSID lines (comments and blank lines
    // are not counted).
    static constexpr qint64 kMaxPsidLineBytes = 256;
    static constexpr qint64 kMaxPsids = 1000000;

    // path "-" reads stdin; shownName is what messages call the file ("stdin" for "-").
    BoundedFileReader(QString path, Kind kind);

    // The whole file, or nullopt with error() set (cannot open, too large, read error).
    std::optional<QByteArray> readAll();

    // PsidList: calls onLine(lineNumber, trimmed line) for every line that is neither
    // blank nor a comment (#); onLine returns false to stop early. False with error() set
    // when the file cannot be read, a line is too long, or the list holds too many PSIDs
    // or bytes.
    bool forEachLine(const std::function<bool(int lineNumber, const QString &line)> &onLine);

    // For the GUI's PSID imports: every line of the list (trimmed, blank and comment lines
    // kept so line numbers stay right) joined by '\n', within the same caps.
    std::optional<QString> readLines();

    // Lines read so far by forEachLine(), blank and comment lines included.
    int lineCount() const { return m_lineCount; }
    const QString &error() const { return m_error; }
    QString shownName() const;

    // Formats a limit for messages ("1 MiB").
    static QString formatLimit(qint64 bytes);

private:
    bool open();
    QString kindName() const;
    QString tooLarge() const;

    QString m_path;
    Kind m_kind;
    QFile m_file;
    QString m_error;
    int m_lineCount = 0;
    bool m_keepEveryLine = false;
};

} // namespace mdesk::models

#include "models/files/boundedfilereader.h"

#include <QLocale>
#include <cstdio>

namespace mdesk::models {

namespace {

constexpr qint64 kChunk = 64 * 1024;
constexpr qint64 kKiB = 1024;
constexpr qint64 kMiB = 1024 * kKiB;

} // namespace

qint64 BoundedFileReader::maxBytes(Kind kind)
{
    switch (kind) {
    case Kind::CallInput:
        return 4 * kMiB; // the largest Send API or profile input is a few KiB
    case Kind::ProfileFile:
    case Kind::MenuFile:
        return 1 * kMiB; // a whole profile with 100 locales is under 200 KiB
    case Kind::MessageFile:
        return 256 * kKiB;
    case Kind::Secret:
        return 16 * kKiB; // a token is a few hundred bytes
    case Kind::PsidList:
        return 64 * kMiB; // a million PSIDs of 20 digits, with room for comments
    }
    return 0;
}

BoundedFileReader::BoundedFileReader(QString path, Kind kind)
    : m_path(std::move(path))
    , m_kind(kind)
{}

QString BoundedFileReader::shownName() const
{
    return m_path == QLatin1String("-") ? QStringLiteral("stdin") : m_path;
}

QString BoundedFileReader::formatLimit(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0);
}

QString BoundedFileReader::kindName() const
{
    switch (m_kind) {
    case Kind::CallInput:
        return tr("a call input");
    case Kind::ProfileFile:
        return tr("a profile file");
    case Kind::MenuFile:
        return tr("a menu file");
    case Kind::MessageFile:
        return tr("a message file");
    case Kind::Secret:
        return tr("a secret");
    case Kind::PsidList:
        return tr("a PSID list");
    }
    return {};
}

QString BoundedFileReader::tooLarge() const
{
    return tr("%1 is larger than %2, the limit for %3; nothing was read.")
        .arg(shownName(), formatLimit(maxBytes(m_kind)), kindName());
}

bool BoundedFileReader::open()
{
    m_error.clear();
    const bool opened = m_path == QLatin1String("-")
                            ? m_file.open(stdin, QIODevice::ReadOnly)
                            : (m_file.setFileName(m_path), m_file.open(QIODevice::ReadOnly));
    if (!opened) {
        m_error = tr("%1 cannot be read: %2.").arg(shownName(), m_file.errorString());
        return false;
    }
    // A regular file says its size: refuse it before reading a byte.
    if (!m_file.isSequential() && m_file.size() > maxBytes(m_kind)) {
        m_error = tooLarge();
        m_file.close();
        return false;
    }
    return true;
}

std::optional<QByteArray> BoundedFileReader::readAll()
{
    if (!open())
        return std::nullopt;
    const qint64 cap = maxBytes(m_kind);
    QByteArray data;
    for (;;) {
        const QByteArray chunk = m_file.read(qMin(kChunk, cap + 1 - data.size()));
        if (chunk.isEmpty()) {
            if (m_file.error() != QFileDevice::NoError) {
                m_error = tr("%1 cannot be read: %2.").arg(shownName(), m_file.errorString());
                return std::nullopt;
            }
            break; // end of file
        }
        data += chunk;
        if (data.size() > cap) {
            m_error = tooLarge();
            return std::nullopt;
        }
    }
    return data;
}

bool BoundedFileReader::forEachLine(
    const std::function<bool(int lineNumber, const QString &line)> &onLine)
{
    if (!open())
        return false;
    const qint64 cap = maxBytes(m_kind);
    qint64 total = 0;
    qint64 lines = 0;
    m_lineCount = 0;
    int &lineNumber = m_lineCount;
    QByteArray pending;
    // One line: false ends the reading (too long, too many, or the caller stopped).
    auto takeLine = [&](QByteArray raw, bool *stop) {
        ++lineNumber;
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (raw.size() > kMaxPsidLineBytes) {
            m_error = tr("Line %1 of %2 is longer than %3 bytes, the limit for one line of a "
                         "PSID list; nothing was read.")
                          .arg(lineNumber)
                          .arg(shownName())
                          .arg(kMaxPsidLineBytes);
            return false;
        }
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            return !m_keepEveryLine || onLine(lineNumber, line) || (*stop = true, false);
        if (++lines > kMaxPsids) {
            m_error = tr("%1 holds more than %2 PSIDs, the limit for one PSID list; nothing "
                         "was read.")
                          .arg(shownName(), QLocale().toString(kMaxPsids));
            return false;
        }
        if (!onLine(lineNumber, line)) {
            *stop = true;
            return false;
        }
        return true;
    };
    for (;;) {
        const QByteArray chunk = m_file.read(kChunk);
        if (chunk.isEmpty()) {
            if (m_file.error() != QFileDevice::NoError) {
                m_error = tr("%1 cannot be read: %2.").arg(shownName(), m_file.errorString());
                return false;
            }
            break;
        }
        total += chunk.size();
        if (total > cap) {
            m_error = tooLarge();
            return false;
        }
        pending += chunk;
        qsizetype start = 0;
        for (qsizetype newline = pending.indexOf('\n'); newline >= 0;
             newline = pending.indexOf('\n', start)) {
            bool stop = false;
            if (!takeLine(pending.mid(start, newline - start), &stop))
                return stop;
            start = newline + 1;
        }
        pending.remove(0, start);
        // No newline in sight for longer than a line may be (/dev/zero, a binary file).
        if (pending.size() > kMaxPsidLineBytes + 1) {
            bool stop = false;
            return takeLine(pending, &stop) ? false : stop;
        }
    }
    if (!pending.isEmpty()) {
        bool stop = false;
        if (!takeLine(pending, &stop))
            return stop;
    }
    return true;
}

std::optional<QString> BoundedFileReader::readLines()
{
    // Every line, blank and comment lines too, so the caller's line numbers stay right.
    QStringList lines;
    m_keepEveryLine = true;
    const bool read = forEachLine([&lines](int, const QString &line) {
        lines.append(line);
        return true;
    });
    m_keepEveryLine = false;
    if (!read)
        return std::nullopt;
    return lines.join(QLatin1Char('\n'));
}

} // namespace mdesk::models

// BoundedFileReader, the one reader of user files (issue 18 item 5): per kind, /dev/zero,
// a FIFO that never ends and a file one byte past the cap are refused with a sentence that
// names the file and the limit; a file exactly at the cap is read whole. PSID lists stream
// line by line with caps on line length and count, and keep line numbers.
#include "models/files/boundedfilereader.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using mdesk::models::BoundedFileReader;
using Kind = BoundedFileReader::Kind;

Q_DECLARE_METATYPE(BoundedFileReader::Kind)

class TestBoundedFileReader : public QObject
{
    Q_OBJECT

private:
    QString writeFile(const QByteArray &data)
    {
        const QString path = m_dir.filePath(QStringLiteral("input-%1").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void wholeFileKinds_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("limit");
        QTest::newRow("call input") << Kind::CallInput << QStringLiteral("4 MiB");
        QTest::newRow("profile file") << Kind::ProfileFile << QStringLiteral("1 MiB");
        QTest::newRow("menu file") << Kind::MenuFile << QStringLiteral("1 MiB");
        QTest::newRow("message file") << Kind::MessageFile << QStringLiteral("256 KiB");
        QTest::newRow("secret") << Kind::Secret << QStringLiteral("16 KiB");
    }

    void wholeFileKinds()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, limit);
        const qint64 cap = BoundedFileReader::maxBytes(kind);
        QCOMPARE(BoundedFileReader::formatLimit(cap), limit);

        BoundedFileReader zero(QStringLiteral("/dev/zero"), kind);
        QVERIFY(!zero.readAll());
        QVERIFY2(zero.error().startsWith(QStringLiteral("/dev/zero is larger than ") + limit),
                 qPrintable(zero.error()));

        const QString over = writeFile(QByteArray(cap + 1, ' '));
        BoundedFileReader tooLarge(over, kind);
        QVERIFY(!tooLarge.readAll());
        QVERIFY(tooLarge.error().contains(over));
        QVERIFY(tooLarge.error().contains(limit));

        const QString atCap = writeFile(QByteArray(cap, 'x'));
        BoundedFileReader whole(atCap, kind);
        const auto read = whole.readAll();
        QVERIFY2(read, qPrintable(whole.error()));
        QCOMPARE(read->size(), cap);

        BoundedFileReader missing(m_dir.filePath(QStringLiteral("nope")), kind);
        QVERIFY(!missing.readAll());
        QVERIFY(missing.error().contains(QStringLiteral("cannot be read")));
    }

    void endlessFifo()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("endless.fifo"));
        QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}), 0);
        QProcess writer;
        writer.start(QStringLiteral("sh"),
                     {QStringLiteral("-c"), QStringLiteral("cat /dev/zero > ") + fifo});
        QVERIFY(writer.waitForStarted());
        BoundedFileReader reader(fifo, Kind::ProfileFile);
        QVERIFY(!reader.readAll());
        QVERIFY2(reader.error().contains(QStringLiteral("is larger than 1 MiB")),
                 qPrintable(reader.error()));
        writer.kill();
        writer.waitForFinished();
    }

    void psidListStreams()
    {
        // Blank and comment lines are skipped but counted; numbers stay right.
        const QString path = writeFile("# list\n31\n\n  32 \r\n33");
        BoundedFileReader reader(path, Kind::PsidList);
        QList<std::pair<int, QString>> lines;
        QVERIFY(reader.forEachLine([&lines](int number, const QString &line) {
            lines.append({number, line});
            return true;
        }));
        QCOMPARE(lines, (QList<std::pair<int, QString>>{{2, QStringLiteral("31")},
                                                        {4, QStringLiteral("32")},
                                                        {5, QStringLiteral("33")}}));
        QCOMPARE(reader.lineCount(), 5);

        // The GUI's import keeps every line, so its own line numbers match the file's.
        BoundedFileReader gui(path, Kind::PsidList);
        QCOMPARE(*gui.readLines(), QStringLiteral("# list\n31\n\n32\n33"));
    }

    void psidListCaps()
    {
        BoundedFileReader zero(QStringLiteral("/dev/zero"), Kind::PsidList);
        QVERIFY(!zero.forEachLine([](int, const QString &) { return true; }));
        QVERIFY2(zero.error().startsWith(QStringLiteral("Line 1 of /dev/zero is longer than 256 "
                                                        "bytes")),
                 qPrintable(zero.error()));

        const QString longLine =
            writeFile("31\n" + QByteArray(BoundedFileReader::kMaxPsidLineBytes + 1, '7') + "\n");
        BoundedFileReader tooLong(longLine, Kind::PsidList);
        QVERIFY(!tooLong.forEachLine([](int, const QString &) { return true; }));
        QVERIFY(tooLong.error().startsWith(QStringLiteral("Line 2 of ")));

        const QString justFits =
            writeFile(QByteArray(BoundedFileReader::kMaxPsidLineBytes, '7') + "\r\n");
        BoundedFileReader fits(justFits, Kind::PsidList);
        QVERIFY2(fits.forEachLine([](int, const QString &) { return true; }),
                 qPrintable(fits.error()));

        QByteArray many;
        for (qint64 i = 0; i <= BoundedFileReader::kMaxPsids; ++i)
            many += "31\n";
        BoundedFileReader tooMany(writeFile(many), Kind::PsidList);
        QVERIFY(!tooMany.forEachLine([](int, const QString &) { return true; }));
        QVERIFY2(tooMany.error().contains(QStringLiteral("PSIDs, the limit for one PSID list")),
                 qPrintable(tooMany.error()));

        const QString over =
            writeFile(QByteArray(BoundedFileReader::maxBytes(Kind::PsidList) + 1, '\n'));
        BoundedFileReader tooLarge(over, Kind::PsidList);
        QVERIFY(!tooLarge.forEachLine([](int, const QString &) { return true; }));
        QVERIFY(tooLarge.error().contains(QStringLiteral("64 MiB")));
        QFile::remove(over);
    }

private:
    QTemporaryDir m_dir;
    int m_files = 0;
};

QTEST_GUILESS_MAIN(TestBoundedFileReader)
#include "tst_boundedfilereader.moc"

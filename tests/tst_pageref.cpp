#include "models/pageref.h"

#include <QTest>

using mdesk::models::PageRef;

class TestPageRef : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        const PageRef ref{QStringLiteral("1234567890"), QStringLiteral("987654321")};
        QVERIFY(ref.isValid());
        QCOMPARE(ref.toString(), QStringLiteral("1234567890/987654321"));
        const auto parsed = PageRef::parse(ref.toString());
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, ref);
        QCOMPARE(qHash(*parsed), qHash(ref));
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no slash") << QStringLiteral("123");
        QTest::newRow("empty app") << QStringLiteral("/456");
        QTest::newRow("empty page") << QStringLiteral("123/");
        QTest::newRow("two slashes") << QStringLiteral("1/2/3");
        QTest::newRow("space") << QStringLiteral("12 3/456");
        QTest::newRow("dot-dot") << QStringLiteral("../456");
        QTest::newRow("too long") << QString(QString(65, QLatin1Char('1')) + QStringLiteral("/2"));
    }

    void rejectsMalformed()
    {
        QFETCH(QString, text);
        QVERIFY(!PageRef::parse(text).has_value());
    }

    void invalidRefHasEmptyString()
    {
        const PageRef ref{QStringLiteral("app"), QString()};
        QVERIFY(!ref.isValid());
        QVERIFY(ref.toString().isEmpty());
    }

    void acceptsSandboxStyleIds()
    {
        QVERIFY(PageRef::isValidId(QStringLiteral("sandbox-app_1.0")));
        QVERIFY(!PageRef::isValidId(QStringLiteral("a\\b")));
        QVERIFY(!PageRef::isValidId(QStringLiteral("ä")));
    }
};

QTEST_GUILESS_MAIN(TestPageRef)
#include "tst_pageref.moc"

#include "app/desksession.h"
#include "app/settings.h"
#include "models/store/contactstore.h"
#include "models/store/database.h"
#include "support/sqlitedamage.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mdesk;

// The app and damage in its store between two daily checks: SQLite meets it while a tab
// reads, the session says so once for the window's message bar, and the next start checks
// the whole file and moves it aside (the window shows that sentence too).
class TestStoreDamage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void damageMetInUseIsToldOnceAndTheNextStartChecks();
};

void TestStoreDamage::damageMetInUseIsToldOnceAndTheNextStartChecks()
{
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("store.sqlite"));
    app::Settings settings(dir.filePath(QStringLiteral("messenger-desk.conf")));
    const auto session = [&] {
        return std::make_unique<app::DeskSession>(settings, nullptr, app::EnvironmentOverrides{},
                                                  dir.filePath(QStringLiteral("drafts")),
                                                  storePath);
    };
    const QString pageId = QStringLiteral("104729384756101");
    {
        auto first = session();
        QVERIFY(first->storeProblems().isEmpty());
        QStringList psids;
        for (int i = 0; i < 3000; ++i)
            psids << QString::number(5300000000000000LL + i);
        QCOMPARE(store::ContactStore(*first->database(), pageId).addPsids(psids, 0).value_or(-1),
                 3000);
    }
    const QString damaged = testsupport::damageTableLeaf(storePath, QStringLiteral("contacts"), 5);
    QVERIFY2(damaged.isEmpty(), qPrintable(damaged));
    {
        // Checked today: this start reads the header and the schema, which are fine.
        auto second = session();
        QVERIFY2(second->storeProblems().isEmpty(),
                 qPrintable(second->storeProblems().join(QLatin1Char(' '))));
        QSignalSpy told(second.get(), &app::DeskSession::storeProblem);
        store::ContactStore contacts(*second->database(), pageId);
        QVERIFY(!contacts.list({}).has_value());
        QVERIFY(!contacts.list({}).has_value()); // met twice, told once
        QTRY_COMPARE(told.size(), 1);
        const QString message = told.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("SQLite found damage in the local database")) &&
                     message.contains(QDir::toNativeSeparators(storePath)),
                 qPrintable(message));
        QTest::qWait(0); // nothing else queued
        QCOMPARE(told.size(), 1);
    }
    auto third = session();
    QCOMPARE(third->storeProblems().size(), 1);
    QVERIFY2(third->storeProblems().first().contains(QStringLiteral("was damaged and moved to")),
             qPrintable(third->storeProblems().first()));
    QCOMPARE(store::ContactStore(*third->database(), pageId).count({}).value_or(-1), 0);
}

QTEST_GUILESS_MAIN(TestStoreDamage)
#include "tst_storedamage.moc"

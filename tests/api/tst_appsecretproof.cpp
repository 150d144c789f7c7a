#include "api/appsecretproof.h"

#include <QTest>

using mdesk::api::appSecretProof;

// appsecret_proof = lowercase hex HMAC-SHA256(key = app secret, message = access token),
// checked against the vectors of graph-api.md section 1.
class TestAppSecretProof : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vectors_data();
    void vectors();
    void isLowercaseHexOf64();
    void dependsOnBothInputs();
};

void TestAppSecretProof::vectors_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("proof");
    QTest::newRow("SECRET/accesstokenforpage")
        << QStringLiteral("SECRET") << QStringLiteral("accesstokenforpage")
        << QStringLiteral("ef07faa3ff57c828ad712a2e30ab18fa57a6ff71fb2981fc5cc86dd599486f67");
    QTest::newRow("SECRET/ATOKEN123")
        << QStringLiteral("SECRET") << QStringLiteral("ATOKEN123")
        << QStringLiteral("f7cab2def83699262071f04ccd757a9985c9ddcef9f7f9aa58b4a64ae9bf8932");
    QTest::newRow("1WDVGY78/1234567890")
        << QStringLiteral("1WDVGY78") << QStringLiteral("1234567890")
        << QStringLiteral("4894f81b47c53ccf240a1130d119db2c69833eac9be09adeebc8e7226fb73e73");
}

void TestAppSecretProof::vectors()
{
    QFETCH(QString, secret);
    QFETCH(QString, token);
    QFETCH(QString, proof);
    QCOMPARE(appSecretProof(secret, token), proof);
}

void TestAppSecretProof::isLowercaseHexOf64()
{
    const QString proof = appSecretProof(QStringLiteral("s"), QStringLiteral("t"));
    QCOMPARE(proof.size(), 64);
    QCOMPARE(proof, proof.toLower());
    for (const QChar c : proof)
        QVERIFY2(c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('f')),
                 qPrintable(proof));
}

void TestAppSecretProof::dependsOnBothInputs()
{
    const QString base = appSecretProof(QStringLiteral("SECRET"), QStringLiteral("ATOKEN123"));
    QVERIFY(appSecretProof(QStringLiteral("SECRET2"), QStringLiteral("ATOKEN123")) != base);
    QVERIFY(appSecretProof(QStringLiteral("SECRET"), QStringLiteral("ATOKEN124")) != base);
    // Key and message are not interchangeable.
    QVERIFY(appSecretProof(QStringLiteral("ATOKEN123"), QStringLiteral("SECRET")) != base);
}

QTEST_GUILESS_MAIN(TestAppSecretProof)
#include "tst_appsecretproof.moc"

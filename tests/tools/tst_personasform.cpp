// The Personas form offscreen against an in-process LocalGraph, driven by objectName: the
// list, create with name and picture URL checked as typed, delete with a confirmation that
// says what happens, each checked against LocalGraph's personas; Graph errors (permission,
// invalid parameter, timeout) keep what was typed. Screenshots in light, dark and German.
#include "sandboxharness.h"
#include "toolstestkit.h"

#include "api/sandbox/faultinjector.h"
#include "api/sandbox/sandboxstate.h"
#include "ui/tools/personasform.h"
#include "ui/widgets/messagebox.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace mdesk;
using toolstest::child;

class TstPersonasForm : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandboxtest::SandboxHarness> m_harness;

    ui::PageContext context()
    {
        ui::PageContext ctx;
        ctx.client = &m_harness->client();
        ctx.app.id = m_harness->appId(1);
        ctx.page.appId = m_harness->appId(1);
        ctx.page.id = m_harness->pageId(1, 0);
        ctx.page.name = QStringLiteral("Demo");
        return ctx;
    }
    QJsonArray sandboxPersonas()
    {
        return m_harness->pageState(1, 0).value(QStringLiteral("persona_list")).toArray();
    }
    void fill(ui::PersonasForm &form, const QString &name, const QString &url)
    {
        child<QLineEdit>(&form, "personaName")->clear();
        child<QLineEdit>(&form, "personaPicture")->clear();
        QTest::keyClicks(child<QLineEdit>(&form, "personaName"), name);
        QTest::keyClicks(child<QLineEdit>(&form, "personaPicture"), url);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_harness = std::make_unique<sandboxtest::SandboxHarness>();
        m_harness->client().setDefaultTimeout(15000);
    }

    void cleanup()
    {
        m_harness->graph().clearFaults();
        m_harness->client().setDefaultTimeout(15000);
        ui::MessageBox::clearAnswers();
    }

    void createChecksAsTypedThenCreates()
    {
        ui::PersonasForm form(context());
        form.resize(900, 640);
        form.show();
        QSignalSpy listed(&form, &ui::PersonasForm::listed);
        QVERIFY(listed.wait(10000));
        QVERIFY(child<QLabel>(&form, "personaListStatus")
                    ->text()
                    .contains(QStringLiteral("no personas")));
        auto *create = child<QPushButton>(&form, "createPersona");
        QVERIFY(!create->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&form, "personaName"), QStringLiteral("Anna"));
        QTest::keyClicks(child<QLineEdit>(&form, "personaPicture"), QStringLiteral("ftp://x"));
        QVERIFY(child<QLabel>(&form, "personaPictureProblem")->isVisibleTo(&form));
        QVERIFY(!create->isEnabled());
        fill(form, QStringLiteral("Anna"), QStringLiteral("http://example.com/a.png"));
        QVERIFY(child<QLabel>(&form, "personaPictureProblem")
                    ->text()
                    .contains(QStringLiteral("https")));
        QVERIFY(!create->isEnabled());
        fill(form, QString(101, QLatin1Char('n')), QStringLiteral("https://example.com/a.png"));
        QVERIFY(child<QLabel>(&form, "personaNameProblem")->isVisibleTo(&form));
        QVERIFY(!create->isEnabled());
        fill(form, QStringLiteral("Anna from Support"),
             QStringLiteral("https://example.com/a.png"));
        QVERIFY(!child<QLabel>(&form, "personaNameProblem")->isVisibleTo(&form));
        QVERIFY(!child<QLabel>(&form, "personaPictureProblem")->isVisibleTo(&form));
        QVERIFY(create->isEnabled());
        QSignalSpy changed(&form, &ui::PersonasForm::personasChanged);
        create->click();
        QVERIFY(changed.wait(10000));
        QCOMPARE(sandboxPersonas().size(), 1);
        const QJsonObject persona = sandboxPersonas().first().toObject();
        QCOMPARE(persona.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Anna from Support"));
        QCOMPARE(persona.value(QStringLiteral("profile_picture_url")).toString(),
                 QStringLiteral("https://example.com/a.png"));
        QVERIFY(child<QLabel>(&form, "personaResult")
                    ->text()
                    .contains(persona.value(QStringLiteral("id")).toString()));
        QTRY_COMPARE(child<QTreeWidget>(&form, "personaList")->topLevelItemCount(), 1);
        QVERIFY(child<QLineEdit>(&form, "personaName")->text().isEmpty());
        QVERIFY(toolstest::shoot(&form, QStringLiteral("personas-light")));
    }

    void deleteAsksFirst()
    {
        ui::PersonasForm form(context());
        form.resize(900, 640);
        form.show();
        auto *list = child<QTreeWidget>(&form, "personaList");
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        list->setCurrentItem(list->topLevelItem(0));
        const QString id = list->topLevelItem(0)->text(1);
        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        child<QPushButton>(&form, "deletePersona")->click();
        QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("Anna from Support")));
        QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("cannot be undone")));
        QVERIFY(ui::MessageBox::lastText().contains(QStringLiteral("already sent")));
        QCOMPARE(sandboxPersonas().size(), 1); // cancelled: nothing sent
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QSignalSpy changed(&form, &ui::PersonasForm::personasChanged);
        child<QPushButton>(&form, "deletePersona")->click();
        QVERIFY(changed.wait(10000));
        QCOMPARE(sandboxPersonas().size(), 0);
        QVERIFY(!m_harness->graph().state().page(m_harness->pageId(1, 0))->personas.contains(id));
        QTRY_COMPARE(list->topLevelItemCount(), 0);
    }

    void graphErrorsKeepTheInput_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("noAnswer");
        QTest::addColumn<QString>("words");
        QTest::newRow("permission") << 200 << false << "permission";
        QTest::newRow("invalid parameter") << 100 << false << "invalid";
        QTest::newRow("timeout") << 0 << true << "may have";
    }

    void graphErrorsKeepTheInput()
    {
        QFETCH(int, code);
        QFETCH(bool, noAnswer);
        QFETCH(QString, words);
        ui::PersonasForm form(context());
        form.resize(900, 640);
        form.show();
        QSignalSpy listed(&form, &ui::PersonasForm::listed);
        QVERIFY(listed.wait(10000));
        fill(form, QStringLiteral("Ben"), QStringLiteral("https://example.com/b.png"));
        sandbox::FaultConfig faults;
        faults.pathContains = QStringLiteral("/personas");
        if (noAnswer) {
            faults.noAnswer = 1.0;
            m_harness->client().setDefaultTimeout(1500);
        } else {
            faults.errorRates.insert(code, 1.0);
        }
        m_harness->graph().setFaults(faults);
        auto *create = child<QPushButton>(&form, "createPersona");
        create->click();
        QVERIFY(!create->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(create->isEnabled(), 15000);
        const QString text = child<QLabel>(&form, "personaResult")->text();
        QVERIFY2(text.contains(words), qPrintable(text));
        if (code)
            QVERIFY2(text.contains(QStringLiteral("(#%1)").arg(code)), qPrintable(text));
        if (!noAnswer)
            QVERIFY(text.contains(QStringLiteral("fbtrace_id")));
        QCOMPARE(child<QLineEdit>(&form, "personaName")->text(), QStringLiteral("Ben"));
        QCOMPARE(child<QLineEdit>(&form, "personaPicture")->text(),
                 QStringLiteral("https://example.com/b.png"));
        if (code == 200)
            QVERIFY(toolstest::shoot(&form, QStringLiteral("personas-error")));
        m_harness->graph().clearFaults();
        // Whatever the timed-out request did, the sandbox holds at most that one.
        QVERIFY(sandboxPersonas().size() <= 1);
        for (const QJsonValue &persona : sandboxPersonas())
            m_harness->call(QStringLiteral("delete_persona"),
                            {{QStringLiteral("persona_id"),
                              persona.toObject().value(QStringLiteral("id")).toString()}},
                            m_harness->on(1, 0));
    }

    void screenshotsDarkGerman()
    {
        m_harness->call(
            QStringLiteral("create_persona"),
            {{QStringLiteral("name"), QStringLiteral("Carla (Billing)")},
             {QStringLiteral("profile_picture_url"), QStringLiteral("https://example.com/c.png")}},
            m_harness->on(1, 0));
        const auto render = [&](const QString &name) {
            ui::PersonasForm form(context());
            form.resize(900, 640);
            form.show();
            QTRY_COMPARE(child<QTreeWidget>(&form, "personaList")->topLevelItemCount(), 1);
            QTest::keyClicks(child<QLineEdit>(&form, "personaPicture"), QStringLiteral("http://x"));
            QVERIFY(toolstest::shoot(&form, name));
        };
        const QPalette light = QApplication::palette();
        QApplication::setPalette(toolstest::darkPalette());
        render(QStringLiteral("personas-dark"));
        QApplication::setPalette(light);
        toolstest::GermanScope german;
        QVERIFY(german.installed());
        render(QStringLiteral("personas-de"));
    }
};

QTEST_MAIN(TstPersonasForm)
#include "tst_personasform.moc"

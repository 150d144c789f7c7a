// The Conversations & Tools tab offscreen: its section list (keyboard, order, sections
// added by others), every operation of the table reachable, a Graph error per form
// (permission, invalid parameter, timeout) shown in plain words with code and fbtrace_id
// while what was typed stays, and screenshots in light, dark and German.
#include "../../tools/toolstestkit.h"

#include "api/operationtable.h"
#include "ui/tools/attachmentsform.h"
#include "ui/tools/conversationstoolstab.h"
#include "ui/tools/featurereviewform.h"
#include "ui/tools/messengercodeform.h"
#include "ui/tools/nlpform.h"
#include "ui/tools/personasform.h"
#include "ui/tools/rawcallform.h"
#include "ui/tools/unlinkaccountform.h"
#include "ui/tools/userlookupform.h"
#include "ui/tools/webhooksform.h"
#include "ui/widgets/messagebox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <functional>
#include <optional>

using namespace mdesk;
using toolstest::barText;
using toolstest::child;

namespace {

// One form as the error-path test drives it.
struct FormCase
{
    QString name;
    std::function<ui::ToolForm *(const ui::PageContext &)> make;
    std::function<void(ui::ToolForm *)> fill;
    QString button;
    std::function<QString(ui::ToolForm *)> typed; // what the user typed, to compare after
    bool confirms = false;
};

QString lineText(ui::ToolForm *form, const char *name)
{
    return child<QLineEdit>(form, QLatin1String(name))->text();
}

QList<FormCase> formCases(const QString &psid)
{
    return {
        {QStringLiteral("userLookup"),
         [](const ui::PageContext &c) { return new ui::UserLookupForm(c); },
         [psid](ui::ToolForm *f) {
             child<QLineEdit>(f, QStringLiteral("lookupPsid"))->setText(psid);
         },
         QStringLiteral("lookupProfile"),
         [](ui::ToolForm *f) { return lineText(f, "lookupPsid"); }},
        {QStringLiteral("attachments"),
         [](const ui::PageContext &c) { return new ui::AttachmentsForm(c); },
         [](ui::ToolForm *f) {
             child<QLineEdit>(f, QStringLiteral("attachmentUrl"))
                 ->setText(QStringLiteral("https://example.com/a.png"));
         },
         QStringLiteral("attachmentUpload"),
         [](ui::ToolForm *f) { return lineText(f, "attachmentUrl"); }},
        {QStringLiteral("messengerCode"),
         [](const ui::PageContext &c) { return new ui::MessengerCodeForm(c); },
         [](ui::ToolForm *f) {
             child<QLineEdit>(f, QStringLiteral("codeRef"))->setText(QStringLiteral("t-9"));
         },
         QStringLiteral("codeCreate"), [](ui::ToolForm *f) { return lineText(f, "codeRef"); }},
        {QStringLiteral("unlinkAccount"),
         [](const ui::PageContext &c) { return new ui::UnlinkAccountForm(c); },
         [psid](ui::ToolForm *f) {
             child<QLineEdit>(f, QStringLiteral("unlinkPsid"))->setText(psid);
         },
         QStringLiteral("unlinkSend"), [](ui::ToolForm *f) { return lineText(f, "unlinkPsid"); },
         true},
        {QStringLiteral("featureReview"),
         [](const ui::PageContext &c) { return new ui::FeatureReviewForm(c); },
         [](ui::ToolForm *) {}, QStringLiteral("featureReviewRead"),
         [](ui::ToolForm *f) {
             return QString::number(
                 child<QTableWidget>(f, QStringLiteral("featureReviewTable"))->rowCount());
         }},
        {QStringLiteral("nlp"), [](const ui::PageContext &c) { return new ui::NlpForm(c); },
         [](ui::ToolForm *f) {
             auto *model = child<QComboBox>(f, QStringLiteral("nlpModel"));
             model->setCurrentIndex(model->findData(QStringLiteral("SPANISH")));
         },
         QStringLiteral("nlpApply"),
         [](ui::ToolForm *f) {
             return child<QComboBox>(f, QStringLiteral("nlpModel"))->currentText();
         }},
        {QStringLiteral("webhooks"),
         [](const ui::PageContext &c) { return new ui::WebhooksForm(c); },
         [](ui::ToolForm *f) {
             child<QCheckBox>(f, QStringLiteral("webhookField_message_reads"))->setChecked(true);
         },
         QStringLiteral("webhooksSubscribe"),
         [](ui::ToolForm *f) {
             return static_cast<ui::WebhooksForm *>(f)->checkedFields().join(QLatin1Char(','));
         }},
        {QStringLiteral("rawCall"), [](const ui::PageContext &c) { return new ui::RawCallForm(c); },
         [](ui::ToolForm *f) {
             child<QPlainTextEdit>(f, QStringLiteral("rawInput"))
                 ->setPlainText(QStringLiteral("{\"fields\": \"id,name\"}"));
         },
         QStringLiteral("rawSend"),
         [](ui::ToolForm *f) {
             return child<QPlainTextEdit>(f, QStringLiteral("rawInput"))->toPlainText();
         }},
    };
}

} // namespace

class TstToolsTab : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<toolstest::ToolsFixture> m_fixture;
    toolstest::ToolsFixture &fx() { return *m_fixture; }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<toolstest::ToolsFixture>();
        QVERIFY(fx().isReady());
    }
    void cleanup()
    {
        ui::MessageBox::clearAnswers();
        fx().graph().clearFaults();
    }

    void sectionsAndKeyboard()
    {
        std::unique_ptr<ui::ConversationsToolsTab> tab(
            ui::ConversationsToolsTab::create(fx().context()));
        QCOMPARE(tab->objectName(), QStringLiteral("conversationsToolsTab"));
        const QStringList ids{QStringLiteral("conversations"), QStringLiteral("sendMessage"),
                              QStringLiteral("userLookup"),    QStringLiteral("personas"),
                              QStringLiteral("attachments"),   QStringLiteral("messengerCode"),
                              QStringLiteral("unlinkAccount"), QStringLiteral("featureReview"),
                              QStringLiteral("nlp"),           QStringLiteral("webhooks"),
                              QStringLiteral("rawCall")};
        QCOMPARE(tab->sectionIds(), ids);
        auto *list = child<QListWidget>(tab.get(), QStringLiteral("toolSections"));
        QVERIFY(!list->accessibleName().isEmpty());
        QCOMPARE(list->focusPolicy(), Qt::StrongFocus);
        QCOMPARE(tab->currentSection(), QStringLiteral("conversations"));
        QCOMPARE(tab->section(QStringLiteral("conversations"))->objectName(),
                 QStringLiteral("conversationsPanel"));
        QCOMPARE(tab->section(QStringLiteral("sendMessage"))->objectName(),
                 QStringLiteral("sendMessageForm"));
        QCOMPARE(tab->section(QStringLiteral("personas"))->objectName(),
                 QStringLiteral("personasForm"));
        for (const QString &id : ids.mid(4))
            QVERIFY(qobject_cast<ui::ToolForm *>(tab->section(id)));

        tab->resize(1100, 720);
        tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(tab.get()));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(tab->currentSection(), QStringLiteral("sendMessage"));
        QCOMPARE(tab->stack()->currentIndex(), 1);
        QTest::keyClick(list, Qt::Key_End);
        QCOMPARE(tab->currentSection(), QStringLiteral("rawCall"));

        // A section inserted first leaves the current one shown.
        auto *first = new QLabel(QStringLiteral("first"));
        tab->insertSection(0, QStringLiteral("first"), QStringLiteral("First"), first);
        tab->addSection(QStringLiteral("last"), QStringLiteral("Last"), new QLabel);
        QCOMPARE(tab->sectionIds().first(), QStringLiteral("first"));
        QCOMPARE(tab->sectionIds().last(), QStringLiteral("last"));
        QCOMPARE(tab->currentSection(), QStringLiteral("rawCall"));
        QVERIFY(tab->showSection(QStringLiteral("first")));
        QCOMPARE(tab->stack()->currentIndex(), 0);
        QCOMPARE(tab->section(QStringLiteral("first")), first);
        QVERIFY(!tab->showSection(QStringLiteral("nothing")));
    }

    // Every op of the table can be called from the tab: the raw call lists each one.
    void everyOperationIsReachable()
    {
        ui::RawCallForm form(fx().context());
        auto *ops = child<QComboBox>(&form, QStringLiteral("rawOp"));
        QCOMPARE(ops->count(), int(api::OperationTable::all().size()));
        for (const api::OperationSpec &spec : api::OperationTable::all()) {
            QVERIFY2(ops->findData(spec.id) >= 0, qPrintable(spec.id));
            form.setOp(spec.id);
            QVERIFY(child<QLabel>(&form, QStringLiteral("rawOpInfo"))->text().contains(spec.path));
        }
    }

    void graphErrorsKeepTheInput_data()
    {
        QTest::addColumn<int>("form");
        QTest::addColumn<int>("code"); // 0: no answer (timeout)
        const auto cases = formCases(QString());
        for (int i = 0; i < cases.size(); ++i) {
            for (const int code : {10, 100, 0}) {
                const QString fault = code == 10    ? QStringLiteral("permission")
                                      : code == 100 ? QStringLiteral("invalid parameter")
                                                    : QStringLiteral("timeout");
                QTest::newRow(qPrintable(cases.at(i).name + QLatin1Char(' ') + fault)) << i << code;
            }
        }
    }

    void graphErrorsKeepTheInput()
    {
        QFETCH(int, form);
        QFETCH(int, code);
        const FormCase formCase = formCases(fx().harness().psid(0, 0)).at(form);
        api::GraphClient &client = fx().harness().client();
        const api::RateGovernor::Config governor = client.governor()->config();
        api::RateGovernor::Config quick = governor;
        quick.baseBackoffMs = 10;
        quick.maxAttempts = 2;
        client.governor()->setConfig(quick);
        client.setDefaultTimeout(700);
        std::unique_ptr<ui::ToolForm> widget(formCase.make(fx().context()));
        formCase.fill(widget.get());
        const QString typed = formCase.typed(widget.get());

        sandbox::FaultConfig faults;
        if (code)
            faults.errorRates.insert(code, 1.0);
        else
            faults.noAnswer = 1.0;
        fx().graph().setFaults(faults);
        if (formCase.confirms)
            ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QSignalSpy done(widget.get(), &ui::ToolForm::finished);
        auto *button = child<QPushButton>(widget.get(), formCase.button);
        QVERIFY(button->isEnabled());
        button->click();
        QVERIFY(done.wait(20000));
        client.setDefaultTimeout(15000);
        client.governor()->setConfig(governor);
        QCOMPARE(done.first().at(1).toBool(), false);

        const QString bar = barText(widget.get());
        if (code) {
            QVERIFY2(bar.contains(QStringLiteral("(#%1)").arg(code)) &&
                         bar.contains(QStringLiteral("fbtrace_id")),
                     qPrintable(bar));
            if (formCase.name != QLatin1String("messengerCode")) // removed: "no longer served"
                QVERIFY2(bar.contains(code == 10 ? QStringLiteral("permission")
                                                 : QStringLiteral("refused a value")),
                         qPrintable(bar));
        } else {
            QVERIFY2(bar.contains(QStringLiteral("in time")) ||
                         bar.contains(QStringLiteral("may have applied")) ||
                         bar.contains(QStringLiteral("may have kept the file")),
                     qPrintable(bar));
        }
        QCOMPARE(formCase.typed(widget.get()), typed);
        if (code == 10 && (formCase.name == QLatin1String("attachments") ||
                           formCase.name == QLatin1String("unlinkAccount"))) {
            widget->resize(900, 420);
            QVERIFY(toolstest::shoot(widget.get(), QStringLiteral("tools-error-") + formCase.name));
        }
        QVERIFY(button->isEnabled()); // ready to try again
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("look");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
        QTest::newRow("german") << QStringLiteral("de");
    }

    void screenshots()
    {
        QFETCH(QString, look);
        // German from the app's own translation (the .qm files mdesk_app embeds).
        std::optional<toolstest::GermanScope> german;
        if (look == QLatin1String("de")) {
            german.emplace();
            QVERIFY(german->installed());
        }
        // Dark as a dark desktop theme gives it: the application's palette, set first.
        const QPalette light = QApplication::palette();
        const auto restore = qScopeGuard([light] { QApplication::setPalette(light); });
        if (look == QLatin1String("dark"))
            QApplication::setPalette(toolstest::darkPalette());
        {
            std::unique_ptr<ui::ConversationsToolsTab> tab(
                ui::ConversationsToolsTab::create(fx().context(1, 0)));
            tab->resize(1100, 760);
            // Forms that read on opening: their answers are waited for before the shot.
            QHash<QString, QSignalSpy *> spies;
            for (const QString &id : tab->sectionIds()) {
                // The conversations, personas and send sections are not ToolForms.
                if (auto *form = qobject_cast<ui::ToolForm *>(tab->section(id)))
                    spies.insert(id, new QSignalSpy(form, &ui::ToolForm::finished));
            }
            auto *personas =
                qobject_cast<ui::PersonasForm *>(tab->section(QStringLiteral("personas")));
            QVERIFY(personas);
            QSignalSpy personasListed(personas, &ui::PersonasForm::listed);
            tab->show();
            QVERIFY(QTest::qWaitForWindowExposed(tab.get()));
            // What a user sees first: the section list, in the language shown.
            auto *list = child<QListWidget>(tab.get(), QStringLiteral("toolSections"));
            QCOMPARE(list->item(0)->text(), look == QLatin1String("de")
                                                ? QStringLiteral("Unterhaltungen")
                                                : QStringLiteral("Conversations"));
            for (const QString &id : tab->sectionIds()) {
                QWidget *form = tab->section(id);
                tab->showSection(id);
                if (id == QLatin1String("userLookup") || id == QLatin1String("featureReview") ||
                    id == QLatin1String("webhooks")) {
                    QSignalSpy &done = *spies.value(id);
                    QVERIFY(done.count() > 0 || done.wait(20000));
                }
                if (id == QLatin1String("personas"))
                    QVERIFY(personasListed.count() > 0 || personasListed.wait(20000));
                if (id == QLatin1String("unlinkAccount"))
                    child<QLineEdit>(form, QStringLiteral("unlinkPsid"))
                        ->setText(QStringLiteral("12x"));
                QApplication::processEvents();
                QVERIFY(toolstest::shoot(tab.get(), QStringLiteral("tools-%1-%2").arg(id, look)));
            }
            qDeleteAll(spies);
        }
    }
};

QTEST_MAIN(TstToolsTab)
#include "tst_toolstab.moc"

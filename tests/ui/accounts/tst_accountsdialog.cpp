// The accounts dialog against a real keychain (the gnome-keyring scripts/test provides) and
// an in-process LocalGraph: secrets go to the keychain and never into the settings file,
// tokens are checked and Pages imported through Graph, failures show inline.
#include "guitestkit.h"

#include "api/graphclient.h"
#include "api/sandbox/localgraph.h"
#include "app/secretstore.h"
#include "models/accounts/pagelistmodel.h"
#include "ui/accounts/accountsdialog.h"
#include "ui/accounts/appeditor.h"
#include "ui/accounts/pageeditor.h"
#include "ui/accounts/pageimportpanel.h"
#include "ui/accounts/tokencheckview.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/messagebox.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeView>

using namespace mdesk;
using Outcome = app::SecretStore::Outcome;

namespace {

bool ciIsSet()
{
    const QString ci = qEnvironmentVariable("CI");
    return !ci.isEmpty() && ci != QStringLiteral("false");
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

void type(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    QVERIFY2(edit, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestAccountsDialog : public QObject
{
    Q_OBJECT

    sandbox::LocalGraph m_graph{sandbox::LocalGraph::demoOptions()};
    QTemporaryDir m_dir;
    std::unique_ptr<app::Settings> m_settings;
    app::SecretStore m_secrets;
    api::GraphClient m_client;
    std::unique_ptr<app::SettingsAccountStore> m_store;
    QList<sandbox::LocalGraph::App> m_apps;

    // Reads a secret back from the keychain, as a second program would.
    std::pair<Outcome, QString> readSecret(const QString &key)
    {
        QSignalSpy finished(&m_secrets, &app::SecretStore::finished);
        const int id = m_secrets.readSecret(key);
        for (int waited = 0; waited < 100; ++waited) {
            for (const QList<QVariant> &args : std::as_const(finished)) {
                if (args.at(0).toInt() == id)
                    return {args.at(1).value<Outcome>(), args.at(2).toString()};
            }
            finished.wait(100);
        }
        return {Outcome::Failed, QString()};
    }

    QByteArray settingsFile()
    {
        m_settings->sync();
        QFile file(m_settings->fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Configures the second sandbox app through the store, as a previous session would have.
    void configureSecondApp()
    {
        const auto &app = m_apps.at(1);
        models::AppAccount account;
        account.id = app.id;
        account.name = app.name;
        account.baseUrl = m_graph.url();
        QVERIFY(m_store->saveApp(account));
        QSignalSpy stored(m_store.get(), &models::AccountStore::secretStored);
        m_store->storeSecret(models::AccountStore::SecretKind::AppSecret, app.id, {}, app.secret);
        QVERIFY(stored.wait(10000));
        QVERIFY2(stored.first().at(1).toBool(), qPrintable(stored.first().at(2).toString()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY(m_graph.listen());
        m_apps = m_graph.apps();
        // Is there a keychain? Without one this test has nothing to test.
        QSignalSpy finished(&m_secrets, &app::SecretStore::finished);
        m_secrets.readSecret(QStringLiteral("tst_accountsdialog/probe"));
        QVERIFY(finished.wait(15000));
        const auto outcome = finished.first().at(1).value<Outcome>();
        if (outcome != Outcome::Ok && outcome != Outcome::NotFound) {
            const QString reason = finished.first().at(3).toString();
            if (ciIsSet())
                QFAIL(qPrintable(reason));
            QSKIP(qPrintable(reason));
        }
    }

    void init()
    {
        ui::MessageBox::clearAnswers();
        m_settings = std::make_unique<app::Settings>(m_dir.filePath(
            QStringLiteral("settings-%1.conf").arg(QLatin1String(QTest::currentTestFunction()))));
        m_store = std::make_unique<app::SettingsAccountStore>(*m_settings, m_secrets, m_client);
    }

    void cleanup()
    {
        // removeApp deletes the app's secrets and its Pages' tokens from the keychain.
        for (const auto &app : std::as_const(m_apps))
            m_store->removeApp(app.id);
        QTest::qWait(200);
        m_store.reset();
        m_settings.reset();
    }

    void emptyDialogExplains()
    {
        ui::AccountsDialog dialog(m_store.get(), &m_client);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QWidget>(&dialog, "accountsIntro")->isVisible());
        QVERIFY(!child<QPushButton>(&dialog, "addPageButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "importPagesButton")->isEnabled());
        QVERIFY(!guitest::saveScreenshot(&dialog, QStringLiteral("accounts-empty")).isEmpty());
    }

    void appSecretAndPageTokenGoToTheKeychainOnly()
    {
        const auto &demo = m_apps.at(0);
        const auto &demoPage = demo.pages.at(0);
        ui::AccountsDialog dialog(m_store.get(), &m_client);
        dialog.resize(900, 600);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // The app: typed into the form, the secret in a password field.
        child<QPushButton>(&dialog, "addAppButton")->click();
        ui::AppEditor *appEditor = dialog.appEditor();
        QVERIFY(appEditor->isVisible());
        QCOMPARE(child<QLineEdit>(appEditor, "appSecret")->echoMode(), QLineEdit::Password);
        QCOMPARE(child<QLineEdit>(appEditor, "appToken")->echoMode(), QLineEdit::Password);
        type(appEditor, "appId", demo.id);
        type(appEditor, "appName", demo.name);
        type(appEditor, "appGraphUrl", m_graph.url().toString());
        type(appEditor, "appSecret", demo.secret);
        QSignalSpy appSaved(appEditor, &ui::AppEditor::saved);
        child<QPushButton>(appEditor, "saveApp")->click();
        QVERIFY(appSaved.wait(10000));
        QCOMPARE(child<QLineEdit>(appEditor, "appSecret")->text(), QString());
        QVERIFY(m_settings->app(demo.id)->hasSecret);
        QCOMPARE(readSecret(app::SecretStore::appSecretKey(demo.id)),
                 std::make_pair(Outcome::Ok, demo.secret));
        QCOMPARE(m_client.app(demo.id)->appSecret, demo.secret);

        // The Page: its token checked with debug_token, then saved.
        child<QPushButton>(&dialog, "addPageButton")->click();
        ui::PageEditor *pageEditor = dialog.pageEditor();
        QVERIFY(pageEditor->isVisible());
        QCOMPARE(child<QLineEdit>(pageEditor, "pageToken")->echoMode(), QLineEdit::Password);
        QCOMPARE(child<QComboBox>(pageEditor, "pageApp")->currentData().toString(), demo.id);
        type(pageEditor, "pageId", demoPage.id);
        type(pageEditor, "pageName", demoPage.name);
        type(pageEditor, "pageToken", demoPage.token);
        child<QPushButton>(pageEditor, "checkPageToken")->click();
        ui::TokenCheckView *check = pageEditor->tokenCheck();
        QTRY_COMPARE(check->state(), ui::TokenCheckView::State::Valid);
        QVERIFY(check->scopes().contains(QStringLiteral("pages_messaging")));
        QVERIFY(check->text().contains(QStringLiteral("Expires: never")));
        QVERIFY(!check->text().contains(demoPage.token));
        QVERIFY(!guitest::saveScreenshot(&dialog, QStringLiteral("accounts-page")).isEmpty());

        QSignalSpy pageSaved(pageEditor, &ui::PageEditor::saved);
        child<QPushButton>(pageEditor, "savePage")->click();
        QVERIFY(pageSaved.wait(10000));
        QVERIFY(m_settings->page({demo.id, demoPage.id}));
        QCOMPARE(readSecret(app::SecretStore::pageTokenKey(demo.id, demoPage.id)),
                 std::make_pair(Outcome::Ok, demoPage.token));
        QVERIFY(m_client.hasPageToken(demo.id, demoPage.id));
        QCOMPARE(dialog.accountList()->model()->rowCount(), 1);

        // Nothing secret in the settings file.
        const QByteArray ini = settingsFile();
        QVERIFY(ini.contains(demo.id.toUtf8()));
        QVERIFY(ini.contains(demoPage.id.toUtf8()));
        QVERIFY(!ini.contains(demo.secret.toUtf8()));
        QVERIFY(!ini.contains(demoPage.token.toUtf8()));

        // The Page works at once: a call with the stored token and secret reaches Graph.
        api::CallOptions options;
        options.appId = demo.id;
        options.pageId = demoPage.id;
        QSignalSpy answered(m_client.call(QStringLiteral("fetch_greeting"), {}, options),
                            &api::GraphReply::finished);
        QVERIFY(answered.wait(10000));
        QVERIFY(answered.first().first().value<api::GraphResult>().isOk());

        // Selecting the app shows its form again, the secret as "stored".
        dialog.accountList()->setCurrentIndex(dialog.accountList()->model()->index(0, 0));
        QVERIFY(appEditor->isVisible());
        QCOMPARE(child<QLineEdit>(appEditor, "appId")->text(), demo.id);
        QVERIFY(child<QLineEdit>(appEditor, "appId")->isReadOnly());
        QVERIFY(child<QLineEdit>(appEditor, "appSecret")
                    ->placeholderText()
                    .contains(QStringLiteral("keychain")));
        QVERIFY(!guitest::saveScreenshot(&dialog, QStringLiteral("accounts-app")).isEmpty());
    }

    void importPagesWithAUserToken()
    {
        configureSecondApp();
        const auto &demo = m_apps.at(1);
        ui::AccountsDialog dialog(m_store.get(), &m_client);
        dialog.resize(900, 600);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QPushButton>(&dialog, "importPagesButton")->click();
        ui::PageImportPanel *panel = dialog.importPanel();
        QVERIFY(panel->isVisible());
        QCOMPARE(child<QLineEdit>(panel, "importUserToken")->echoMode(), QLineEdit::Password);
        type(panel, "importUserToken", demo.userToken);
        child<QPushButton>(panel, "checkUserToken")->click();
        QTRY_COMPARE(panel->tokenCheck()->state(), ui::TokenCheckView::State::Valid);
        QVERIFY(panel->tokenCheck()->text().contains(QStringLiteral("user")));
        child<QPushButton>(panel, "findPages")->click();
        QTRY_COMPARE(panel->foundList()->count(), 2);
        QCOMPARE(panel->foundList()->item(0)->checkState(), Qt::Checked);
        QVERIFY(!guitest::saveScreenshot(&dialog, QStringLiteral("accounts-import")).isEmpty());

        QSignalSpy added(panel, &ui::PageImportPanel::pagesAdded);
        child<QPushButton>(panel, "addFoundPages")->click();
        QVERIFY(added.wait(10000));
        QCOMPARE(added.first().first().toInt(), 2);
        QCOMPARE(m_settings->pages(demo.id).size(), 2);
        const QByteArray ini = settingsFile();
        for (const auto &page : demo.pages) {
            QCOMPARE(readSecret(app::SecretStore::pageTokenKey(demo.id, page.id)),
                     std::make_pair(Outcome::Ok, page.token));
            QVERIFY(!ini.contains(page.token.toUtf8()));
            QVERIFY(m_client.hasPageToken(demo.id, page.id));
        }
        QVERIFY(!ini.contains(demo.userToken.toUtf8()));
        QVERIFY(!ini.contains(demo.secret.toUtf8()));
    }

    void failuresShowInlineAndKeepWhatWasTyped()
    {
        configureSecondApp();
        const auto &demo = m_apps.at(1);
        ui::AccountsDialog dialog(m_store.get(), &m_client);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // list_pages with a token Graph does not know: Graph's own message, inline.
        dialog.importPages();
        ui::PageImportPanel *panel = dialog.importPanel();
        type(panel, "importUserToken", QStringLiteral("not-a-real-user-token"));
        child<QPushButton>(panel, "findPages")->click();
        auto *message = child<ui::MessageBar>(panel, "importMessage");
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("#190")), qPrintable(message->text()));
        QCOMPARE(message->tone(), ui::MessageBar::Tone::Negative);
        QCOMPARE(child<QLineEdit>(panel, "importUserToken")->text(),
                 QStringLiteral("not-a-real-user-token"));
        QVERIFY(!message->text().contains(QStringLiteral("not-a-real-user-token")));

        // debug_token on a bad Page token: not valid, with Graph's reason.
        dialog.addPage();
        ui::PageEditor *pageEditor = dialog.pageEditor();
        type(pageEditor, "pageId", demo.pages.at(0).id);
        type(pageEditor, "pageToken", QStringLiteral("wrong-page-token"));
        child<QPushButton>(pageEditor, "checkPageToken")->click();
        QTRY_COMPARE(pageEditor->tokenCheck()->state(), ui::TokenCheckView::State::Invalid);
        QVERIFY(pageEditor->tokenCheck()->text().contains(QStringLiteral("Invalid OAuth")));

        // An insecure Graph URL is refused before anything is stored; the typing stays.
        dialog.addApp();
        ui::AppEditor *appEditor = dialog.appEditor();
        type(appEditor, "appId", QStringLiteral("4242"));
        type(appEditor, "appGraphUrl", QStringLiteral("http://graph.example.com"));
        type(appEditor, "appSecret", QStringLiteral("typed-secret-kept"));
        child<QPushButton>(appEditor, "saveApp")->click();
        auto *appMessage = child<ui::MessageBar>(appEditor, "appEditorMessage");
        QVERIFY(appMessage->isVisible());
        QVERIFY(appMessage->text().contains(QStringLiteral("https")));
        QCOMPARE(child<QLineEdit>(appEditor, "appSecret")->text(),
                 QStringLiteral("typed-secret-kept"));
        QVERIFY(!m_settings->app(QStringLiteral("4242")));
        QVERIFY(!guitest::saveScreenshot(&dialog, QStringLiteral("accounts-failure")).isEmpty());
    }

    // The next start: the configured accounts are loaded with their secrets from the
    // keychain, and the sandbox only runs on request.
    void sessionLoadsConfiguredAccounts()
    {
        configureSecondApp();
        const auto &demo = m_apps.at(1);
        const auto &page = demo.pages.at(1);
        QSignalSpy stored(m_store.get(), &models::AccountStore::secretStored);
        m_store->storeSecret(models::AccountStore::SecretKind::PageToken, demo.id, page.id,
                             page.token);
        QVERIFY(stored.wait(10000));
        QVERIFY(m_store->savePage({demo.id, page.id, page.name, false}));

        for (const bool sandbox : {false, true}) {
            app::DeskSession session(*m_settings, nullptr, app::EnvironmentOverrides{},
                                     m_dir.filePath(QStringLiteral("drafts")),
                                     m_dir.filePath(QStringLiteral("store.sqlite")));
            QSignalSpy ready(&session, &app::DeskSession::ready);
            session.start(sandbox);
            QVERIFY(ready.wait(15000));
            QCOMPARE(session.isSandboxRunning(), sandbox);
            QVERIFY2(session.keychainProblems().isEmpty(),
                     qPrintable(session.keychainProblems().join(QLatin1Char(' '))));
            QVERIFY(session.client().hasPageToken(demo.id, page.id));
            QCOMPARE(session.client().app(demo.id)->appSecret, demo.secret);
            const QList<models::AppAccount> apps = session.accounts().apps();
            QCOMPARE(apps.first().id, demo.id);
            QVERIFY(!apps.first().sandbox);
            QCOMPARE(apps.size(), sandbox ? 2 : 1); // the configured app wins over its demo twin
        }
    }

    void removingAPageDeletesItsToken()
    {
        configureSecondApp();
        const auto &demo = m_apps.at(1);
        const auto &page = demo.pages.at(0);
        QSignalSpy stored(m_store.get(), &models::AccountStore::secretStored);
        m_store->storeSecret(models::AccountStore::SecretKind::PageToken, demo.id, page.id,
                             page.token);
        QVERIFY(stored.wait(10000));
        QVERIFY(m_store->savePage({demo.id, page.id, page.name, false}));

        ui::AccountsDialog dialog(m_store.get(), &m_client);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = dialog.accountList();
        auto *model = static_cast<models::PageListModel *>(list->model());
        list->setCurrentIndex(model->indexOf({demo.id, page.id}));
        QVERIFY(dialog.pageEditor()->isVisible());

        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        child<QPushButton>(&dialog, "removeAccountButton")->click();
        QVERIFY(m_settings->page({demo.id, page.id}));

        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        child<QPushButton>(&dialog, "removeAccountButton")->click();
        QVERIFY(ui::MessageBox::lastText().contains(page.name));
        QVERIFY(!m_settings->page({demo.id, page.id}));
        QVERIFY(!m_client.hasPageToken(demo.id, page.id));
        QTRY_COMPARE(readSecret(app::SecretStore::pageTokenKey(demo.id, page.id)).first,
                     Outcome::NotFound);
        QVERIFY(dialog.appEditor()->isVisible()); // the app is current now
    }
};

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"

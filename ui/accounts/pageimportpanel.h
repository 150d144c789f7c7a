#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace mdesk::api {
class GraphClient;
class GraphResult;
class Pager;
} // namespace mdesk::api
namespace mdesk::models {
class AccountStore;
}

namespace mdesk::ui {

class MessageBar;
class SecretWrites;
class TokenCheckView;

// "Import Pages": a user access token (in a password field) lists the Pages the user
// manages (list_pages, every page of the answer), and the chosen ones are added to an app
// with their Page tokens, which go to the keychain only. Failures show inline with
// Graph's message; the typed token stays.
class PageImportPanel : public QWidget
{
    Q_OBJECT
public:
    PageImportPanel(models::AccountStore *store, api::GraphClient *client,
                    QWidget *parent = nullptr);
    ~PageImportPanel() override;

    // Starts over for appId (or the first app when empty); the typed token stays.
    void start(const QString &appId = {});
    bool isBusy() const;
    QListWidget *foundList() const { return m_found; }
    TokenCheckView *tokenCheck() const { return m_check; }

public Q_SLOTS:
    void findPages();
    void addSelected();
    void checkToken();

Q_SIGNALS:
    void pagesAdded(int count);

private:
    struct Found
    {
        QString name;
        QString token;
    };

    QString selectedAppId() const;
    void onPagesFound(const api::GraphResult &result);
    void setBusy(bool busy);

    models::AccountStore *m_store;
    api::GraphClient *m_client;
    QComboBox *m_app;
    QLineEdit *m_userToken;
    QPushButton *m_checkButton;
    QPushButton *m_findButton;
    TokenCheckView *m_check;
    QListWidget *m_found;
    MessageBar *m_message;
    QPushButton *m_add;
    QHash<QString, Found> m_pages; // page id -> name and Page token, until added
    QString m_foundForApp;
    QPointer<api::Pager> m_pager;
    QPointer<SecretWrites> m_writes;
};

} // namespace mdesk::ui

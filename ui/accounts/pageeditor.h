#pragma once

#include "models/accounts/appaccount.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mdesk::api {
class GraphClient;
}
namespace mdesk::models {
class AccountStore;
}

namespace mdesk::ui {

class MessageBar;
class SecretWrites;
class TokenCheckView;

// The accounts dialog's form for one Page: its app, ID, name and Page access token in a
// password field, with "Check Token" (debug_token: validity, scopes, expiry). Saving
// stores a typed token in the keychain first and the Page only once that worked; on
// failure the message shows inline and everything typed stays.
class PageEditor : public QWidget
{
    Q_OBJECT
public:
    PageEditor(models::AccountStore *store, api::GraphClient *client, QWidget *parent = nullptr);

    // A new Page of appId (or of the first app when empty).
    void editNew(const QString &appId = {});
    void edit(const models::PageAccount &page);
    bool isNew() const { return m_new; }
    bool isSaving() const;
    TokenCheckView *tokenCheck() const { return m_check; }

public Q_SLOTS:
    void save();
    void checkToken();

Q_SIGNALS:
    void saved(const models::PageRef &page);

private:
    void fillApps(const QString &appId);
    QString selectedAppId() const;
    QString validate() const;
    void setBusy(bool busy);

    models::AccountStore *m_store;
    api::GraphClient *m_client;
    bool m_new = true;
    QLabel *m_heading;
    QComboBox *m_app;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QLineEdit *m_token;
    QPushButton *m_checkButton;
    TokenCheckView *m_check;
    MessageBar *m_message;
    QPushButton *m_save;
    QPointer<SecretWrites> m_writes;
};

} // namespace mdesk::ui

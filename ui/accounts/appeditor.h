#pragma once

#include "models/accounts/appaccount.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mdesk::models {
class AccountStore;
}

namespace mdesk::ui {

class MessageBar;
class SecretWrites;

// The accounts dialog's form for one app: ID, name, Graph version (each with its end date,
// and a note under it when the chosen one ends within 90 days or ended), Graph URL, and the app
// secret and app token in password fields. Saving writes the non-secret data through the
// AccountStore, then the typed secrets to the keychain only. On failure the message shows
// inline and everything typed stays in the fields.
class AppEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AppEditor(models::AccountStore *store, QWidget *parent = nullptr);

    void editNew();
    void edit(const models::AppAccount &app);
    bool isNew() const { return m_new; }
    bool isSaving() const;
    QString appId() const;

public Q_SLOTS:
    void save();

Q_SIGNALS:
    // The app is saved and every typed secret is stored.
    void saved(const QString &appId);

private:
    QString chosenVersion() const;
    // Under the version: when it ends (within 90 days) or that it ended, in a sentence.
    void showVersionNote();
    QString validate() const;
    void onSecretsDone(const QStringList &failures);
    void setBusy(bool busy);

    models::AccountStore *m_store;
    bool m_new = true;
    QLabel *m_heading;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QComboBox *m_version;
    QLabel *m_versionNote;
    QLineEdit *m_url;
    QLineEdit *m_secret;
    QLineEdit *m_appToken;
    MessageBar *m_message;
    QPushButton *m_save;
    QPointer<SecretWrites> m_writes;
};

} // namespace mdesk::ui

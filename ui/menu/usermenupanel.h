#pragma once

#include "api/graphresult.h"
#include "models/pageref.h"

#include <QJsonArray>
#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace mdesk::api {
class GraphClient;
}

namespace mdesk::ui {

// The persistent menu of one user (custom_user_settings): load what a PSID sees, give that
// user the menu being edited, or reset the user back to the page's menu.
class UserMenuPanel : public QWidget
{
    Q_OBJECT
public:
    UserMenuPanel(api::GraphClient *client, models::PageRef page,
                  std::function<QJsonArray()> currentMenu, QWidget *parent = nullptr);

    QString statusText() const;
    void load();
    void applyCurrentMenu();
    void reset();

Q_SIGNALS:
    // After load, apply or reset, with the call's result.
    void finished(const mdesk::api::GraphResult &result);

private:
    void run(const QString &op, const QJsonObject &input, const QString &done);

    api::GraphClient *m_client;
    models::PageRef m_page;
    std::function<QJsonArray()> m_currentMenu;
    QLineEdit *m_psid;
    QPushButton *m_load;
    QPushButton *m_apply;
    QPushButton *m_reset;
    QLabel *m_status;
};

} // namespace mdesk::ui

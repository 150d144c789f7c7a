#pragma once

#include "ui/tools/toolform.h"

class QCheckBox;
class QLabel;
class QPushButton;

namespace mdesk::ui {

// Webhook subscriptions: which apps get the Page's webhook events and for which fields
// (fetch_subscribed_apps), subscribing this app with the checked fields
// (subscribe_to_page_webhooks) and unsubscribing it after a confirmation
// (unsubscribe_to_page_webhooks). Reads on first show and after every change.
class WebhooksForm : public ToolForm
{
    Q_OBJECT
public:
    explicit WebhooksForm(const PageContext &context, QWidget *parent = nullptr);

    // Every field Graph takes for a Page subscription, in the order the form shows them.
    static const QStringList &fieldNames();
    QStringList checkedFields() const;
    void read();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void subscribe();
    void unsubscribe();

    QLabel *m_current;
    QList<QCheckBox *> m_fields;
    QPushButton *m_read;
    QPushButton *m_subscribe;
    QPushButton *m_unsubscribe;
    bool m_readOnce = false;
};

} // namespace mdesk::ui

#pragma once

#include "models/pageref.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;

namespace mdesk::api {
class GraphClient;
}
namespace mdesk::models {
class ProfileCopyJob;
}

namespace mdesk::ui {

// Copies the draft's profile, or chosen fields of it, to other pages: one call per page
// under one tx_id, with the outcome shown next to each page.
class CopyToPagesDialog : public QDialog
{
    Q_OBJECT
public:
    struct Target
    {
        models::PageRef page;
        QString name;
    };

    CopyToPagesDialog(api::GraphClient *client, const QJsonObject &profile,
                      const QList<Target> &targets, QWidget *parent = nullptr);

    // Checks pages and fields by id and starts copying (what the Copy button does).
    void copy(const QList<models::PageRef> &pages, const QStringList &fields);
    QString resultText(const models::PageRef &page) const;
    QString txId() const;

Q_SIGNALS:
    // Graph took the fields on that page (so its LivePage can record them).
    void pageCopied(const mdesk::models::PageRef &page, const QJsonObject &fields,
                    const QString &txId);
    // After every chosen page has its result.
    void copied();

private:
    void startCopy();

    api::GraphClient *m_client;
    QJsonObject m_profile;
    QListWidget *m_pages;
    QListWidget *m_fields;
    QPushButton *m_copy;
    QLabel *m_status;
    QPointer<models::ProfileCopyJob> m_job;
};

} // namespace mdesk::ui

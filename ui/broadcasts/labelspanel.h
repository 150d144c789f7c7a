#pragma once

#include "ui/shell/pagecontext.h"

#include "api/bulkjob.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace mdesk::store {
class Database;
}
namespace mdesk::api {
class BulkJob;
}

namespace mdesk::ui {

// Labels: the Page's custom labels as Graph lists them (paged; page_label_name from v12.0,
// name before) with the number of members the app knows; create (name checked), delete (a
// confirmation naming how many known members lose it); label or unlabel the people
// selected in People; bulk label or unlabel from a file or a paste with progress, cancel
// and a report of failures; a person's labels as Graph says. Every call goes through the
// client, whose label events keep the store's label index (LabelCallRecorder).
//
// Contract: labelsChanged() after the list was read or a label was created or deleted,
// and after a label or unlabel run (member counts changed).
class LabelsPanel : public QWidget
{
    Q_OBJECT
public:
    LabelsPanel(const PageContext &context, store::Database &database, QWidget *parent = nullptr);

    void setSelectionProvider(std::function<QStringList()> provider);
    // Labels as shown: id and name.
    QList<std::pair<QString, QString>> labels() const { return m_labels; }
    int knownMembers(const QString &labelId) const;
    api::BulkJob *bulkJob() const { return m_bulk; }

    void reload();
    void createLabel(const QString &name);
    void deleteSelectedLabel();
    // op: label_user or unlabel_user, for the current label.
    // The bulk box's PSIDs without repeats (counted in duplicates); nothing and a status
    // naming the line when a line is not a PSID.
    std::optional<QStringList> pastedPsids(int &duplicates);
    void runBulk(const QString &op, const QStringList &psids, int duplicates = 0);
    void askLabelsOf(const QString &psid);
    // Why a new label name cannot be used; empty when it can.
    QString nameProblem(const QString &name) const;

Q_SIGNALS:
    void labelsChanged();

private:
    void readPage(const QString &after);
    void refreshList();
    QString currentLabelId() const;
    QString nameField() const;

    PageContext m_context;
    store::Database &m_database;
    std::function<QStringList()> m_selection;
    QList<std::pair<QString, QString>> m_labels;
    QString m_nextAfter;
    QListWidget *m_list;
    QPushButton *m_more;
    QLineEdit *m_newName;
    QPushButton *m_create;
    QLabel *m_nameProblem;
    QPushButton *m_delete;
    QPushButton *m_labelSelected;
    QPushButton *m_unlabelSelected;
    QPlainTextEdit *m_bulkPaste;
    QPushButton *m_bulkLabel;
    QPushButton *m_bulkUnlabel;
    QPushButton *m_bulkCancel;
    QProgressBar *m_bulkProgress;
    QPlainTextEdit *m_bulkReport;
    QLineEdit *m_personPsid;
    QLabel *m_personLabels;
    QLabel *m_status;
    QPointer<api::BulkJob> m_bulk;
};

} // namespace mdesk::ui

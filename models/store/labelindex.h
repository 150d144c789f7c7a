#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mdesk::store {

class Database;

// A custom label as the index knows it; the name is empty until a label read names it.
struct KnownLabel
{
    QString id;
    QString name;
};

// Which known people of one Page carry which custom label: Graph cannot list a label's
// members, so the app keeps its own index, changed only by label calls that succeeded
// (LabelCallRecorder feeds it). Every change that touches several rows is one
// transaction; methods return false / nullopt with lastError() when SQLite refused.
class LabelIndex
{
public:
    LabelIndex(Database &database, QString pageId);

    const QString &pageId() const { return m_pageId; }
    const QString &lastError() const { return m_error; }

    // label_user: the person becomes a contact (first seen nowMs) carrying the label.
    bool label(const QString &labelId, const QStringList &psids, qint64 nowMs);
    // unlabel_user.
    bool unlabel(const QString &labelId, const QStringList &psids);
    // delete_custom_label: the label and every membership of it.
    bool deleteLabel(const QString &labelId);
    // list_custom_labels_of_user: complete = the answer was the whole list (first page, no
    // next), so the person carries exactly these labels; otherwise they are added.
    bool setLabelsOf(const QString &psid, const QList<KnownLabel> &labels, bool complete,
                     qint64 nowMs);
    // create_custom_label, fetch_custom_label, list_custom_labels: names (empty names do
    // not overwrite known ones). complete = the answer was every label of the Page, so
    // labels not in it were deleted elsewhere and leave the index.
    bool rememberLabels(const QList<KnownLabel> &labels, bool complete);

    std::optional<QList<KnownLabel>> labels();
    std::optional<QStringList> members(const QString &labelId);
    std::optional<int> memberCount(const QString &labelId);
    std::optional<QStringList> labelsOf(const QString &psid);

private:
    bool ensureLabel(const QString &labelId, const QString &name);
    bool removeLabel(const QString &labelId);
    std::optional<QStringList> strings(const QString &sql, const QStringList &values);

    Database &m_database;
    QString m_pageId;
    QString m_error;
};

} // namespace mdesk::store

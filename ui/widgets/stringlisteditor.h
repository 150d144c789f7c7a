#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace mdesk::ui {

// An editable list of short strings (whitelisted domains, test user ids) with Add and
// Remove buttons and a count against the limit. Emits edited() when the user changes it;
// setValues() from code does not emit.
class StringListEditor : public QWidget
{
    Q_OBJECT
public:
    StringListEditor(const QString &placeholder, int maxItems, QWidget *parent = nullptr);

    QStringList values() const;
    void setValues(const QStringList &values);

Q_SIGNALS:
    void edited();

private:
    void updateCount();

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_count;
    QString m_placeholder;
    int m_maxItems;
};

} // namespace mdesk::ui

#pragma once

#include <QJsonValue>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace mdesk::ui {

// Up to four question and payload pairs users can tap to start a conversation. Reads
// both shapes Graph uses (flat, or per locale with call_to_actions) and writes back the
// shape it was given; per locale it edits the "default" entry.
class IceBreakerEditor : public QWidget
{
    Q_OBJECT
public:
    explicit IceBreakerEditor(QWidget *parent = nullptr);

    QJsonValue value() const;
    void setValue(const QJsonValue &value);

Q_SIGNALS:
    void edited();

private:
    void addRow(const QString &question, const QString &payload);
    void updateButtons();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QJsonValue m_shape; // the value last set, for per-locale write-back
    bool m_updating = false;
};

} // namespace mdesk::ui

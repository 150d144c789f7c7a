#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QLabel;

namespace mdesk::ui {

// Picks ISO 3166-1 alpha-2 countries from a searchable, checkable list ("DE - Germany").
// Emits edited() when the user checks or unchecks one.
class CountryPicker : public QWidget
{
    Q_OBJECT
public:
    explicit CountryPicker(QWidget *parent = nullptr);

    QStringList codes() const;
    void setCodes(const QStringList &codes);

Q_SIGNALS:
    void edited();

private:
    void filter(const QString &text);
    void updateSummary();

    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_summary;
    bool m_updating = false;
};

} // namespace mdesk::ui

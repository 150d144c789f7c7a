#pragma once

#include "models/accounts/appaccount.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace mdesk::models {
class EventFilterProxy;
}

namespace mdesk::ui {

// The event log's filters: tx_id, operation, outcome, Page and free text, applied to an
// EventFilterProxy. Typing is applied after a short pause, so filtering 50,000 events does
// not run on every keystroke; choices in the lists apply at once.
class EventFilterBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int TypingDelayMs = 250;

    explicit EventFilterBar(models::EventFilterProxy *proxy, QWidget *parent = nullptr);

    // The Pages the Page filter offers.
    void setKnownPages(const QList<models::PageAccount> &pages);
    // Shows only this tx_id (at once, no typing delay).
    void setTxId(const QString &txId);
    // Clears every filter.
    void clear();
    // Applies pending typing now.
    void applyNow();
    bool isFiltering() const;

    QLineEdit *textField() const { return m_text; }

Q_SIGNALS:
    void filtersChanged();

private:
    void applyTyped();
    void applyOp();
    void applyOutcome();
    void applyPage();

    models::EventFilterProxy *m_proxy;
    QLineEdit *m_txId;
    QComboBox *m_op;
    QComboBox *m_outcome;
    QComboBox *m_page;
    QLineEdit *m_text;
    QToolButton *m_clear;
    QTimer m_typingTimer;
};

} // namespace mdesk::ui

#pragma once

#include <QJsonArray>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace mdesk::ui {

class MessageBubble;

// Edits the greeting: one text per locale ("default" required), a live character count
// against the 160 limit, placeholders inserted from a menu, and a preview of what a user
// named Alex Rivera would see. Emits edited() on user changes only.
class GreetingEditor : public QWidget
{
    Q_OBJECT
public:
    explicit GreetingEditor(QWidget *parent = nullptr);

    QJsonArray value() const;
    void setValue(const QJsonArray &greeting);
    // The greeting text as Messenger shows it to the sample user.
    static QString previewText(const QString &text);

Q_SIGNALS:
    void edited();

private:
    void showLocale(int row);
    void addLocale();
    void updateCount();

    QListWidget *m_locales;
    QComboBox *m_newLocale;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPlainTextEdit *m_text;
    QLabel *m_count;
    QToolButton *m_insert;
    MessageBubble *m_preview;
    QStringList m_texts; // parallel to m_locales rows
    bool m_updating = false;
};

} // namespace mdesk::ui

#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace mdesk::models {
class MessageDocument;
}

namespace mdesk::ui {

class MessagePreview;

// Edits a models::MessageDocument: text (with a 2000 counter), an attachment (a file or a
// URL), a button template (text 640, 1-3 buttons) or a generic template (up to 10 cards, 3
// buttons each), quick replies (13, titles 20) and an optional persona. The rules are
// checked as the user types; each broken rule is shown beside its part, and a preview draws
// the message as Messenger shows it. Shared by Labels & Broadcasts and Conversations & Tools.
//
// A button is written in one cell as "Title | https://..." (a link), "Title | +4930..." (a
// call) or "Title | PAYLOAD" (a postback).
//
// Contract: every edit goes straight into the document (its changed() fires); the widgets
// follow document changes made elsewhere (setMessage on the document).
class MessageComposer : public QWidget
{
    Q_OBJECT
public:
    explicit MessageComposer(models::MessageDocument *document, QWidget *parent = nullptr);

    models::MessageDocument *document() const { return m_document; }

    // "Title | value" -> a Send API button; {} for an empty cell.
    static QJsonObject parseButton(const QString &cell);
    static QString buttonCell(const QJsonObject &button);

Q_SIGNALS:
    // The user asked to pick a local file for the attachment; the path is already in the
    // document (attachmentFile) and needs an upload before sending.
    void attachmentFileChosen(const QString &path);

private:
    QWidget *buildTextPage();
    QWidget *buildAttachmentPage();
    QWidget *buildButtonPage();
    QWidget *buildGenericPage();
    QWidget *buildQuickReplies();
    void pullFromDocument();
    void pushButtons();
    void pushCards();
    void pushQuickReplies();
    void showViolations();
    QTableWidget *table(const QString &name, const QStringList &headers, int maxRows);

    models::MessageDocument *m_document;
    bool m_pulling = false;
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    QPlainTextEdit *m_text;
    QLabel *m_textCounter;
    QLabel *m_textProblem;
    QComboBox *m_attachmentType;
    QLineEdit *m_attachmentUrl;
    QPushButton *m_attachmentFile;
    QLabel *m_attachmentProblem;
    QPlainTextEdit *m_buttonText;
    QLabel *m_buttonCounter;
    QTableWidget *m_buttons;
    QLabel *m_buttonProblem;
    QTableWidget *m_cards;
    QLabel *m_cardProblem;
    QTableWidget *m_quickReplies;
    QLabel *m_quickReplyProblem;
    QLineEdit *m_persona;
    MessagePreview *m_preview;
};

} // namespace mdesk::ui

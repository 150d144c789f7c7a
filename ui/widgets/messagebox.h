#pragma once

#include <QMessageBox>
#include <QString>

namespace mdesk::ui {

// Every question and notice of the app goes through here (after KeePassXC's MessageBox),
// so tests can answer before the box appears and never block on a modal dialog.
//
// Contract: with no pre-set answer the box is shown modally and the button pressed is
// returned. After setNextAnswer(b) the next call returns b at once without showing
// anything (the title and text are kept for lastText()); answers are used up in order.
class MessageBox
{
public:
    struct Button
    {
        QMessageBox::StandardButton button;
        QString text; // empty: Qt's own label for the button
    };

    static QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon,
                                           const QString &title, const QString &text,
                                           const QList<Button> &buttons,
                                           QMessageBox::StandardButton defaultButton,
                                           const QString &detailedText = {});

    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text, const QList<Button> &buttons,
                                                QMessageBox::StandardButton defaultButton,
                                                const QString &detailedText = {});
    static void information(QWidget *parent, const QString &title, const QString &text,
                            const QString &detailedText = {});
    static void warning(QWidget *parent, const QString &title, const QString &text,
                        const QString &detailedText = {});

    // Tests: the coming calls return these answers, one each, without showing a box.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void clearAnswers();
    // Title and text of the last box asked for, shown or answered in advance.
    static QString lastTitle();
    static QString lastText();
    static int askedCount();
};

} // namespace mdesk::ui

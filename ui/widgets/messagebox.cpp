#include "ui/widgets/messagebox.h"

#include <QPushButton>
#include <QQueue>

namespace mdesk::ui {

namespace {
struct Answers
{
    QQueue<QMessageBox::StandardButton> next;
    QString lastTitle;
    QString lastText;
    int asked = 0;
};

Answers &answers()
{
    static Answers instance;
    return instance;
}
} // namespace

QMessageBox::StandardButton MessageBox::ask(QWidget *parent, QMessageBox::Icon icon,
                                            const QString &title, const QString &text,
                                            const QList<Button> &buttons,
                                            QMessageBox::StandardButton defaultButton,
                                            const QString &detailedText)
{
    Answers &state = answers();
    state.lastTitle = title;
    state.lastText = text;
    ++state.asked;
    if (!state.next.isEmpty())
        return state.next.dequeue();

    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    box.setTextFormat(Qt::PlainText);
    box.setDetailedText(detailedText);
    for (const Button &button : buttons) {
        QPushButton *added = box.addButton(button.button);
        if (!button.text.isEmpty())
            added->setText(button.text);
    }
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    const int result = box.exec();
    return QMessageBox::StandardButton(result);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
                                                 const QString &text, const QList<Button> &buttons,
                                                 QMessageBox::StandardButton defaultButton,
                                                 const QString &detailedText)
{
    return ask(parent, QMessageBox::Question, title, text, buttons, defaultButton, detailedText);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text,
                             const QString &detailedText)
{
    ask(parent, QMessageBox::Information, title, text, {{QMessageBox::Ok, {}}}, QMessageBox::Ok,
        detailedText);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                         const QString &detailedText)
{
    ask(parent, QMessageBox::Warning, title, text, {{QMessageBox::Ok, {}}}, QMessageBox::Ok,
        detailedText);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    answers().next.enqueue(answer);
}

void MessageBox::clearAnswers()
{
    answers().next.clear();
}

QString MessageBox::lastTitle()
{
    return answers().lastTitle;
}

QString MessageBox::lastText()
{
    return answers().lastText;
}

int MessageBox::askedCount()
{
    return answers().asked;
}

} // namespace mdesk::ui

#pragma once

#include "ui/shell/pagecontext.h"

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace mdesk::ui {

// The Conversations & Tools tab of a page's workspace: a list of sections on the left
// ("toolSections", reachable with the keyboard) and the chosen section's widget on the
// right ("toolStack"). create() fills it with the tool forms; the Conversations panel, the
// Personas form and the Send-one-message form are added by whoever wires them in:
//
//     tab->insertSection(0, "conversations", tr("Conversations"), panel);
//     tab->addSection("personas", tr("Personas"), personas);
//
// Every section is a widget of its own on the page's PageContext; the tab only switches.
class ConversationsToolsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationsToolsTab(QWidget *parent = nullptr);

    // The tab with every tool form of this branch, in the list's order: User lookup,
    // Attachments, Messenger code, Unlink account, Feature review, NLP, Webhooks, Raw call.
    static ConversationsToolsTab *create(const PageContext &context, QWidget *parent = nullptr);

    // Appends a section; id names it for section()/showSection() (and the list item's
    // data), title is what the list shows. The tab takes ownership of widget.
    void addSection(const QString &id, const QString &title, QWidget *widget);
    // Inserts a section at position (0: first in the list).
    void insertSection(int position, const QString &id, const QString &title, QWidget *widget);
    QWidget *section(const QString &id) const;
    QStringList sectionIds() const;
    // Selects the section; false when there is none with that id.
    bool showSection(const QString &id);
    QString currentSection() const;

    QListWidget *sectionList() const { return m_list; }
    QStackedWidget *stack() const { return m_stack; }

private:
    QListWidget *m_list;
    QStackedWidget *m_stack;
};

} // namespace mdesk::ui

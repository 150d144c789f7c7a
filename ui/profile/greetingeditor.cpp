#include "ui/profile/greetingeditor.h"

#include "api/facebooklocales.h"
#include "api/fieldrules.h"
#include "ui/widgets/messagebubble.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace mdesk::ui {

GreetingEditor::GreetingEditor(QWidget *parent)
    : QWidget(parent)
    , m_locales(new QListWidget(this))
    , m_newLocale(new QComboBox(this))
    , m_add(new QPushButton(tr("Add &locale"), this))
    , m_remove(new QPushButton(tr("Remove locale"), this))
    , m_text(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
    , m_insert(new QToolButton(this))
    , m_preview(new MessageBubble(this))
{
    m_locales->setObjectName(QStringLiteral("greetingLocales"));
    m_newLocale->setObjectName(QStringLiteral("greetingNewLocale"));
    m_text->setObjectName(QStringLiteral("greetingText"));
    m_count->setObjectName(QStringLiteral("greetingCount"));
    m_preview->setObjectName(QStringLiteral("greetingPreview"));
    m_add->setObjectName(QStringLiteral("greetingAddLocale"));
    m_remove->setObjectName(QStringLiteral("greetingRemoveLocale"));
    m_locales->setAccessibleName(tr("Greeting locales"));
    m_text->setAccessibleName(tr("Greeting text"));
    m_locales->setMaximumWidth(160);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("Hi {{user_first_name}}! How can we help?"));
    m_text->setMaximumHeight(90);

    m_newLocale->setEditable(true);
    m_newLocale->addItem(QStringLiteral("default"));
    m_newLocale->addItems(api::FacebookLocales::all());
    m_newLocale->completer()->setFilterMode(Qt::MatchContains);
    m_newLocale->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_newLocale->setAccessibleName(tr("Locale to add"));

    m_insert->setText(tr("Insert &placeholder"));
    m_insert->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_insert);
    const std::pair<QString, QString> placeholders[] = {
        {tr("First name"), QStringLiteral("{{user_first_name}}")},
        {tr("Last name"), QStringLiteral("{{user_last_name}}")},
        {tr("Full name"), QStringLiteral("{{user_full_name}}")}};
    for (const auto &[label, placeholder] : placeholders) {
        const QString inserted = placeholder;
        menu->addAction(tr("%1 %2").arg(label, placeholder), this, [this, inserted] {
            m_text->insertPlainText(inserted);
            m_text->setFocus();
        });
    }
    m_insert->setMenu(menu);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newLocale, 1);
    addRow->addWidget(m_add);
    auto *left = new QVBoxLayout;
    left->addWidget(m_locales, 1);
    left->addLayout(addRow);
    left->addWidget(m_remove);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_insert);
    tools->addStretch();
    tools->addWidget(m_count);
    auto *previewCaption = new QLabel(tr("Preview for a user named Alex Rivera:"), this);
    previewCaption->setForegroundRole(QPalette::PlaceholderText);
    auto *right = new QVBoxLayout;
    right->addWidget(m_text);
    right->addLayout(tools);
    right->addWidget(previewCaption);
    right->addWidget(m_preview);
    right->addStretch();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left);
    layout->addLayout(right, 1);

    connect(m_locales, &QListWidget::currentRowChanged, this, &GreetingEditor::showLocale);
    connect(m_add, &QPushButton::clicked, this, &GreetingEditor::addLocale);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_locales->currentRow();
        if (row < 0)
            return;
        m_texts.removeAt(row);
        delete m_locales->takeItem(row);
        Q_EMIT edited();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        updateCount();
        const int row = m_locales->currentRow();
        if (m_updating || row < 0)
            return;
        m_texts[row] = m_text->toPlainText();
        Q_EMIT edited();
    });
    showLocale(-1);
}

QString GreetingEditor::previewText(const QString &text)
{
    QString shown = text;
    shown.replace(QStringLiteral("{{user_first_name}}"), QStringLiteral("Alex"));
    shown.replace(QStringLiteral("{{user_last_name}}"), QStringLiteral("Rivera"));
    shown.replace(QStringLiteral("{{user_full_name}}"), QStringLiteral("Alex Rivera"));
    return shown;
}

QJsonArray GreetingEditor::value() const
{
    QJsonArray greeting;
    for (int row = 0; row < m_locales->count(); ++row)
        greeting.append(QJsonObject{{QStringLiteral("locale"), m_locales->item(row)->text()},
                                    {QStringLiteral("text"), m_texts.value(row)}});
    return greeting;
}

void GreetingEditor::setValue(const QJsonArray &greeting)
{
    if (greeting == value())
        return;
    m_updating = true;
    const QString current = m_locales->currentItem() ? m_locales->currentItem()->text() : QString();
    const QSignalBlocker blocker(m_locales);
    m_locales->clear();
    m_texts.clear();
    int select = greeting.isEmpty() ? -1 : 0;
    for (const auto &entry : greeting) {
        const QJsonObject object = entry.toObject();
        const QString locale = object.value(QStringLiteral("locale")).toString();
        if (locale == current)
            select = int(m_texts.size());
        m_locales->addItem(locale);
        m_texts.append(object.value(QStringLiteral("text")).toString());
    }
    m_locales->setCurrentRow(select);
    m_updating = false;
    showLocale(select);
}

void GreetingEditor::showLocale(int row)
{
    const bool had = m_updating;
    m_updating = true;
    const QString text = m_texts.value(row);
    if (m_text->toPlainText() != text)
        m_text->setPlainText(text);
    m_updating = had;
    m_text->setEnabled(row >= 0);
    m_insert->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    updateCount();
}

void GreetingEditor::addLocale()
{
    const QString locale = m_newLocale->currentText().trimmed();
    for (int row = 0; row < m_locales->count(); ++row) {
        if (m_locales->item(row)->text() == locale) {
            m_locales->setCurrentRow(row);
            return;
        }
    }
    m_locales->addItem(locale);
    m_texts.append(QString());
    m_locales->setCurrentRow(m_locales->count() - 1);
    m_text->setFocus();
    Q_EMIT edited();
}

void GreetingEditor::updateCount()
{
    const QString text = m_text->toPlainText();
    const int limit = api::FieldRules::kGreetingMaxChars;
    m_count->setText(tr("%1 / %2").arg(text.size()).arg(limit));
    // Over the limit the counter is drawn like a link: visible in every palette, no colour of our
    // own.
    m_count->setForegroundRole(text.size() > limit ? QPalette::Link : QPalette::WindowText);
    m_count->setAccessibleName(tr("%1 of %2 characters used").arg(text.size()).arg(limit));
    m_preview->setText(previewText(text));
}

} // namespace mdesk::ui

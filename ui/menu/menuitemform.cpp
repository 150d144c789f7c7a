#include "ui/menu/menuitemform.h"

#include "api/fieldrules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mdesk::ui {

namespace {

QLineEdit *edit(const QString &objectName, const QString &accessibleName,
                const QString &placeholder = {})
{
    auto *line = new QLineEdit;
    line->setObjectName(objectName);
    line->setAccessibleName(accessibleName);
    line->setPlaceholderText(placeholder);
    return line;
}

} // namespace

MenuItemForm::MenuItemForm(bool allowNested, QWidget *parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_title(edit(QStringLiteral("menuItemTitle"), tr("Title")))
    , m_titleCount(new QLabel(this))
    , m_payload(edit(QStringLiteral("menuItemPayload"), tr("Payload"), QStringLiteral("HELP")))
    , m_url(
          edit(QStringLiteral("menuItemUrl"), tr("URL"), QStringLiteral("https://www.example.com")))
    , m_height(new QComboBox(this))
    , m_extensions(new QCheckBox(tr("Use Messenger extensions"), this))
    , m_fallback(edit(QStringLiteral("menuItemFallbackUrl"), tr("Fallback URL"),
                      QStringLiteral("https://")))
    , m_hideShare(new QCheckBox(tr("Hide the share button"), this))
    , m_issues(new QLabel(this))
    , m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("menuItemForm"));
    m_type->setObjectName(QStringLiteral("menuItemType"));
    m_type->setAccessibleName(tr("Item type"));
    m_type->addItem(tr("Postback (sends a payload to the bot)"), QStringLiteral("postback"));
    m_type->addItem(tr("Link (opens a web page)"), QStringLiteral("web_url"));
    if (allowNested)
        m_type->addItem(tr("Submenu (before v8.0)"), QStringLiteral("nested"));
    m_height->setObjectName(QStringLiteral("menuItemHeight"));
    m_height->setAccessibleName(tr("Webview height"));
    m_height->addItem(tr("Full"), QStringLiteral("full"));
    m_height->addItem(tr("Tall"), QStringLiteral("tall"));
    m_height->addItem(tr("Compact"), QStringLiteral("compact"));
    m_extensions->setObjectName(QStringLiteral("menuItemExtensions"));
    m_hideShare->setObjectName(QStringLiteral("menuItemHideShare"));
    m_issues->setObjectName(QStringLiteral("menuItemIssues"));
    m_warning->setObjectName(QStringLiteral("menuItemWarning"));
    m_issues->setWordWrap(true);
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::RichText);
    m_warning->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(QString(), m_titleCount);
    form->addRow(tr("&Payload:"), m_payload);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("Hei&ght:"), m_height);
    form->addRow(QString(), m_extensions);
    form->addRow(tr("Fallbac&k URL:"), m_fallback);
    form->addRow(QString(), m_hideShare);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_issues);
    layout->addWidget(m_warning);
    layout->addStretch();

    const auto changed = [this](const QString &property) {
        if (m_updating)
            return;
        m_item = item();
        updateVisibility();
        Q_EMIT edited(property);
    };
    connect(m_type, &QComboBox::currentIndexChanged, this,
            [changed] { changed(QStringLiteral("type")); });
    connect(m_title, &QLineEdit::textEdited, this, [changed] { changed(QStringLiteral("title")); });
    connect(m_payload, &QLineEdit::textEdited, this,
            [changed] { changed(QStringLiteral("payload")); });
    connect(m_url, &QLineEdit::textEdited, this, [changed] { changed(QStringLiteral("url")); });
    connect(m_height, &QComboBox::currentIndexChanged, this,
            [changed] { changed(QStringLiteral("webview_height_ratio")); });
    connect(m_extensions, &QCheckBox::clicked, this,
            [changed] { changed(QStringLiteral("messenger_extensions")); });
    connect(m_fallback, &QLineEdit::textEdited, this,
            [changed] { changed(QStringLiteral("fallback_url")); });
    connect(m_hideShare, &QCheckBox::clicked, this,
            [changed] { changed(QStringLiteral("webview_share_button")); });
    connect(m_warning, &QLabel::linkActivated, this, &MenuItemForm::warningLinkActivated);
    setItem({});
}

QJsonObject MenuItemForm::item() const
{
    const QString type = m_type->currentData().toString();
    QJsonObject item{{QStringLiteral("type"), type}, {QStringLiteral("title"), m_title->text()}};
    if (type == QLatin1String("postback")) {
        item.insert(QStringLiteral("payload"), m_payload->text());
    } else if (type == QLatin1String("web_url")) {
        item.insert(QStringLiteral("url"), m_url->text());
        item.insert(QStringLiteral("webview_height_ratio"), m_height->currentData().toString());
        if (m_extensions->isChecked()) {
            item.insert(QStringLiteral("messenger_extensions"), true);
            if (!m_fallback->text().isEmpty())
                item.insert(QStringLiteral("fallback_url"), m_fallback->text());
        }
        if (m_hideShare->isChecked())
            item.insert(QStringLiteral("webview_share_button"), QStringLiteral("hide"));
    }
    return item;
}

void MenuItemForm::setItem(const QJsonObject &item)
{
    m_updating = true;
    m_item = item;
    setEnabled(!item.isEmpty());
    const int type =
        m_type->findData(item.value(QStringLiteral("type")).toString(QStringLiteral("postback")));
    m_type->setCurrentIndex(std::max(0, type));
    const auto setText = [](QLineEdit *line, const QString &text) {
        if (line->text() != text)
            line->setText(text);
    };
    setText(m_title, item.value(QStringLiteral("title")).toString());
    setText(m_payload, item.value(QStringLiteral("payload")).toString());
    setText(m_url, item.value(QStringLiteral("url")).toString());
    setText(m_fallback, item.value(QStringLiteral("fallback_url")).toString());
    const int height = m_height->findData(
        item.value(QStringLiteral("webview_height_ratio")).toString(QStringLiteral("full")));
    m_height->setCurrentIndex(std::max(0, height));
    m_extensions->setChecked(item.value(QStringLiteral("messenger_extensions")).toBool());
    m_hideShare->setChecked(item.value(QStringLiteral("webview_share_button")).toString() ==
                            QLatin1String("hide"));
    m_updating = false;
    updateVisibility();
}

void MenuItemForm::updateVisibility()
{
    const QString type = m_type->currentData().toString();
    const bool link = type == QLatin1String("web_url");
    const auto show = [this](QWidget *field, bool visible) {
        field->setVisible(visible);
        if (auto *form = qobject_cast<QFormLayout *>(
                static_cast<QVBoxLayout *>(layout())->itemAt(0)->layout()))
            if (QWidget *label = form->labelForField(field))
                label->setVisible(visible);
    };
    show(m_payload, type == QLatin1String("postback"));
    show(m_url, link);
    show(m_height, link);
    show(m_extensions, link);
    show(m_fallback, link && m_extensions->isChecked());
    show(m_hideShare, link);
    const int limit = api::FieldRules::kMenuTitleMaxChars;
    m_titleCount->setText(tr("%1 / %2 characters").arg(m_title->text().size()).arg(limit));
    m_titleCount->setForegroundRole(m_title->text().size() > limit ? QPalette::Link
                                                                   : QPalette::PlaceholderText);
}

void MenuItemForm::setViolations(const QStringList &messages)
{
    QStringList lines;
    for (const auto &message : messages)
        lines.append(tr("\u26a0 %1").arg(message));
    m_issues->setText(lines.join(QLatin1Char('\n')));
    m_issues->setVisible(!lines.isEmpty());
}

void MenuItemForm::setWarning(const QString &html)
{
    m_warning->setText(html);
    m_warning->setVisible(!html.isEmpty());
}

} // namespace mdesk::ui

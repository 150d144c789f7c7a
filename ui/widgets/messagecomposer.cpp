#include "ui/widgets/messagecomposer.h"

#include "ui/widgets/messagepreview.h"
#include "ui/widgets/statuscolors.h"

#include "models/broadcasts/messagecheck.h"
#include "models/broadcasts/messagedocument.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace mdesk::ui {

using models::MessageDocument;

namespace {

QLabel *problemLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     StatusColors::foreground(StatusColors::Tone::Negative, palette));
    label->setPalette(palette);
    label->setVisible(false);
    return label;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void setCell(QTableWidget *table, int row, int column, const QString &text)
{
    auto *item = table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        table->setItem(row, column, item);
    }
    item->setText(text);
}

void showProblems(QLabel *label, const QStringList &lines)
{
    label->setText(lines.join(QLatin1Char('\n')));
    label->setVisible(!lines.isEmpty());
}

} // namespace

MessageComposer::MessageComposer(MessageDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("messageComposer"));
    auto *outer = new QHBoxLayout(this);
    auto *editor = new QWidget(this);
    auto *form = new QVBoxLayout(editor);
    form->setContentsMargins(0, 0, 0, 0);

    auto *kindRow = new QFormLayout;
    m_kind = new QComboBox(editor);
    m_kind->setObjectName(QStringLiteral("composerKind"));
    m_kind->addItem(tr("Text"), int(MessageDocument::Kind::Text));
    m_kind->addItem(tr("Attachment"), int(MessageDocument::Kind::Attachment));
    m_kind->addItem(tr("Button template"), int(MessageDocument::Kind::ButtonTemplate));
    m_kind->addItem(tr("Generic template (cards)"), int(MessageDocument::Kind::GenericTemplate));
    kindRow->addRow(tr("&Message kind:"), m_kind);
    m_persona = new QLineEdit(editor);
    m_persona->setObjectName(QStringLiteral("composerPersona"));
    m_persona->setPlaceholderText(tr("optional persona id"));
    kindRow->addRow(tr("&Persona:"), m_persona);
    form->addLayout(kindRow);

    m_pages = new QStackedWidget(editor);
    m_pages->addWidget(buildTextPage());
    m_pages->addWidget(buildAttachmentPage());
    m_pages->addWidget(buildButtonPage());
    m_pages->addWidget(buildGenericPage());
    form->addWidget(m_pages, 1);
    form->addWidget(buildQuickReplies());
    outer->addWidget(editor, 3);

    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewTitle = new QLabel(tr("Preview"), previewBox);
    previewLayout->addWidget(previewTitle);
    m_preview = new MessagePreview(previewBox);
    m_preview->setObjectName(QStringLiteral("composerPreview"));
    m_preview->setAutoFillBackground(true);
    m_preview->setBackgroundRole(QPalette::Base);
    previewLayout->addWidget(m_preview, 1);
    outer->addWidget(previewBox, 2);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        if (!m_pulling)
            m_document->setKind(MessageDocument::Kind(m_kind->itemData(index).toInt()));
    });
    connect(m_persona, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_document->setPersonaId(text.trimmed()); });
    connect(m_document, &MessageDocument::changed, this, &MessageComposer::pullFromDocument);
    pullFromDocument();
}

QWidget *MessageComposer::buildTextPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QPlainTextEdit(page);
    m_text->setObjectName(QStringLiteral("composerText"));
    m_text->setAccessibleName(tr("Message text"));
    m_text->setPlaceholderText(tr("Write the message people will get."));
    m_text->setTabChangesFocus(true);
    layout->addWidget(m_text, 1);
    m_textCounter = new QLabel(page);
    m_textCounter->setObjectName(QStringLiteral("composerTextCounter"));
    m_textCounter->setAlignment(Qt::AlignRight);
    layout->addWidget(m_textCounter);
    m_textProblem = problemLabel(QStringLiteral("composerTextProblem"), page);
    layout->addWidget(m_textProblem);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_pulling)
            m_document->setText(m_text->toPlainText());
    });
    return page;
}

QWidget *MessageComposer::buildAttachmentPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QFormLayout(page);
    m_attachmentType = new QComboBox(page);
    m_attachmentType->setObjectName(QStringLiteral("composerAttachmentType"));
    m_attachmentType->addItem(tr("Image"), QStringLiteral("image"));
    m_attachmentType->addItem(tr("Video"), QStringLiteral("video"));
    m_attachmentType->addItem(tr("Audio"), QStringLiteral("audio"));
    m_attachmentType->addItem(tr("File"), QStringLiteral("file"));
    layout->addRow(tr("&Type:"), m_attachmentType);
    m_attachmentUrl = new QLineEdit(page);
    m_attachmentUrl->setObjectName(QStringLiteral("composerAttachmentUrl"));
    m_attachmentUrl->setPlaceholderText(QStringLiteral("https://"));
    layout->addRow(tr("&Address:"), m_attachmentUrl);
    m_attachmentFile = new QPushButton(tr("Choose a &file to upload..."), page);
    m_attachmentFile->setObjectName(QStringLiteral("composerAttachmentFile"));
    layout->addRow(QString(), m_attachmentFile);
    m_attachmentProblem = problemLabel(QStringLiteral("composerAttachmentProblem"), page);
    layout->addRow(m_attachmentProblem);
    const auto push = [this] {
        if (!m_pulling)
            m_document->setAttachment(m_attachmentType->currentData().toString(),
                                      m_attachmentUrl->text().trimmed(), m_document->attachmentId(),
                                      m_document->attachmentFile());
    };
    connect(m_attachmentType, &QComboBox::currentIndexChanged, this, push);
    connect(m_attachmentUrl, &QLineEdit::textEdited, this, [this] {
        // A typed address replaces an uploaded file.
        m_document->setAttachment(m_attachmentType->currentData().toString(),
                                  m_attachmentUrl->text().trimmed());
    });
    connect(m_attachmentFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Attachment"));
        if (path.isEmpty())
            return;
        m_document->setAttachment(m_attachmentType->currentData().toString(), {}, {}, path);
        Q_EMIT attachmentFileChosen(path);
    });
    return page;
}

QTableWidget *MessageComposer::table(const QString &name, const QStringList &headers, int maxRows)
{
    auto *widget = new QTableWidget(maxRows, int(headers.size()), this);
    widget->setObjectName(name);
    widget->setHorizontalHeaderLabels(headers);
    widget->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    widget->setTabKeyNavigation(false);
    return widget;
}

QWidget *MessageComposer::buildButtonPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_buttonText = new QPlainTextEdit(page);
    m_buttonText->setObjectName(QStringLiteral("composerButtonText"));
    m_buttonText->setAccessibleName(tr("Text above the buttons"));
    m_buttonText->setTabChangesFocus(true);
    layout->addWidget(m_buttonText, 1);
    m_buttonCounter = new QLabel(page);
    m_buttonCounter->setObjectName(QStringLiteral("composerButtonCounter"));
    m_buttonCounter->setAlignment(Qt::AlignRight);
    layout->addWidget(m_buttonCounter);
    m_buttons =
        table(QStringLiteral("composerButtons"), {tr("Button (Title | link, +phone or payload)")},
              models::MessageCheck::kButtonsMax);
    m_buttons->setMaximumHeight(130);
    layout->addWidget(m_buttons);
    m_buttonProblem = problemLabel(QStringLiteral("composerButtonProblem"), page);
    layout->addWidget(m_buttonProblem);
    connect(m_buttonText, &QPlainTextEdit::textChanged, this, &MessageComposer::pushButtons);
    connect(m_buttons, &QTableWidget::itemChanged, this, &MessageComposer::pushButtons);
    return page;
}

QWidget *MessageComposer::buildGenericPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_cards = table(QStringLiteral("composerCards"),
                    {tr("Title"), tr("Subtitle"), tr("Image address"), tr("Button 1"),
                     tr("Button 2"), tr("Button 3")},
                    models::MessageCheck::kCardsMax);
    // Six columns do not fit a compose column: each keeps its header readable and the
    // table scrolls sideways rather than cutting "Image address" to "ge addr".
    QHeaderView *header = m_cards->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    for (int column = 0; column < m_cards->columnCount(); ++column)
        header->resizeSection(column, std::max(header->sectionSizeHint(column), 90));
    layout->addWidget(m_cards, 1);
    m_cardProblem = problemLabel(QStringLiteral("composerCardProblem"), page);
    layout->addWidget(m_cardProblem);
    connect(m_cards, &QTableWidget::itemChanged, this, &MessageComposer::pushCards);
    return page;
}

QWidget *MessageComposer::buildQuickReplies()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Quick replies (up to 13, titles up to 20 characters):"), box));
    m_quickReplies = table(QStringLiteral("composerQuickReplies"), {tr("Title"), tr("Payload")},
                           models::MessageCheck::kQuickRepliesMax);
    m_quickReplies->setMaximumHeight(120);
    layout->addWidget(m_quickReplies);
    m_quickReplyProblem = problemLabel(QStringLiteral("composerQuickReplyProblem"), box);
    layout->addWidget(m_quickReplyProblem);
    connect(m_quickReplies, &QTableWidget::itemChanged, this, &MessageComposer::pushQuickReplies);
    return box;
}

QJsonObject MessageComposer::parseButton(const QString &cell)
{
    const QString text = cell.trimmed();
    if (text.isEmpty())
        return {};
    const qsizetype bar = text.indexOf(QLatin1Char('|'));
    const QString title = (bar < 0 ? text : text.left(bar)).trimmed();
    const QString value = bar < 0 ? QString() : text.mid(bar + 1).trimmed();
    if (value.startsWith(QLatin1String("http://")) || value.startsWith(QLatin1String("https://")) ||
        value.contains(QLatin1String("://")))
        return {{QStringLiteral("type"), QStringLiteral("web_url")},
                {QStringLiteral("title"), title},
                {QStringLiteral("url"), value}};
    if (value.startsWith(QLatin1Char('+')))
        return {{QStringLiteral("type"), QStringLiteral("phone_number")},
                {QStringLiteral("title"), title},
                {QStringLiteral("payload"), value}};
    return {{QStringLiteral("type"), QStringLiteral("postback")},
            {QStringLiteral("title"), title},
            {QStringLiteral("payload"), value}};
}

QString MessageComposer::buttonCell(const QJsonObject &button)
{
    if (button.isEmpty())
        return {};
    const QString value =
        button.value(QStringLiteral("type")).toString() == QLatin1String("web_url")
            ? button.value(QStringLiteral("url")).toString()
            : button.value(QStringLiteral("payload")).toString();
    return button.value(QStringLiteral("title")).toString() + QStringLiteral(" | ") + value;
}

void MessageComposer::pushButtons()
{
    if (m_pulling)
        return;
    QJsonArray buttons;
    for (int row = 0; row < m_buttons->rowCount(); ++row) {
        const QJsonObject button = parseButton(cellText(m_buttons, row, 0));
        if (!button.isEmpty())
            buttons.append(button);
    }
    m_document->setButtonTemplate(m_buttonText->toPlainText(), buttons);
}

void MessageComposer::pushCards()
{
    if (m_pulling)
        return;
    QJsonArray cards;
    for (int row = 0; row < m_cards->rowCount(); ++row) {
        QJsonObject card;
        const QString title = cellText(m_cards, row, 0);
        const QString subtitle = cellText(m_cards, row, 1);
        const QString image = cellText(m_cards, row, 2);
        QJsonArray buttons;
        for (int column = 3; column < 6; ++column) {
            const QJsonObject button = parseButton(cellText(m_cards, row, column));
            if (!button.isEmpty())
                buttons.append(button);
        }
        if (title.isEmpty() && subtitle.isEmpty() && image.isEmpty() && buttons.isEmpty())
            continue;
        card.insert(QStringLiteral("title"), title);
        if (!subtitle.isEmpty())
            card.insert(QStringLiteral("subtitle"), subtitle);
        if (!image.isEmpty())
            card.insert(QStringLiteral("image_url"), image);
        if (!buttons.isEmpty())
            card.insert(QStringLiteral("buttons"), buttons);
        cards.append(card);
    }
    m_document->setCards(cards);
}

void MessageComposer::pushQuickReplies()
{
    if (m_pulling)
        return;
    QJsonArray replies;
    for (int row = 0; row < m_quickReplies->rowCount(); ++row) {
        const QString title = cellText(m_quickReplies, row, 0);
        const QString payload = cellText(m_quickReplies, row, 1);
        if (title.isEmpty() && payload.isEmpty())
            continue;
        replies.append(
            QJsonObject{{QStringLiteral("content_type"), QStringLiteral("text")},
                        {QStringLiteral("title"), title},
                        {QStringLiteral("payload"), payload.isEmpty() ? title : payload}});
    }
    m_document->setQuickReplies(replies);
}

void MessageComposer::pullFromDocument()
{
    m_pulling = true;
    const int kindIndex = m_kind->findData(int(m_document->kind()));
    m_kind->setCurrentIndex(kindIndex);
    m_pages->setCurrentIndex(kindIndex);
    if (m_text->toPlainText() != m_document->text())
        m_text->setPlainText(m_document->text());
    if (m_persona->text().trimmed() != m_document->personaId())
        m_persona->setText(m_document->personaId());
    m_attachmentType->setCurrentIndex(
        std::max(0, m_attachmentType->findData(m_document->attachmentType())));
    if (m_attachmentUrl->text().trimmed() != m_document->attachmentUrl())
        m_attachmentUrl->setText(m_document->attachmentUrl());
    m_attachmentFile->setText(m_document->attachmentFile().isEmpty()
                                  ? tr("Choose a &file to upload...")
                                  : tr("File: %1").arg(m_document->attachmentFile()));
    if (m_buttonText->toPlainText() != m_document->buttonText())
        m_buttonText->setPlainText(m_document->buttonText());
    // Tables are filled from the document only when it was changed from elsewhere (their
    // own edits keep the user's empty rows where they are).
    const QJsonArray buttons = m_document->buttons();
    QJsonArray shownButtons;
    for (int row = 0; row < m_buttons->rowCount(); ++row) {
        const QJsonObject button = parseButton(cellText(m_buttons, row, 0));
        if (!button.isEmpty())
            shownButtons.append(button);
    }
    if (shownButtons != buttons) {
        for (int row = 0; row < m_buttons->rowCount(); ++row)
            setCell(m_buttons, row, 0, buttonCell(buttons.at(row).toObject()));
    }
    if (sender() != m_cards) {
        const QJsonArray cards = m_document->cards();
        bool differs = false;
        for (int row = 0; row < m_cards->rowCount() && !differs; ++row)
            differs = cellText(m_cards, row, 0) !=
                      cards.at(row).toObject().value(QStringLiteral("title")).toString();
        if (differs) {
            for (int row = 0; row < m_cards->rowCount(); ++row) {
                const QJsonObject card = cards.at(row).toObject();
                setCell(m_cards, row, 0, card.value(QStringLiteral("title")).toString());
                setCell(m_cards, row, 1, card.value(QStringLiteral("subtitle")).toString());
                setCell(m_cards, row, 2, card.value(QStringLiteral("image_url")).toString());
                const QJsonArray cardButtons = card.value(QStringLiteral("buttons")).toArray();
                for (int b = 0; b < 3; ++b)
                    setCell(m_cards, row, 3 + b, buttonCell(cardButtons.at(b).toObject()));
            }
        }
    }
    const QJsonArray replies = m_document->quickReplies();
    bool repliesDiffer = false;
    for (int row = 0; row < m_quickReplies->rowCount() && !repliesDiffer; ++row)
        repliesDiffer = cellText(m_quickReplies, row, 0) !=
                        replies.at(row).toObject().value(QStringLiteral("title")).toString();
    if (repliesDiffer) {
        for (int row = 0; row < m_quickReplies->rowCount(); ++row) {
            const QJsonObject reply = replies.at(row).toObject();
            setCell(m_quickReplies, row, 0, reply.value(QStringLiteral("title")).toString());
            setCell(m_quickReplies, row, 1, reply.value(QStringLiteral("payload")).toString());
        }
    }
    m_textCounter->setText(
        tr("%1 / %2").arg(m_document->text().size()).arg(models::MessageCheck::kTextMax));
    m_buttonCounter->setText(tr("%1 / %2")
                                 .arg(m_document->buttonText().size())
                                 .arg(models::MessageCheck::kButtonTextMax));
    m_pulling = false;
    showViolations();
    m_preview->setMessage(m_document->message());
}

void MessageComposer::showViolations()
{
    QStringList text, attachment, buttons, cards, replies;
    for (const auto &violation : m_document->violations()) {
        const QString line = violation.message;
        const QString &field = violation.field;
        if (field.startsWith(QLatin1String("quick_replies")))
            replies.append(line);
        else if (field.startsWith(QLatin1String("attachment.payload.elements")))
            cards.append(line);
        else if (field.startsWith(QLatin1String("attachment.payload.")) &&
                 m_document->kind() == MessageDocument::Kind::ButtonTemplate)
            buttons.append(line);
        else if (field.startsWith(QLatin1String("attachment")))
            (m_document->kind() == MessageDocument::Kind::GenericTemplate ? cards : attachment)
                .append(line);
        else
            text.append(line);
    }
    const bool overLimit = m_document->text().size() > models::MessageCheck::kTextMax;
    QPalette counter = palette();
    if (overLimit)
        counter.setColor(QPalette::WindowText,
                         StatusColors::foreground(StatusColors::Tone::Negative, counter));
    m_textCounter->setPalette(counter);
    showProblems(m_textProblem, text);
    showProblems(m_attachmentProblem, attachment);
    showProblems(m_buttonProblem, buttons);
    showProblems(m_cardProblem, cards);
    showProblems(m_quickReplyProblem, replies);
}

} // namespace mdesk::ui

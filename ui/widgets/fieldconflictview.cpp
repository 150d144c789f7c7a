#include "ui/widgets/fieldconflictview.h"

#include "models/profile/profiledraft.h"
#include "ui/widgets/statuscolors.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace mdesk::ui {

FieldConflictView::FieldConflictView(models::ProfileDraft *draft, QString field, QString title,
                                     QWidget *parent)
    : QFrame(parent)
    , m_draft(draft)
    , m_field(std::move(field))
    , m_title(std::move(title))
    , m_heading(new QLabel(this))
    , m_mine(new QLabel(this))
    , m_page(new QLabel(this))
{
    setObjectName(QStringLiteral("conflict_") + m_field);
    m_heading->setObjectName(QStringLiteral("conflictHeading_") + m_field);
    m_heading->setWordWrap(true);
    m_heading->setText(tr("%1 changed on the page since you started editing. Pick the value to "
                          "keep; Apply waits until you do.")
                           .arg(m_title));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_mine->setObjectName(QStringLiteral("conflictMine_") + m_field);
    m_page->setObjectName(QStringLiteral("conflictPage_") + m_field);
    for (QLabel *value : {m_mine, m_page}) {
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    auto *keepMine = new QPushButton(tr("&Keep Mine"), this);
    keepMine->setObjectName(QStringLiteral("keepMine_") + m_field);
    keepMine->setToolTip(tr("Keep what you typed; Apply will replace the page's value."));
    auto *takePage = new QPushButton(tr("Take the &Page's"), this);
    takePage->setObjectName(QStringLiteral("takePage_") + m_field);
    takePage->setToolTip(tr("Drop what you typed and take the value the page has now."));
    connect(keepMine, &QPushButton::clicked, this, [this] {
        if (m_draft)
            m_draft->keepMine(m_field);
    });
    connect(takePage, &QPushButton::clicked, this, [this] {
        if (m_draft)
            m_draft->takePage(m_field);
    });

    auto *values = new QGridLayout;
    values->setColumnStretch(1, 1);
    values->addWidget(new QLabel(tr("Yours:"), this), 0, 0, Qt::AlignTop);
    values->addWidget(m_mine, 0, 1);
    values->addWidget(new QLabel(tr("On the page:"), this), 1, 0, Qt::AlignTop);
    values->addWidget(m_page, 1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(keepMine);
    buttons->addWidget(takePage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_heading);
    layout->addLayout(values);
    layout->addLayout(buttons);

    connect(draft, &models::ProfileDraft::conflictsChanged, this, &FieldConflictView::refresh);
    refresh();
}

QString FieldConflictView::readable(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return tr("(not set)");
    if (value.isString())
        return value.toString();
    if (value.isObject() && value.toObject().contains(QStringLiteral("payload")))
        return value.toObject().value(QStringLiteral("payload")).toString();
    if (value.isArray()) {
        // Per-locale texts (greeting) read best one locale a line.
        QStringList lines;
        for (const QJsonValue &entry : value.toArray()) {
            const QJsonObject object = entry.toObject();
            if (!object.contains(QStringLiteral("text")))
                break;
            lines.append(tr("%1: %2").arg(object.value(QStringLiteral("locale")).toString(),
                                          object.value(QStringLiteral("text")).toString()));
        }
        if (lines.size() == value.toArray().size())
            return lines.join(QLatin1Char('\n'));
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

void FieldConflictView::refresh()
{
    const bool conflicted = m_draft && m_draft->hasConflict(m_field);
    setVisible(conflicted);
    if (!conflicted)
        return;
    const models::FieldConflict conflict = m_draft->conflicts().value(m_field);
    m_mine->setText(readable(conflict.mine));
    m_page->setText(readable(conflict.page));
    setAccessibleName(m_heading->text());
    setAccessibleDescription(tr("Yours: %1. On the page: %2.").arg(m_mine->text(), m_page->text()));
}

void FieldConflictView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(StatusColors::frame(StatusColors::Tone::Warning, palette()));
    painter.setBrush(StatusColors::background(StatusColors::Tone::Warning, palette()));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

} // namespace mdesk::ui

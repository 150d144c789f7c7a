#include "ui/profile/fieldsection.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace mdesk::ui {

FieldSection::FieldSection(QString field, const QString &title, QWidget *editor, Reader read,
                           Writer write, QWidget *parent)
    : QGroupBox(title, parent)
    , m_field(std::move(field))
    , m_read(std::move(read))
    , m_write(std::move(write))
    , m_issues(new QLabel(this))
    , m_deprecation(new QLabel(this))
{
    setObjectName(m_field + QStringLiteral("Section"));
    setCheckable(true);
    setChecked(false);
    setAccessibleName(title);
    m_issues->setObjectName(m_field + QStringLiteral("Issues"));
    m_issues->setWordWrap(true);
    m_issues->setTextFormat(Qt::PlainText);
    m_issues->hide();
    m_deprecation->setObjectName(m_field + QStringLiteral("Deprecation"));
    m_deprecation->setWordWrap(true);
    m_deprecation->setForegroundRole(QPalette::PlaceholderText);
    m_deprecation->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_deprecation);
    layout->addWidget(editor);
    layout->addWidget(m_issues);
    connect(this, &QGroupBox::toggled, this, [this] {
        if (!m_updating)
            Q_EMIT edited();
    });
}

QJsonValue FieldSection::value() const
{
    return isChecked() ? m_read() : QJsonValue(QJsonValue::Undefined);
}

void FieldSection::showValue(const QJsonValue &value)
{
    m_updating = true;
    const bool present = !value.isUndefined() && !value.isNull();
    setChecked(present);
    if (present)
        m_write(value);
    m_updating = false;
}

void FieldSection::editorChanged()
{
    if (m_updating)
        return;
    if (!isChecked()) {
        // Typing into a cleared field means the admin wants it set.
        m_updating = true;
        setChecked(true);
        m_updating = false;
    }
    Q_EMIT edited();
}

void FieldSection::showViolations(const QList<api::Violation> &violations)
{
    QStringList lines;
    for (const auto &violation : violations)
        lines.append(tr("\u26a0 %1").arg(violation.message));
    m_issues->setText(lines.join(QLatin1Char('\n')));
    m_issues->setVisible(!lines.isEmpty());
    m_issues->setAccessibleDescription(m_issues->text());
}

void FieldSection::setDeprecationNote(const QString &note)
{
    m_deprecation->setText(note.isEmpty() ? QString() : tr("Deprecated: %1").arg(note));
    m_deprecation->setVisible(!note.isEmpty());
}

} // namespace mdesk::ui

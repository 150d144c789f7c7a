#include "ui/widgets/stringlisteditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace mdesk::ui {

StringListEditor::StringListEditor(const QString &placeholder, int maxItems, QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("A&dd"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_count(new QLabel(this))
    , m_placeholder(placeholder)
    , m_maxItems(maxItems)
{
    m_list->setObjectName(QStringLiteral("list"));
    m_add->setObjectName(QStringLiteral("add"));
    m_remove->setObjectName(QStringLiteral("remove"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_list->setMinimumHeight(90);
    m_list->setMaximumHeight(160);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_count);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        auto *item = new QListWidgetItem(m_placeholder, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_list->setCurrentItem(item);
        m_list->editItem(item);
        updateCount();
        Q_EMIT edited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_list->currentItem();
        updateCount();
        Q_EMIT edited();
    });
    connect(m_list, &QListWidget::itemChanged, this, [this] { Q_EMIT edited(); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { updateCount(); });
    updateCount();
}

QStringList StringListEditor::values() const
{
    QStringList values;
    for (int row = 0; row < m_list->count(); ++row) {
        const QString text = m_list->item(row)->text().trimmed();
        if (!text.isEmpty())
            values.append(text);
    }
    return values;
}

void StringListEditor::setValues(const QStringList &values)
{
    if (values == this->values())
        return;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const auto &value : values) {
        auto *item = new QListWidgetItem(value, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    updateCount();
}

void StringListEditor::updateCount()
{
    const int count = m_list->count();
    m_count->setText(tr("%1 of %2").arg(count).arg(m_maxItems));
    m_add->setEnabled(count < m_maxItems);
    m_remove->setEnabled(m_list->currentItem() != nullptr);
}

} // namespace mdesk::ui

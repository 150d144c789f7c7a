#include "ui/profile/icebreakereditor.h"

#include "api/fieldrules.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mdesk::ui {

namespace {

bool isPerLocale(const QJsonValue &value)
{
    const QJsonArray entries = value.toArray();
    return !entries.isEmpty() &&
           entries.first().toObject().contains(QStringLiteral("call_to_actions"));
}

int defaultEntry(const QJsonArray &entries)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).toObject().value(QStringLiteral("locale")).toString() ==
            QLatin1String("default"))
            return int(i);
    }
    return 0;
}

} // namespace

IceBreakerEditor::IceBreakerEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("Add &question"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setObjectName(QStringLiteral("iceBreakers"));
    m_add->setObjectName(QStringLiteral("iceBreakerAdd"));
    m_table->setAccessibleName(tr("Ice breakers"));
    m_table->setHorizontalHeaderLabels({tr("Question"), tr("Payload")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(110);
    m_table->setMaximumHeight(160);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow(tr("What are your opening hours?"), QStringLiteral("OPENING_HOURS"));
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
        Q_EMIT edited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_table->removeRow(m_table->currentRow());
        updateButtons();
        Q_EMIT edited();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            Q_EMIT edited();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &IceBreakerEditor::updateButtons);
    updateButtons();
}

void IceBreakerEditor::addRow(const QString &question, const QString &payload)
{
    const bool had = m_updating;
    m_updating = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(question));
    m_table->setItem(row, 1, new QTableWidgetItem(payload));
    m_updating = had;
    updateButtons();
}

QJsonValue IceBreakerEditor::value() const
{
    QJsonArray items;
    for (int row = 0; row < m_table->rowCount(); ++row)
        items.append(QJsonObject{{QStringLiteral("question"), m_table->item(row, 0)->text()},
                                 {QStringLiteral("payload"), m_table->item(row, 1)->text()}});
    if (!isPerLocale(m_shape))
        return items;
    QJsonArray entries = m_shape.toArray();
    const int index = defaultEntry(entries);
    QJsonObject entry = entries.at(index).toObject();
    entry.insert(QStringLiteral("call_to_actions"), items);
    entries.replace(index, entry);
    return entries;
}

void IceBreakerEditor::setValue(const QJsonValue &value)
{
    if (value == this->value() && isPerLocale(value) == isPerLocale(m_shape))
        return;
    m_shape = value;
    m_updating = true;
    m_table->setRowCount(0);
    const QJsonArray items = isPerLocale(value) ? value.toArray()
                                                      .at(defaultEntry(value.toArray()))
                                                      .toObject()
                                                      .value(QStringLiteral("call_to_actions"))
                                                      .toArray()
                                                : value.toArray();
    for (const auto &item : items)
        addRow(item.toObject().value(QStringLiteral("question")).toString(),
               item.toObject().value(QStringLiteral("payload")).toString());
    m_updating = false;
    updateButtons();
}

void IceBreakerEditor::updateButtons()
{
    m_add->setEnabled(m_table->rowCount() < api::FieldRules::kMaxIceBreakers);
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

} // namespace mdesk::ui

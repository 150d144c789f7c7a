#include "ui/profile/countrypicker.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QVBoxLayout>

namespace mdesk::ui {

CountryPicker::CountryPicker(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_summary(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("countrySearch"));
    m_list->setObjectName(QStringLiteral("countryList"));
    m_search->setPlaceholderText(tr("Search countries by name or code"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search countries"));
    m_list->setAccessibleName(tr("Countries"));
    m_list->setMinimumHeight(140);

    // Every territory Qt knows with a two-letter code, sorted by code.
    QMap<QString, QString> countries;
    for (int value = QLocale::AnyTerritory + 1; value <= QLocale::LastTerritory; ++value) {
        const auto territory = QLocale::Territory(value);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() == 2)
            countries.insert(code, QLocale::territoryToString(territory));
    }
    for (auto it = countries.cbegin(); it != countries.cend(); ++it) {
        auto *item = new QListWidgetItem(tr("%1 - %2").arg(it.key(), it.value()), m_list);
        item->setData(Qt::UserRole, it.key());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    connect(m_search, &QLineEdit::textChanged, this, &CountryPicker::filter);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        updateSummary();
        if (!m_updating)
            Q_EMIT edited();
    });
    updateSummary();
}

QStringList CountryPicker::codes() const
{
    QStringList codes;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            codes.append(m_list->item(row)->data(Qt::UserRole).toString());
    }
    return codes;
}

void CountryPicker::setCodes(const QStringList &codes)
{
    if (codes == this->codes())
        return;
    m_updating = true;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setCheckState(codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
    m_updating = false;
    updateSummary();
}

void CountryPicker::filter(const QString &text)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

void CountryPicker::updateSummary()
{
    const QStringList chosen = codes();
    m_summary->setText(chosen.isEmpty() ? tr("No country chosen.")
                                        : tr("Chosen: %1").arg(chosen.join(QStringLiteral(", "))));
}

} // namespace mdesk::ui

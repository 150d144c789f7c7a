#include "ui/broadcasts/eligibilityview.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mdesk::ui {

EligibilityView::EligibilityView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("eligibilitySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_groups = new QTreeWidget(this);
    m_groups->setObjectName(QStringLiteral("eligibilityGroups"));
    m_groups->setAccessibleName(tr("Who can be reached"));
    m_groups->setColumnCount(2);
    m_groups->setHeaderLabels({tr("Group / name"), tr("PSID")});
    m_groups->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_groups, 1);
    clear();
}

void EligibilityView::clear()
{
    m_eligibility = {};
    m_summary->setText(tr("Choose an audience and press Check to see who can be reached now."));
    m_groups->clear();
}

void EligibilityView::setEligibility(const models::Eligibility &eligibility)
{
    m_eligibility = eligibility;
    m_summary->setText(eligibility.summary());
    m_groups->clear();
    const auto group = [this](const QString &title, const QList<models::AudiencePerson> &people,
                              const QString &key) {
        auto *top = new QTreeWidgetItem(m_groups, {title.arg(people.size()), QString()});
        top->setData(0, Qt::UserRole, key);
        const int shown = std::min<int>(kMaxNames, int(people.size()));
        for (int i = 0; i < shown; ++i) {
            const auto &person = people.at(i);
            new QTreeWidgetItem(
                top, {person.name.isEmpty() ? tr("(no name)") : person.name, person.psid});
        }
        if (people.size() > shown)
            new QTreeWidgetItem(top, {tr("and %1 more").arg(people.size() - shown), QString()});
    };
    group(tr("Can be reached now: %1"), eligibility.reachable, QStringLiteral("reachable"));
    group(tr("Outside the 24-hour window: %1"), eligibility.outsideWindow,
          QStringLiteral("outside"));
    group(tr("Unavailable: %1"), eligibility.unavailable, QStringLiteral("unavailable"));
    group(tr("Unknown to the app: %1"), eligibility.unknown, QStringLiteral("unknown"));
}

} // namespace mdesk::ui

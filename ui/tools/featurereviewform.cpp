#include "ui/tools/featurereviewform.h"

#include "models/tools/profilefieldaccess.h"
#include "ui/widgets/statuscolors.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mdesk::ui {

FeatureReviewForm::FeatureReviewForm(const PageContext &context, QWidget *parent)
    : ToolForm(QStringLiteral("featureReviewForm"), context, parent)
{
    auto *intro = new QLabel(tr("Messaging features need Meta's review before a Page may use "
                                "them; this is where each one stands."),
                             this);
    intro->setWordWrap(true);
    body()->addWidget(intro);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("featureReviewTable"));
    m_table->setAccessibleName(tr("Features and their review status"));
    m_table->setHorizontalHeaderLabels({tr("Feature"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    body()->addWidget(m_table, 1);
    m_empty = new QLabel(tr("Not read yet: press Read to ask Graph."), this);
    m_empty->setObjectName(QStringLiteral("featureReviewEmpty"));
    m_empty->setWordWrap(true);
    body()->addWidget(m_empty);
    m_read = new QPushButton(tr("&Read"), this);
    m_read->setObjectName(QStringLiteral("featureReviewRead"));
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_read);
    body()->addLayout(row);
    addAction(m_read, [] { return QList<api::Violation>{}; });
    connect(m_read, &QPushButton::clicked, this, &FeatureReviewForm::read);
    revalidate();
}

void FeatureReviewForm::showEvent(QShowEvent *event)
{
    ToolForm::showEvent(event);
    if (!m_readOnce && context().client) {
        m_readOnce = true;
        read();
    }
}

void FeatureReviewForm::read()
{
    m_readOnce = true;
    run(QStringLiteral("fetch_messaging_feature_review"), {}, tr("Reading the feature review..."),
        [this](const api::GraphResult &result) {
            if (!result.isOk()) {
                // The table keeps what an earlier read showed.
                return;
            }
            const auto statuses = models::ProfileFieldAccess::statuses(
                result.object().value(QStringLiteral("data")).toArray());
            m_table->setRowCount(int(statuses.size()));
            for (int row = 0; row < statuses.size(); ++row) {
                const auto &[feature, status] = statuses.at(row);
                m_table->setItem(row, 0, new QTableWidgetItem(feature));
                auto *state = new QTableWidgetItem(status);
                const auto tone = status == QLatin1String("approved") ? StatusColors::Tone::Positive
                                  : status == QLatin1String("rejected")
                                      ? StatusColors::Tone::Negative
                                      : StatusColors::Tone::Warning;
                state->setForeground(StatusColors::foreground(tone, palette()));
                m_table->setItem(row, 1, state);
            }
            m_empty->setText(statuses.isEmpty()
                                 ? tr("Graph lists no messaging feature for this Page: none has "
                                      "been submitted for review.")
                                 : tr("%n feature(s), as Graph answered just now.", nullptr,
                                      int(statuses.size())));
        });
}

} // namespace mdesk::ui

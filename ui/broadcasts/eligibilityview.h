#pragma once

#include "models/broadcasts/eligibility.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace mdesk::ui {

// The eligibility summary before a send: one sentence ("312 can be reached now; 88
// outside the 24-hour window (...); 4 unavailable") and the groups, each expandable to
// the names (the first kMaxNames of a group, then how many more).
class EligibilityView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxNames = 500;

    explicit EligibilityView(QWidget *parent = nullptr);

    void setEligibility(const models::Eligibility &eligibility);
    void clear();
    const models::Eligibility &eligibility() const { return m_eligibility; }

private:
    QLabel *m_summary;
    QTreeWidget *m_groups;
    models::Eligibility m_eligibility;
};

} // namespace mdesk::ui

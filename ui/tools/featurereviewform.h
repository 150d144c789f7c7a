#pragma once

#include "ui/tools/toolform.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace mdesk::ui {

// Feature review: the Page's messaging features and their review status
// (fetch_messaging_feature_review) as a table. Reads on first show and on Read.
class FeatureReviewForm : public ToolForm
{
    Q_OBJECT
public:
    explicit FeatureReviewForm(const PageContext &context, QWidget *parent = nullptr);

    void read();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QPushButton *m_read;
    QTableWidget *m_table;
    QLabel *m_empty;
    bool m_readOnce = false;
};

} // namespace mdesk::ui

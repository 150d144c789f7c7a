#pragma once

#include "ui/tools/toolform.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace mdesk::ui {

// Built-in NLP: set_nlp_configs with its fields (nlp_enabled, model, custom_token, verbose,
// n_best). Graph has no read for these settings, so the form starts from what this app last
// sent for the Page (models::NlpLastSent, kept after each accepted Apply, without the token)
// and a sentence ("nlpLastSent") says so, with the date: never a guess of what the Page has.
class NlpForm : public ToolForm
{
    Q_OBJECT
public:
    explicit NlpForm(const PageContext &context, QWidget *parent = nullptr);

    // The input as the fields give it; unset fields are left out.
    QJsonObject input() const;

private:
    void apply();
    // Fills the fields from the last record and says what they show.
    void showLastSent();

    QCheckBox *m_enabled;
    QComboBox *m_model;
    QLineEdit *m_customToken;
    QCheckBox *m_verbose;
    QSpinBox *m_nBest;
    QPushButton *m_apply;
    QLabel *m_lastSent;
};

} // namespace mdesk::ui

#pragma once

#include "models/tools/profilefieldaccess.h"
#include "ui/tools/toolform.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mdesk::ui {

// User lookup: one person by PSID. Their profile (fetch_user_profile) with the fields the
// Page's feature review approves (the others greyed, with why), their labels
// (list_custom_labels_of_user), and ID matching: the ids the same person has in other apps
// (fetch_ids_for_app, optional app filter) and, from an app-scoped id, in other Pages
// (fetch_ids_for_page, optional page filter). ID matching needs appsecret_proof: without
// the app's secret the form says so and sends nothing.
//
// Contract: reviewRead() fires after the feature review was read (ok or not) and the field
// checkboxes follow it.
class UserLookupForm : public ToolForm
{
    Q_OBJECT
public:
    explicit UserLookupForm(const PageContext &context, QWidget *parent = nullptr);

    QStringList checkedFields() const;
    void readFeatureReview();

Q_SIGNALS:
    void reviewRead();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QJsonObject profileInput() const;
    QJsonObject idsForAppInput() const;
    QJsonObject idsForPageInput() const;
    QList<api::Violation> proofProblems() const;
    void applyFieldAccess(const QList<models::ProfileFieldAccess::Field> &fields);
    void lookUpProfile();
    void lookUpLabels();
    void matchApps();
    void matchPages();

    QLineEdit *m_psid;
    QHash<QString, QCheckBox *> m_fieldBoxes;
    QLabel *m_fieldAccess;
    QPushButton *m_profile;
    QPushButton *m_labels;
    QLabel *m_profileResult;
    QLabel *m_labelsResult;
    QLabel *m_proofNote;
    QLineEdit *m_appFilter;
    QPushButton *m_idsForApps;
    QLineEdit *m_asid;
    QLineEdit *m_pageFilter;
    QPushButton *m_idsForPages;
    QLabel *m_idsResult;
    bool m_reviewAsked = false;
};

} // namespace mdesk::ui

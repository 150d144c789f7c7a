#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace mdesk::ui {

// The fields of one persistent menu item beside the tree: type, title (with its count
// against 30), payload for postbacks, and for links the URL, webview height, Messenger
// extensions, fallback URL and share button. Fields that do not apply to the type are
// hidden. Emits edited(property) on user changes only.
class MenuItemForm : public QWidget
{
    Q_OBJECT
public:
    explicit MenuItemForm(bool allowNested, QWidget *parent = nullptr);

    QJsonObject item() const;
    // An empty object shows "nothing selected" and disables the form.
    void setItem(const QJsonObject &item);
    void setViolations(const QStringList &messages);
    // A warning that is not a Graph rule (a link to a domain that is not whitelisted).
    void setWarning(const QString &html);

Q_SIGNALS:
    void edited(const QString &property);
    // The user followed a link in the warning.
    void warningLinkActivated(const QString &link);

private:
    void updateVisibility();

    QComboBox *m_type;
    QLineEdit *m_title;
    QLabel *m_titleCount;
    QLineEdit *m_payload;
    QLineEdit *m_url;
    QComboBox *m_height;
    QCheckBox *m_extensions;
    QLineEdit *m_fallback;
    QCheckBox *m_hideShare;
    QLabel *m_issues;
    QLabel *m_warning;
    QJsonObject m_item;
    bool m_updating = false;
};

} // namespace mdesk::ui

#pragma once

#include <QJsonArray>
#include <QWidget>

namespace mdesk::ui {

// Draws one locale's persistent menu the way the Messenger composer shows it: a sheet of
// rows above the composer, an arrow for links, a chevron for submenus, and the composer
// replaced by a notice when typing is turned off. Palette colours only.
class MenuPreview : public QWidget
{
    Q_OBJECT
public:
    explicit MenuPreview(QWidget *parent = nullptr);

    // The whole menu and the locale to show ("default" when the locale has no menu).
    void setMenu(const QJsonArray &menu, const QString &locale);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QJsonArray m_items;
    QString m_locale;
    bool m_composerDisabled = false;
};

} // namespace mdesk::ui

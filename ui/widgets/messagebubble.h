#pragma once

#include <QWidget>

namespace mdesk::ui {

// A chat bubble drawn the way Messenger shows a page's text, in palette colours only so it
// follows light and dark themes.
class MessageBubble : public QWidget
{
    Q_OBJECT
public:
    explicit MessageBubble(QWidget *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QRect textRect(int width) const;

    QString m_text;
};

} // namespace mdesk::ui

#pragma once

#include <QJsonObject>
#include <QWidget>

class QVBoxLayout;

namespace mdesk::ui {

// A Send API message drawn the way Messenger shows it: the text bubble, a button
// template's text with its buttons under it, a generic template's cards side by side, an
// attachment's name, and the quick replies as chips below. Palette colours only.
class MessagePreview : public QWidget
{
    Q_OBJECT
public:
    explicit MessagePreview(QWidget *parent = nullptr);

    void setMessage(const QJsonObject &message);
    QJsonObject message() const { return m_message; }

private:
    void rebuild();

    QJsonObject m_message;
    QVBoxLayout *m_layout;
};

} // namespace mdesk::ui

#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace mdesk::ui {

// The selected event of the log in full: a summary line, and the redacted request and
// response (or error) as pretty-printed JSON, in a fixed-width font.
class EventDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit EventDetailView(QWidget *parent = nullptr);

    // Shows an event (GraphEvent::toJson()); an empty object clears the view.
    void setEvent(const QJsonObject &event);

    QString requestText() const;
    QString responseText() const;

private:
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_response;
};

} // namespace mdesk::ui

#pragma once

#include "ui/shell/pagecontext.h"

#include <QGroupBox>
#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace mdesk::ui {

// The Broadcast API as the seed knew it: create_message_creative + broadcast_message to a
// custom_label_id, fetch_broadcast, cancel_broadcast and reach estimation. Collapsed (an
// unchecked group) and marked deprecated with its dates; usable where a server still
// serves it (LocalGraph on versions before v4.0), never the default.
class LegacyBroadcastPanel : public QGroupBox
{
    Q_OBJECT
public:
    LegacyBroadcastPanel(const PageContext &context, QWidget *parent = nullptr);

    // The message of the composer, given when a creative is made.
    void setMessageProvider(std::function<QJsonObject()> provider);

    void createAndBroadcast();
    void fetchBroadcast();
    void cancelBroadcast();
    void estimateReach();

private:
    void call(const QString &op, const QJsonObject &input,
              const std::function<void(const QJsonObject &)> &done);
    void showAnswer(const QString &text);

    PageContext m_context;
    std::function<QJsonObject()> m_message;
    QWidget *m_body;
    QLineEdit *m_labelId;
    QLineEdit *m_broadcastId;
    QPlainTextEdit *m_output;
};

} // namespace mdesk::ui

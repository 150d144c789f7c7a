#pragma once

#include "ui/tools/toolform.h"

#include <QImage>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace mdesk::ui {

// Messenger code: create_messenger_code with its form (type "standard", an optional ref,
// image_size 100..2000), marked deprecated with the date Graph removed it. Where a server
// still serves it (an old version of a server that keeps it), the PNG Graph links to is
// downloaded, shown and can be saved.
//
// Contract: imageLoaded() fires once the PNG of a created code is shown.
class MessengerCodeForm : public ToolForm
{
    Q_OBJECT
public:
    explicit MessengerCodeForm(const PageContext &context, QWidget *parent = nullptr);

    QJsonObject input() const;
    const QImage &image() const { return m_image; }
    // Writes the shown PNG; false with *error set when there is none or it cannot be written.
    bool saveImage(const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    void imageLoaded();

private:
    void create();
    void download(const QString &uri);
    void chooseFileAndSave();

    QLineEdit *m_ref;
    QSpinBox *m_size;
    QPushButton *m_create;
    QPushButton *m_save;
    QLabel *m_picture;
    QLabel *m_uri;
    QImage m_image;
    QByteArray m_png;
};

} // namespace mdesk::ui

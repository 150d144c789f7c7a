#pragma once

#include "ui/tools/toolform.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace mdesk::ui {

// Attachments: upload a local file (multipart, with progress and Cancel; its size checked
// against the limit before anything is sent) or a URL (upload_attachment), and the reusable
// ids the Page holds in the local store with their age and the 90 days after which Graph
// forgets them. Every id an upload gives back is kept in the store (AttachmentShelf).
// A cancel before the request left sends nothing; after it left the bar says Graph may have
// kept the file (the outcome is unknown). What was typed stays either way.
//
// Contract: shelfChanged() fires after the table was filled again.
class AttachmentsForm : public ToolForm
{
    Q_OBJECT
public:
    explicit AttachmentsForm(const PageContext &context, QWidget *parent = nullptr);

    QJsonObject input() const;
    void refreshShelf();

Q_SIGNALS:
    void shelfChanged();

private:
    void upload();
    void browse();

    QComboBox *m_type;
    QLineEdit *m_file;
    QLineEdit *m_url;
    QCheckBox *m_reusable;
    QPushButton *m_upload;
    QTableWidget *m_table;
    QLabel *m_shelfState;
};

} // namespace mdesk::ui

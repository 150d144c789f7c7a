#include "ui/tools/attachmentsform.h"

#include "models/tools/attachmentshelf.h"
#include "models/tools/graphfailuretext.h"
#include "ui/widgets/statuscolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace mdesk::ui {

AttachmentsForm::AttachmentsForm(const PageContext &context, QWidget *parent)
    : ToolForm(QStringLiteral("attachmentsForm"), context, parent)
{
    auto *intro = new QLabel(tr("Upload a file or a URL once and send it to many people by its "
                                "attachment id. Graph keeps reusable ids for 90 days; files may "
                                "be at most 25 MB."),
                             this);
    intro->setWordWrap(true);
    body()->addWidget(intro);
    auto *form = new QFormLayout;
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("attachmentType"));
    m_type->addItem(tr("Image"), QStringLiteral("image"));
    m_type->addItem(tr("Video"), QStringLiteral("video"));
    m_type->addItem(tr("Audio"), QStringLiteral("audio"));
    m_type->addItem(tr("File"), QStringLiteral("file"));
    addField(form, tr("&Type:"), m_type, QStringLiteral("type"));

    auto *fileRow = new QWidget(this);
    fileRow->setObjectName(QStringLiteral("attachmentFileRow"));
    auto *fileLayout = new QHBoxLayout(fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    m_file = new QLineEdit(fileRow);
    m_file->setObjectName(QStringLiteral("attachmentFile"));
    m_file->setAccessibleName(tr("Local file"));
    m_file->setPlaceholderText(tr("A file on this computer"));
    auto *browse = new QToolButton(fileRow);
    browse->setObjectName(QStringLiteral("attachmentBrowse"));
    browse->setText(QStringLiteral("..."));
    browse->setAccessibleName(tr("Choose a file"));
    browse->setToolTip(tr("Choose a file"));
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(browse);
    addField(form, tr("Local &file:"), fileRow, QStringLiteral("file"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("attachmentUrl"));
    m_url->setPlaceholderText(tr("Or an https:// URL Graph fetches the file from"));
    addField(form, tr("&URL:"), m_url, QStringLiteral("url"));
    m_reusable = new QCheckBox(tr("Keep a reusable attachment id"), this);
    m_reusable->setObjectName(QStringLiteral("attachmentReusable"));
    m_reusable->setChecked(true);
    form->addRow(QString(), m_reusable);
    body()->addLayout(form);
    m_upload = new QPushButton(tr("U&pload"), this);
    m_upload->setObjectName(QStringLiteral("attachmentUpload"));
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_upload);
    body()->addLayout(row);

    m_shelfState = new QLabel(this);
    m_shelfState->setObjectName(QStringLiteral("attachmentShelfState"));
    m_shelfState->setWordWrap(true);
    body()->addWidget(m_shelfState);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("attachmentTable"));
    m_table->setAccessibleName(tr("Reusable attachment ids of this Page"));
    m_table->setHorizontalHeaderLabels({tr("Type"), tr("Attachment id"), tr("Source"), tr("Age")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    body()->addWidget(m_table, 1);

    // The file row's message sits under the row; the line edit inside decides "untouched".
    addAction(m_upload, [this] {
        if (m_file->text().isEmpty() && m_url->text().isEmpty())
            return QList<api::Violation>{
                {QStringLiteral("url"), tr("Give the attachment a url or a local file.")}};
        return checkInput(QStringLiteral("upload_attachment"), input());
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, &ToolForm::revalidate);
    connect(m_file, &QLineEdit::textChanged, this, &ToolForm::revalidate);
    connect(m_url, &QLineEdit::textChanged, this, &ToolForm::revalidate);
    connect(m_reusable, &QCheckBox::toggled, this, &ToolForm::revalidate);
    connect(browse, &QToolButton::clicked, this, &AttachmentsForm::browse);
    connect(m_upload, &QPushButton::clicked, this, &AttachmentsForm::upload);
    revalidate();
    refreshShelf();
}

QJsonObject AttachmentsForm::input() const
{
    QJsonObject input{{QStringLiteral("type"), m_type->currentData().toString()},
                      {QStringLiteral("is_reusable"), m_reusable->isChecked()}};
    if (!m_file->text().isEmpty())
        input.insert(QStringLiteral("file"), m_file->text());
    if (!m_url->text().trimmed().isEmpty())
        input.insert(QStringLiteral("url"), m_url->text().trimmed());
    return input;
}

void AttachmentsForm::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a file to upload"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void AttachmentsForm::upload()
{
    const QJsonObject sent = input();
    const QString file = sent.value(QStringLiteral("file")).toString();
    const QString type = sent.value(QStringLiteral("type")).toString();
    QString key = sent.value(QStringLiteral("url")).toString();
    if (!file.isEmpty()) {
        QString error;
        key = models::AttachmentShelf::keyForFile(file, &error);
        if (key.isEmpty()) {
            showProblem(error);
            return;
        }
    }
    const QString what = file.isEmpty() ? key : QFileInfo(file).fileName();
    run(QStringLiteral("upload_attachment"), sent, tr("Uploading %1...").arg(what),
        [this, key, type, what](const api::GraphResult &result) {
            if (!result.isOk()) {
                // A cancel (or a lost answer) says whether the file may be on Graph.
                const api::ErrorCategory category = result.error().category;
                if (category == api::ErrorCategory::Cancelled ||
                    category == api::ErrorCategory::UnknownOutcome)
                    showProblem(models::GraphFailureText::uploadFailure(result.error()));
                return;
            }
            const QString id = result.object().value(QStringLiteral("attachment_id")).toString();
            if (id.isEmpty()) {
                showResult(tr("%1 was uploaded; Graph gave no reusable id.").arg(what));
                return;
            }
            bool kept = false;
            if (context().database)
                kept = models::AttachmentShelf(*context().database, context().page.id)
                           .remember(key, type, id);
            showResult(kept ? tr("%1 was uploaded as attachment %2; the id is kept for 90 days.")
                                  .arg(what, id)
                            : tr("%1 was uploaded as attachment %2, but the local store could "
                                 "not keep the id: note it down.")
                                  .arg(what, id));
            refreshShelf();
        });
}

void AttachmentsForm::refreshShelf()
{
    if (!context().database) {
        m_table->setRowCount(0);
        m_shelfState->setText(tr("The local store is not open, so no attachment ids are kept."));
        Q_EMIT shelfChanged();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto entries =
        models::AttachmentShelf(*context().database, context().page.id).entries(now);
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const auto &entry = entries.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(entry.type));
        m_table->setItem(row, 1, new QTableWidgetItem(entry.attachmentId));
        m_table->setItem(row, 2, new QTableWidgetItem(entry.source));
        auto *age = new QTableWidgetItem(models::AttachmentShelf::ageText(entry, now));
        if (entry.expired)
            age->setForeground(StatusColors::foreground(StatusColors::Tone::Negative, palette()));
        m_table->setItem(row, 3, age);
    }
    m_shelfState->setText(
        entries.isEmpty()
            ? tr("No reusable attachment ids yet: an upload here or in Labels "
                 "& Broadcasts keeps its id.")
            : tr("%n reusable attachment id(s) kept for this Page.", nullptr, int(entries.size())));
    Q_EMIT shelfChanged();
}

} // namespace mdesk::ui

#include "ui/tools/messengercodeform.h"

#include "api/operationtable.h"
#include "ui/widgets/statuscolors.h"

#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mdesk::ui {

MessengerCodeForm::MessengerCodeForm(const PageContext &context, QWidget *parent)
    : ToolForm(QStringLiteral("messengerCodeForm"), context, parent)
{
    const api::OperationSpec *op =
        api::OperationTable::find(QStringLiteral("create_messenger_code"));
    auto *deprecation = new QLabel(this);
    deprecation->setObjectName(QStringLiteral("codeDeprecation"));
    deprecation->setWordWrap(true);
    if (op && op->deprecation)
        deprecation->setText(
            tr("Deprecated since %1: %2 The form stays for servers that still "
               "serve it; graph.facebook.com answers with an error.")
                .arg(op->deprecation->since.toString(Qt::ISODate), op->deprecation->note));
    QPalette palette = deprecation->palette();
    palette.setColor(QPalette::WindowText,
                     StatusColors::foreground(StatusColors::Tone::Warning, palette));
    deprecation->setPalette(palette);
    body()->addWidget(deprecation);

    auto *form = new QFormLayout;
    auto *type = new QLabel(QStringLiteral("standard"), this);
    type->setObjectName(QStringLiteral("codeType"));
    form->addRow(tr("Type:"), type);
    m_ref = new QLineEdit(this);
    m_ref->setObjectName(QStringLiteral("codeRef"));
    m_ref->setPlaceholderText(tr("Optional: up to 250 of a-z A-Z 0-9 + / = - . : _"));
    addField(form, tr("&Ref:"), m_ref, QStringLiteral("data"));
    m_size = new QSpinBox(this);
    m_size->setObjectName(QStringLiteral("codeSize"));
    m_size->setRange(100, 2000);
    m_size->setValue(1000);
    m_size->setSuffix(tr(" px"));
    addField(form, tr("Image &size:"), m_size, QStringLiteral("image_size"));
    body()->addLayout(form);

    m_create = new QPushButton(tr("&Create code"), this);
    m_create->setObjectName(QStringLiteral("codeCreate"));
    m_save = new QPushButton(tr("&Save PNG..."), this);
    m_save->setObjectName(QStringLiteral("codeSave"));
    m_save->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_save);
    row->addWidget(m_create);
    body()->addLayout(row);
    m_uri = new QLabel(this);
    m_uri->setObjectName(QStringLiteral("codeUri"));
    m_uri->setWordWrap(true);
    m_uri->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->addWidget(m_uri);
    m_picture = new QLabel(tr("No code yet."), this);
    m_picture->setObjectName(QStringLiteral("codeImage"));
    m_picture->setAccessibleName(tr("Messenger code image"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumHeight(120);
    body()->addWidget(m_picture, 1);

    addAction(m_create,
              [this] { return checkInput(QStringLiteral("create_messenger_code"), input()); });
    connect(m_ref, &QLineEdit::textChanged, this, &ToolForm::revalidate);
    connect(m_size, &QSpinBox::valueChanged, this, &ToolForm::revalidate);
    connect(m_create, &QPushButton::clicked, this, &MessengerCodeForm::create);
    connect(m_save, &QPushButton::clicked, this, &MessengerCodeForm::chooseFileAndSave);
    revalidate();
}

QJsonObject MessengerCodeForm::input() const
{
    QJsonObject input{{QStringLiteral("type"), QStringLiteral("standard")},
                      {QStringLiteral("image_size"), m_size->value()}};
    if (!m_ref->text().isEmpty())
        input.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("ref"), m_ref->text()}});
    return input;
}

void MessengerCodeForm::create()
{
    run(QStringLiteral("create_messenger_code"), input(), tr("Creating the code..."),
        [this](const api::GraphResult &result) {
            if (!result.isOk())
                return;
            const QString uri = result.object().value(QStringLiteral("uri")).toString();
            m_uri->setText(tr("Graph's link to the code: %1").arg(uri));
            download(uri);
        });
}

void MessengerCodeForm::download(const QString &uri)
{
    const QUrl url(uri);
    if (!context().client || !url.isValid() || url.scheme().isEmpty()) {
        showProblem(tr("Graph gave no link to an image."));
        return;
    }
    QNetworkReply *reply = context().client->network()->get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QByteArray bytes = reply->readAll();
        QImage image;
        if (reply->error() != QNetworkReply::NoError || !image.loadFromData(bytes, "PNG")) {
            showProblem(tr("The code was created, but its image could not be downloaded: %1")
                            .arg(reply->errorString()));
            return;
        }
        m_image = image;
        m_png = bytes;
        m_picture->setPixmap(QPixmap::fromImage(
            image.scaled(240, 240, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        m_save->setEnabled(true);
        showResult(tr("The code is ready: %1 x %2 pixels.").arg(image.width()).arg(image.height()));
        Q_EMIT imageLoaded();
    });
}

bool MessengerCodeForm::saveImage(const QString &path, QString *error) const
{
    QFile file(path);
    if (m_png.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(m_png) != m_png.size()) {
        if (error)
            *error = m_png.isEmpty()
                         ? tr("There is no code to save yet.")
                         : tr("%1 cannot be written: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

void MessengerCodeForm::chooseFileAndSave()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Messenger code"),
                                                      QStringLiteral("messenger-code.png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveImage(path, &error))
        showResult(tr("Saved to %1.").arg(path));
    else
        showProblem(error);
}

} // namespace mdesk::ui

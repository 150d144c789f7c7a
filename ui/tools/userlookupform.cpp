#include "ui/tools/userlookupform.h"

#include "ui/widgets/statuscolors.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mdesk::ui {

namespace {

QLabel *resultLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    return label;
}

// An answer line shows only once there is something to say.
void setResult(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

} // namespace

UserLookupForm::UserLookupForm(const PageContext &context, QWidget *parent)
    : ToolForm(QStringLiteral("userLookupForm"), context, parent)
{
    auto *person = new QGroupBox(tr("Person"), this);
    auto *personLayout = new QVBoxLayout(person);
    auto *form = new QFormLayout;
    m_psid = new QLineEdit(person);
    m_psid->setObjectName(QStringLiteral("lookupPsid"));
    m_psid->setPlaceholderText(tr("Page-scoped id (PSID)"));
    addField(form, tr("&PSID:"), m_psid, QStringLiteral("psid"));
    auto *fieldRow = new QWidget(person);
    auto *fieldLayout = new QHBoxLayout(fieldRow);
    fieldLayout->setContentsMargins(0, 0, 0, 0);
    for (const auto &field : models::ProfileFieldAccess::fields({}, true)) {
        auto *box = new QCheckBox(field.name, fieldRow);
        box->setObjectName(QStringLiteral("lookupField_") + field.name);
        box->setChecked(field.available);
        fieldLayout->addWidget(box);
        m_fieldBoxes.insert(field.name, box);
    }
    fieldLayout->addStretch();
    form->addRow(tr("Fields:"), fieldRow);
    personLayout->addLayout(form);
    m_fieldAccess = resultLabel(QStringLiteral("lookupFieldAccess"), person);
    QPalette muted = m_fieldAccess->palette();
    muted.setColor(QPalette::WindowText,
                   StatusColors::foreground(StatusColors::Tone::Muted, muted));
    m_fieldAccess->setPalette(muted);
    personLayout->addWidget(m_fieldAccess);
    auto *buttons = new QHBoxLayout;
    m_profile = new QPushButton(tr("Look up &profile"), person);
    m_profile->setObjectName(QStringLiteral("lookupProfile"));
    m_labels = new QPushButton(tr("Show &labels"), person);
    m_labels->setObjectName(QStringLiteral("lookupLabels"));
    buttons->addStretch();
    buttons->addWidget(m_labels);
    buttons->addWidget(m_profile);
    personLayout->addLayout(buttons);
    m_profileResult = resultLabel(QStringLiteral("lookupProfileResult"), person);
    m_labelsResult = resultLabel(QStringLiteral("lookupLabelsResult"), person);
    personLayout->addWidget(m_profileResult);
    personLayout->addWidget(m_labelsResult);
    body()->addWidget(person);

    auto *matching = new QGroupBox(tr("ID matching"), this);
    auto *matchLayout = new QVBoxLayout(matching);
    m_proofNote = resultLabel(QStringLiteral("lookupProofNote"), matching);
    matchLayout->addWidget(m_proofNote);
    auto *matchForm = new QFormLayout;
    m_appFilter = new QLineEdit(matching);
    m_appFilter->setObjectName(QStringLiteral("lookupAppFilter"));
    m_appFilter->setPlaceholderText(tr("Optional: only this app id"));
    addField(matchForm, tr("&App filter:"), m_appFilter, QStringLiteral("app"));
    m_asid = new QLineEdit(matching);
    m_asid->setObjectName(QStringLiteral("lookupAsid"));
    m_asid->setPlaceholderText(tr("App-scoped id (ASID), for the Pages side"));
    addField(matchForm, tr("AS&ID:"), m_asid, QStringLiteral("asid"));
    m_pageFilter = new QLineEdit(matching);
    m_pageFilter->setObjectName(QStringLiteral("lookupPageFilter"));
    m_pageFilter->setPlaceholderText(tr("Optional: only this Page id"));
    addField(matchForm, tr("Pa&ge filter:"), m_pageFilter, QStringLiteral("page"));
    matchLayout->addLayout(matchForm);
    auto *matchButtons = new QHBoxLayout;
    m_idsForApps = new QPushButton(tr("IDs in other &apps (from the PSID)"), matching);
    m_idsForApps->setObjectName(QStringLiteral("lookupIdsForApps"));
    m_idsForPages = new QPushButton(tr("IDs in other Pa&ges (from the ASID)"), matching);
    m_idsForPages->setObjectName(QStringLiteral("lookupIdsForPages"));
    matchButtons->addStretch();
    matchButtons->addWidget(m_idsForApps);
    matchButtons->addWidget(m_idsForPages);
    matchLayout->addLayout(matchButtons);
    m_idsResult = resultLabel(QStringLiteral("lookupIdsResult"), matching);
    matchLayout->addWidget(m_idsResult);
    body()->addWidget(matching);
    body()->addStretch();

    const QList<api::Violation> proof = proofProblems();
    setResult(m_proofNote,
              proof.isEmpty() ? tr("ID matching sends appsecret_proof, made from the app's secret.")
                              : proof.first().message);

    addAction(m_profile,
              [this] { return checkInput(QStringLiteral("fetch_user_profile"), profileInput()); });
    addAction(m_labels, [this] {
        return checkInput(QStringLiteral("list_custom_labels_of_user"),
                          {{QStringLiteral("psid"), m_psid->text().trimmed()}});
    });
    addAction(m_idsForApps, [this] {
        return proofProblems() + checkInput(QStringLiteral("fetch_ids_for_app"), idsForAppInput());
    });
    addAction(m_idsForPages, [this] {
        return proofProblems() +
               checkInput(QStringLiteral("fetch_ids_for_page"), idsForPageInput());
    });
    for (QLineEdit *edit : {m_psid, m_appFilter, m_asid, m_pageFilter})
        connect(edit, &QLineEdit::textChanged, this, &ToolForm::revalidate);
    for (QCheckBox *box : std::as_const(m_fieldBoxes))
        connect(box, &QCheckBox::toggled, this, &ToolForm::revalidate);
    connect(m_psid, &QLineEdit::returnPressed, this, &UserLookupForm::lookUpProfile);
    connect(m_profile, &QPushButton::clicked, this, &UserLookupForm::lookUpProfile);
    connect(m_labels, &QPushButton::clicked, this, &UserLookupForm::lookUpLabels);
    connect(m_idsForApps, &QPushButton::clicked, this, &UserLookupForm::matchApps);
    connect(m_idsForPages, &QPushButton::clicked, this, &UserLookupForm::matchPages);
    // Until the review is read, the gated fields are off.
    applyFieldAccess({});
    setResult(m_fieldAccess, tr("locale, timezone and gender need the Page's feature review; "
                                "it is read when this form opens."));
}

QStringList UserLookupForm::checkedFields() const
{
    QStringList fields;
    for (const auto &field : models::ProfileFieldAccess::fields({}, true)) {
        const QCheckBox *box = m_fieldBoxes.value(field.name);
        if (box && box->isEnabled() && box->isChecked())
            fields.append(field.name);
    }
    return fields;
}

QJsonObject UserLookupForm::profileInput() const
{
    QJsonObject input{{QStringLiteral("psid"), m_psid->text().trimmed()}};
    const QStringList fields = checkedFields();
    if (!fields.isEmpty())
        input.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
    return input;
}

QJsonObject UserLookupForm::idsForAppInput() const
{
    QJsonObject input{{QStringLiteral("psid"), m_psid->text().trimmed()}};
    if (!m_appFilter->text().trimmed().isEmpty())
        input.insert(QStringLiteral("app"), m_appFilter->text().trimmed());
    return input;
}

QJsonObject UserLookupForm::idsForPageInput() const
{
    QJsonObject input{{QStringLiteral("asid"), m_asid->text().trimmed()}};
    if (!m_pageFilter->text().trimmed().isEmpty())
        input.insert(QStringLiteral("page"), m_pageFilter->text().trimmed());
    return input;
}

QList<api::Violation> UserLookupForm::proofProblems() const
{
    const api::AppConnection *app =
        context().client ? context().client->app(context().page.appId) : nullptr;
    if (app && !app->appSecret.isEmpty())
        return {};
    return {{QStringLiteral("appsecret_proof"),
             tr("ID matching requires appsecret_proof, and this app has no secret configured: "
                "add the app secret in Accounts. Nothing is sent until then.")}};
}

void UserLookupForm::showEvent(QShowEvent *event)
{
    ToolForm::showEvent(event);
    if (!m_reviewAsked && context().client)
        readFeatureReview();
}

void UserLookupForm::readFeatureReview()
{
    m_reviewAsked = true;
    run(QStringLiteral("fetch_messaging_feature_review"), {}, tr("Reading the feature review..."),
        [this](const api::GraphResult &result) {
            const auto fields = models::ProfileFieldAccess::fields(
                result.object().value(QStringLiteral("data")).toArray(), result.isOk());
            applyFieldAccess(fields);
            Q_EMIT reviewRead();
        });
}

void UserLookupForm::applyFieldAccess(const QList<models::ProfileFieldAccess::Field> &fields)
{
    QStringList why;
    for (const auto &field :
         fields.isEmpty() ? models::ProfileFieldAccess::fields({}, false) : fields) {
        QCheckBox *box = m_fieldBoxes.value(field.name);
        if (!box)
            continue;
        box->setEnabled(field.available);
        box->setToolTip(field.why);
        if (!field.available) {
            box->setChecked(false);
            why.append(field.why);
        }
    }
    setResult(m_fieldAccess, why.isEmpty() ? tr("Every profile field is approved for this Page.")
                                           : why.join(QLatin1Char('\n')));
    revalidate();
}

void UserLookupForm::lookUpProfile()
{
    if (!m_profile->isEnabled())
        return;
    const QString psid = m_psid->text().trimmed();
    run(QStringLiteral("fetch_user_profile"), profileInput(), tr("Looking up %1...").arg(psid),
        [this](const api::GraphResult &result) {
            if (!result.isOk())
                return;
            QStringList lines;
            const QJsonObject profile = result.object();
            for (auto it = profile.begin(); it != profile.end(); ++it)
                lines.append(tr("%1: %2").arg(it.key(), scalarText(it.value())));
            setResult(m_profileResult, lines.join(QLatin1Char('\n')));
        });
}

void UserLookupForm::lookUpLabels()
{
    const QString psid = m_psid->text().trimmed();
    run(QStringLiteral("list_custom_labels_of_user"), {{QStringLiteral("psid"), psid}},
        tr("Reading the labels of %1...").arg(psid), [this, psid](const api::GraphResult &result) {
            if (!result.isOk())
                return;
            QStringList names;
            for (const QJsonValue &entry :
                 result.object().value(QStringLiteral("data")).toArray()) {
                const QJsonObject label = entry.toObject();
                QString name = label.value(QStringLiteral("page_label_name")).toString();
                if (name.isEmpty())
                    name = label.value(QStringLiteral("name")).toString();
                names.append(tr("%1 (%2)").arg(name, label.value(QStringLiteral("id")).toString()));
            }
            setResult(m_labelsResult,
                      names.isEmpty()
                          ? tr("%1 carries no label of this Page.").arg(psid)
                          : tr("Labels of %1: %2").arg(psid, names.join(QStringLiteral(", "))));
        });
}

void UserLookupForm::matchApps()
{
    run(QStringLiteral("fetch_ids_for_app"), idsForAppInput(), tr("Matching ids..."),
        [this](const api::GraphResult &result) {
            if (!result.isOk())
                return;
            QStringList lines;
            for (const QJsonValue &entry :
                 result.object().value(QStringLiteral("data")).toArray()) {
                const QJsonObject app = entry.toObject().value(QStringLiteral("app")).toObject();
                lines.append(tr("%1 in the app %2 (%3)")
                                 .arg(entry.toObject().value(QStringLiteral("id")).toString(),
                                      app.value(QStringLiteral("name")).toString(),
                                      app.value(QStringLiteral("id")).toString()));
            }
            setResult(m_idsResult, lines.isEmpty() ? tr("No other app knows this person.")
                                                   : lines.join(QLatin1Char('\n')));
        });
}

void UserLookupForm::matchPages()
{
    api::CallOptions options = context().callOptions();
    run(
        QStringLiteral("fetch_ids_for_page"), idsForPageInput(), tr("Matching ids..."),
        [this](const api::GraphResult &result) {
            if (!result.isOk())
                return;
            QStringList lines;
            for (const QJsonValue &entry :
                 result.object().value(QStringLiteral("data")).toArray()) {
                const QJsonObject page = entry.toObject().value(QStringLiteral("page")).toObject();
                lines.append(tr("%1 on the Page %2 (%3)")
                                 .arg(entry.toObject().value(QStringLiteral("id")).toString(),
                                      page.value(QStringLiteral("name")).toString(),
                                      page.value(QStringLiteral("id")).toString()));
            }
            setResult(m_idsResult, lines.isEmpty() ? tr("No other Page knows this person.")
                                                   : lines.join(QLatin1Char('\n')));
        },
        options);
}

} // namespace mdesk::ui

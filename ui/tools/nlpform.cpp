#include "ui/tools/nlpform.h"

#include "models/tools/nlplastsent.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mdesk::ui {

NlpForm::NlpForm(const PageContext &context, QWidget *parent)
    : ToolForm(QStringLiteral("nlpForm"), context, parent)
{
    auto *intro = new QLabel(tr("Messenger's built-in NLP tags each incoming message with the "
                                "entities it finds (greetings, dates, locations...). Apply "
                                "sends every field set here."),
                             this);
    intro->setWordWrap(true);
    body()->addWidget(intro);
    m_lastSent = new QLabel(this);
    m_lastSent->setObjectName(QStringLiteral("nlpLastSent"));
    m_lastSent->setWordWrap(true);
    body()->addWidget(m_lastSent);
    auto *form = new QFormLayout;
    m_enabled = new QCheckBox(tr("Detect entities in incoming messages"), this);
    m_enabled->setObjectName(QStringLiteral("nlpEnabled"));
    m_enabled->setChecked(true);
    addField(form, tr("&NLP:"), m_enabled, QStringLiteral("nlp_enabled"));
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("nlpModel"));
    m_model->addItem(tr("Keep the Page's model"), QString());
    for (const char *model : {"ENGLISH", "CHINESE", "CROATIAN", "DANISH", "DUTCH", "FRENCH",
                              "GERMAN", "ITALIAN", "JAPANESE", "KOREAN", "POLISH", "PORTUGUESE",
                              "ROMANIAN", "SPANISH", "SWEDISH", "VIETNAMESE", "CUSTOM"})
        m_model->addItem(QLatin1String(model), QLatin1String(model));
    addField(form, tr("&Model:"), m_model, QStringLiteral("model"));
    m_customToken = new QLineEdit(this);
    m_customToken->setObjectName(QStringLiteral("nlpCustomToken"));
    m_customToken->setEchoMode(QLineEdit::Password);
    m_customToken->setPlaceholderText(tr("Wit.ai server access token, for the CUSTOM model"));
    addField(form, tr("Custom &token:"), m_customToken, QStringLiteral("custom_token"));
    m_verbose = new QCheckBox(tr("Add more detail to each entity (verbose)"), this);
    m_verbose->setObjectName(QStringLiteral("nlpVerbose"));
    addField(form, tr("&Verbose:"), m_verbose, QStringLiteral("verbose"));
    m_nBest = new QSpinBox(this);
    m_nBest->setObjectName(QStringLiteral("nlpNBest"));
    m_nBest->setRange(0, 8);
    m_nBest->setSpecialValueText(tr("Graph's default"));
    addField(form, tr("&Best guesses per entity:"), m_nBest, QStringLiteral("n_best"));
    body()->addLayout(form);
    m_apply = new QPushButton(tr("&Apply"), this);
    m_apply->setObjectName(QStringLiteral("nlpApply"));
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_apply);
    body()->addLayout(row);
    body()->addStretch();
    addAction(m_apply, [this] {
        QList<api::Violation> problems = checkInput(QStringLiteral("set_nlp_configs"), input());
        if (m_model->currentData().toString() == QLatin1String("CUSTOM") &&
            m_customToken->text().isEmpty())
            problems.append({QStringLiteral("custom_token"),
                             tr("The CUSTOM model needs the Wit.ai server access token.")});
        return problems;
    });
    for (QCheckBox *box : {m_enabled, m_verbose})
        connect(box, &QCheckBox::toggled, this, &ToolForm::revalidate);
    connect(m_model, &QComboBox::currentIndexChanged, this, &ToolForm::revalidate);
    connect(m_customToken, &QLineEdit::textChanged, this, &ToolForm::revalidate);
    connect(m_nBest, &QSpinBox::valueChanged, this, &ToolForm::revalidate);
    connect(m_apply, &QPushButton::clicked, this, &NlpForm::apply);
    showLastSent();
    revalidate();
}

void NlpForm::showLastSent()
{
    const auto record = models::NlpLastSent(context().page.appId, context().page.id).load();
    if (!record) {
        m_lastSent->setText(tr("Graph cannot read NLP settings back, and this app has sent none "
                               "for this Page yet: the fields show defaults, not the Page's "
                               "settings."));
        return;
    }
    const QJsonObject &input = record->input;
    m_enabled->setChecked(input.value(QStringLiteral("nlp_enabled")).toBool(true));
    m_model->setCurrentIndex(
        std::max(0, m_model->findData(input.value(QStringLiteral("model")).toString())));
    m_verbose->setChecked(input.value(QStringLiteral("verbose")).toBool());
    m_nBest->setValue(input.value(QStringLiteral("n_best")).toInt());
    QString text = tr("Graph cannot read NLP settings back: the fields show what this app last "
                      "sent for this Page on %1, which may not be what the Page has now.")
                       .arg(QLocale().toString(record->sentAt.toLocalTime(), QLocale::ShortFormat));
    if (record->customTokenSent)
        text += QLatin1Char(' ') + tr("The custom token is never kept; type it again to apply "
                                      "the CUSTOM model.");
    m_lastSent->setText(text);
}

QJsonObject NlpForm::input() const
{
    QJsonObject input{{QStringLiteral("nlp_enabled"), m_enabled->isChecked()}};
    if (!m_model->currentData().toString().isEmpty())
        input.insert(QStringLiteral("model"), m_model->currentData().toString());
    if (!m_customToken->text().isEmpty())
        input.insert(QStringLiteral("custom_token"), m_customToken->text());
    if (m_verbose->isChecked())
        input.insert(QStringLiteral("verbose"), true);
    if (m_nBest->value() > 0)
        input.insert(QStringLiteral("n_best"), m_nBest->value());
    return input;
}

void NlpForm::apply()
{
    run(QStringLiteral("set_nlp_configs"), input(), tr("Applying the NLP settings..."),
        [this, sent = input()](const api::GraphResult &result) {
            if (!result.isOk())
                return;
            // Graph has no read: this record is what the form shows next time.
            models::NlpLastSent(context().page.appId, context().page.id)
                .save(sent, QDateTime::currentDateTimeUtc());
            showLastSent();
            showResult(m_enabled->isChecked()
                           ? tr("Built-in NLP is on for %1.").arg(context().page.displayName())
                           : tr("Built-in NLP is off for %1.").arg(context().page.displayName()));
        });
}

} // namespace mdesk::ui

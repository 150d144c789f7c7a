#include "ui/insights/profilebreakdownview.h"

#include "ui/insights/categorychart.h"

#include "models/audience/profilereader.h"

#include "api/graphclient.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <algorithm>

namespace mdesk::ui {

namespace {

constexpr int kTopLocales = 8;

struct FieldFeature
{
    QString field;
    QString feature;
};

const QList<FieldFeature> &fieldFeatures()
{
    static const QList<FieldFeature> list{
        {QStringLiteral("locale"), QStringLiteral("pages_user_locale")},
        {QStringLiteral("timezone"), QStringLiteral("pages_user_timezone")},
        {QStringLiteral("gender"), QStringLiteral("pages_user_gender")}};
    return list;
}

// "UTC+5.5" -> 5.5, for sorting the timezone bars west to east.
double offsetOf(const QString &key)
{
    return key.mid(3).toDouble();
}

} // namespace

ProfileBreakdownView::ProfileBreakdownView(api::GraphClient *client, QString appId, QString pageId,
                                           QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_appId(std::move(appId))
    , m_pageId(std::move(pageId))
    , m_text(new QLabel)
    , m_read(new QPushButton(tr("&Read profiles")))
    , m_cancel(new QPushButton(tr("Cancel reading")))
    , m_progress(new QProgressBar)
    , m_locale(new CategoryChart)
    , m_timezone(new CategoryChart)
    , m_gender(new CategoryChart)
{
    setObjectName(QStringLiteral("profileBreakdown"));
    m_text->setObjectName(QStringLiteral("profileBreakdownLabel"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_read->setObjectName(QStringLiteral("readProfilesButton"));
    m_read->setToolTip(tr("Ask Graph for the locale, timezone and gender the Page may read, for "
                          "every person whose profile the app has not read yet (50 per "
                          "request)."));
    m_cancel->setObjectName(QStringLiteral("cancelProfilesButton"));
    m_progress->setObjectName(QStringLiteral("profileProgress"));
    m_progress->setAccessibleName(tr("Profiles read"));
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_locale->setObjectName(QStringLiteral("localeChart"));
    m_locale->setTitle(tr("People by locale"));
    m_timezone->setObjectName(QStringLiteral("timezoneChart"));
    m_timezone->setTitle(tr("People by timezone"));
    m_gender->setObjectName(QStringLiteral("genderChart"));
    m_gender->setTitle(tr("People by gender"));
    m_locale->setHorizontal(true);
    m_timezone->setHorizontal(true);
    for (CategoryChart *chart : {m_locale, m_timezone, m_gender})
        chart->showEmpty(tr("Asking the Page's feature review which profile fields Graph "
                            "gives…"));

    connect(m_read, &QPushButton::clicked, this, &ProfileBreakdownView::readProfiles);
    connect(m_cancel, &QPushButton::clicked, this, &ProfileBreakdownView::cancelRead);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_text, 1);
    controls->addWidget(m_progress);
    controls->addWidget(m_read);
    controls->addWidget(m_cancel);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addLayout(controls, 0, 0, 1, 3);
    grid->addWidget(m_locale, 1, 0);
    grid->addWidget(m_timezone, 1, 1);
    grid->addWidget(m_gender, 1, 2);
    updateControls();
}

void ProfileBreakdownView::setPeople(const QList<models::AudienceStatsPerson> &people)
{
    m_people = people;
    if (!m_reviewAsked)
        checkReview();
    draw();
}

void ProfileBreakdownView::checkReview()
{
    m_reviewAsked = true;
    if (!m_client) {
        m_reviewError = tr("there is no connection to Graph");
        m_reviewKnown = true;
        return;
    }
    api::CallOptions options;
    options.appId = m_appId;
    options.pageId = m_pageId;
    options.source = QStringLiteral("gui");
    auto *reply = m_client->call(QStringLiteral("fetch_messaging_feature_review"), {}, options);
    connect(reply, &api::GraphReply::finished, this, [this](const api::GraphResult &result) {
        m_reviewKnown = true;
        if (!result.isOk()) {
            m_reviewError = result.error().summary();
        } else {
            QStringList approved;
            for (const QJsonValue &entry :
                 result.object().value(QStringLiteral("data")).toArray()) {
                const QJsonObject feature = entry.toObject();
                if (feature.value(QStringLiteral("status")).toString() == QLatin1String("approved"))
                    approved.append(feature.value(QStringLiteral("feature")).toString());
            }
            for (const FieldFeature &pair : fieldFeatures()) {
                if (approved.contains(pair.feature))
                    m_allowed.append(pair.field);
                else
                    m_missing.append(pair.feature);
            }
        }
        draw();
        Q_EMIT reviewed();
    });
}

void ProfileBreakdownView::draw()
{
    if (!m_reviewKnown) {
        updateControls();
        return;
    }
    QStringList lines;
    if (!m_reviewError.isEmpty()) {
        const QString reason = tr("The feature review could not be read, so locale, timezone "
                                  "and gender stay hidden: %1")
                                   .arg(m_reviewError);
        lines.append(reason);
        for (CategoryChart *chart : {m_locale, m_timezone, m_gender})
            chart->showEmpty(reason);
    } else {
        if (!m_allowed.isEmpty()) {
            int read = 0;
            for (const models::AudienceStatsPerson &person : std::as_const(m_people))
                read += person.profileRead ? 1 : 0;
            const QLocale locale;
            lines.append(tr("Profiles read from Graph: %1 of %2 people.")
                             .arg(locale.toString(read), locale.toString(m_people.size())));
        }
        if (!m_missing.isEmpty())
            lines.append(tr("The Page's feature review has not approved %1, so Graph does not give "
                            "those profile fields.")
                             .arg(m_missing.join(QStringLiteral(", "))));
        drawField(m_locale, QStringLiteral("locale"));
        drawField(m_timezone, QStringLiteral("timezone"));
        drawField(m_gender, QStringLiteral("gender"));
    }
    if (!m_readMessage.isEmpty())
        lines.append(m_readMessage);
    m_text->setText(lines.join(QLatin1Char('\n')));
    updateControls();
}

void ProfileBreakdownView::drawField(CategoryChart *chart, const QString &field)
{
    const FieldFeature *pair = nullptr;
    for (const FieldFeature &candidate : fieldFeatures())
        if (candidate.field == field)
            pair = &candidate;
    if (!m_allowed.contains(field)) {
        chart->showEmpty(tr("The Page's feature review has not approved %1, so Graph does not "
                            "give this field.")
                             .arg(pair->feature));
        return;
    }
    const QMap<QString, int> counts = models::AudienceStats::breakdown(m_people, field);
    if (counts.isEmpty()) {
        // Without the store the button is disabled: say why instead of asking to press it.
        chart->showEmpty(m_database
                             ? tr("No profile read yet: press \"Read profiles\" to ask Graph.")
                             : tr("The local store is not available, so profiles cannot be kept."));
        return;
    }
    QList<std::pair<QString, int>> entries;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        entries.append({it.key(), it.value()});
    QStringList categories;
    QList<double> values;
    if (field == QLatin1String("locale")) {
        // The largest locales by name, the rest together.
        std::stable_sort(entries.begin(), entries.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        int other = 0;
        for (int i = 0; i < entries.size(); ++i) {
            if (i < kTopLocales) {
                categories.append(entries.at(i).first);
                values.append(entries.at(i).second);
            } else {
                other += entries.at(i).second;
            }
        }
        if (other > 0) {
            categories.append(tr("Other"));
            values.append(other);
        }
    } else {
        if (field == QLatin1String("timezone"))
            std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
                return offsetOf(a.first) < offsetOf(b.first);
            });
        for (const auto &[key, count] : std::as_const(entries)) {
            if (field == QLatin1String("gender") && key == QLatin1String("female"))
                categories.append(tr("Female"));
            else if (field == QLatin1String("gender") && key == QLatin1String("male"))
                categories.append(tr("Male"));
            else
                categories.append(key);
            values.append(count);
        }
    }
    chart->setData(categories, {{tr("People"), values}});
}

void ProfileBreakdownView::readProfiles()
{
    if (m_reader || !m_database || !m_client || m_allowed.isEmpty())
        return;
    api::CallOptions options;
    options.appId = m_appId;
    options.pageId = m_pageId;
    options.source = QStringLiteral("gui");
    m_reader = new models::ProfileReader(m_client, *m_database, options, m_allowed, this);
    m_readMessage.clear();
    m_progress->setRange(0, 0);
    connect(m_reader, &models::ProfileReader::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
    });
    connect(m_reader, &models::ProfileReader::finished, this, [this] {
        models::ProfileReader *reader = m_reader;
        const QLocale locale;
        if (!reader->stopReason().isEmpty())
            m_readMessage = tr("Reading profiles stopped after %1: %2")
                                .arg(locale.toString(reader->stored()), reader->stopReason());
        else if (reader->wasCancelled())
            m_readMessage = tr("Cancelled after %1 profiles; the rest are read next time.")
                                .arg(locale.toString(reader->stored()));
        else
            m_readMessage = tr("Read %1 profiles.").arg(locale.toString(reader->stored()));
        if (reader->failed() > 0)
            m_readMessage += QLatin1Char(' ') + tr("Graph refused %n person(s), for example: %1",
                                                   nullptr, reader->failed())
                                                    .arg(reader->firstFailure());
        const bool stored = reader->stored() > 0;
        reader->deleteLater();
        m_reader = nullptr;
        draw();
        if (stored)
            Q_EMIT profilesStored();
        Q_EMIT readFinished();
    });
    updateControls();
    m_reader->start();
}

void ProfileBreakdownView::cancelRead()
{
    if (m_reader)
        m_reader->cancel();
}

void ProfileBreakdownView::updateControls()
{
    const bool reading = m_reader;
    m_progress->setVisible(reading);
    m_cancel->setVisible(reading);
    m_read->setVisible(m_reviewKnown && m_reviewError.isEmpty() && !m_allowed.isEmpty());
    m_read->setEnabled(!reading && m_database && m_client);
    if (!m_database)
        m_read->setToolTip(tr("The local store is not available, so profiles cannot be kept."));
}

} // namespace mdesk::ui

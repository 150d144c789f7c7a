#pragma once
// What the Labels & Broadcasts tab tests share: an in-process LocalGraph with contacts on
// the Page under test, a real store file, the tab's PageContext, the sandbox's own view of
// who may be reached and what was delivered, and screenshot helpers.
#include "sandboxharness.h"

#include "api/sandbox/sandboxstate.h"
#include "models/broadcasts/contacttablemodel.h"
#include "models/store/database.h"
#include "ui/broadcasts/broadcaststab.h"
#include "ui/broadcasts/peoplepanel.h"

#include <QCheckBox>
#include <QDir>
#include <QGroupBox>
#include <QJsonArray>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QStyleOption>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace broadcaststest {

using namespace mdesk;

inline constexpr int kContacts = 600;

inline QString screenshotDir()
{
    QString dir = qEnvironmentVariable("MDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir;
}

inline void shoot(QWidget *widget, const QString &name)
{
    // Widgets a layout just received are shown by a queued call: let it run first.
    QCoreApplication::processEvents();
    QVERIFY(
        widget->grab().save(screenshotDir() + QLatin1Char('/') + name + QStringLiteral(".png")));
}

// Pixels of rect (in image) whose grey differs from the background's by 40 of 255 or more:
// how much of a check indicator a user can tell from what surrounds it (Fusion's own box on
// the dark palette differs by about 10; greyed text by about 95).
inline int visiblePixels(const QImage &image, const QRect &rect, const QColor &background)
{
    int visible = 0;
    const QRect inside = rect.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            visible += std::abs(qGray(image.pixel(x, y)) - qGray(background.rgb())) >= 40;
    }
    return visible;
}

// The visible pixels of the check indicator of a list's row, against the list's Base.
inline int itemIndicatorPixels(QListWidget *list, int row)
{
    QStyleOptionViewItem option;
    option.initFrom(list);
    option.rect = list->visualItemRect(list->item(row));
    option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
    option.text = list->item(row)->text();
    const QRect indicator =
        list->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, list);
    return visiblePixels(list->viewport()->grab().toImage(), indicator.adjusted(-1, -1, 1, 1),
                         list->palette().color(QPalette::Base));
}

// The visible pixels of a check box's indicator, against the Window colour around it.
inline int checkBoxIndicatorPixels(QCheckBox *box)
{
    QStyleOptionButton option;
    option.initFrom(box);
    const QRect indicator =
        box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
    return visiblePixels(box->grab().toImage(), indicator.adjusted(-1, -1, 1, 1),
                         box->palette().color(QPalette::Window));
}

// The same for a checkable group box's title box.
inline int groupBoxIndicatorPixels(QGroupBox *box)
{
    QStyleOptionGroupBox option;
    option.initFrom(box);
    option.text = box->title();
    option.subControls = QStyle::SC_GroupBoxCheckBox | QStyle::SC_GroupBoxLabel;
    option.features = QStyleOptionFrame::None;
    const QRect indicator = box->style()->subControlRect(QStyle::CC_GroupBox, &option,
                                                         QStyle::SC_GroupBoxCheckBox, box);
    return visiblePixels(box->grab().toImage(), indicator.adjusted(-1, -1, 1, 1),
                         box->palette().color(QPalette::Window));
}

template<typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

class BroadcastsTabFixture : public QObject
{
protected:
    std::unique_ptr<sandboxtest::SandboxHarness> m_harness;
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_database;

    ui::PageContext context()
    {
        ui::PageContext ctx;
        ctx.client = &m_harness->client();
        ctx.app.id = m_harness->appId(1);
        ctx.page.appId = m_harness->appId(1);
        ctx.page.id = m_harness->pageId(1, 0);
        ctx.page.name = QStringLiteral("Demo");
        return ctx;
    }
    sandbox::PageState &page() { return *m_harness->graph().state().page(m_harness->pageId(1, 0)); }
    QSet<QString> sandboxOpen(bool reachable = false)
    {
        QSet<QString> open;
        const QJsonArray pages =
            m_harness->graph().stateJson().value(QStringLiteral("pages")).toArray();
        for (const QJsonValue &p : pages) {
            if (p.toObject().value(QStringLiteral("id")).toString() != m_harness->pageId(1, 0))
                continue;
            for (const QJsonValue &c : p.toObject().value(QStringLiteral("contacts")).toArray()) {
                if (c.toObject().value(QStringLiteral("window_open")).toBool() &&
                    !(reachable && c.toObject().value(QStringLiteral("unavailable")).toBool()))
                    open.insert(c.toObject().value(QStringLiteral("psid")).toString());
            }
        }
        return open;
    }
    QHash<QString, int> delivered()
    {
        QHash<QString, int> out;
        for (const auto &sent : page().sentMessages)
            ++out[sent.recipientId];
        return out;
    }
    // Syncs through the People panel of a tab.
    void sync(ui::BroadcastsTab &tab)
    {
        auto *button = child<QPushButton>(&tab, "syncConversations");
        QVERIFY(button);
        button->click();
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 30000);
        QTRY_COMPARE(tab.people()->model()->rowCount(), kContacts);
    }

    // The LocalGraph with kContacts people on Page (1, 0) and an empty store.
    void setUpFixture()
    {
        QVERIFY(m_dir.isValid());
        sandbox::LocalGraphOptions options = sandbox::LocalGraph::demoOptions();
        options.contactsPerPage = kContacts;
        m_harness = std::make_unique<sandboxtest::SandboxHarness>(options);
        m_harness->client().setDefaultTimeout(15000);
        m_database = std::make_unique<store::Database>(m_dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(m_database->open().ok);
    }
};

} // namespace broadcaststest

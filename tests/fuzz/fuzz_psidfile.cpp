// A PSID file as `audience import` and the People panel take it in: every line into a
// PsidImport (a TEMP table of the store, duplicates dropped), committed into a Page's
// contacts, then found again by the contact search.
//
// Input: the file, one PSID a line (empty lines and lines starting with # are skipped, as
// the readers do); the lines are taken as they are, digits or not, to try the store.
#include "models/store/contactstore.h"
#include "models/store/database.h"
#include "models/store/psidimport.h"
#include "tests/fuzz/fuzzinput.h"

#include <QSet>
#include <QTemporaryDir>
#include <algorithm>
#include <utility>

using namespace mdesk;

namespace {

store::Database *database()
{
    static QTemporaryDir folder;
    static store::Database *opened = [] {
        auto *db = new store::Database(folder.filePath(QStringLiteral("fuzz.sqlite")));
        fuzz::require(db->open().ok, "the store does not open");
        return db;
    }();
    return opened;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    database();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int run = 0;
    const QString pageId = QStringLiteral("page%1").arg(++run); // a fresh Page each run
    QStringList psids;
    for (const QByteArray &line : fuzz::bytes(data, size).split('\n')) {
        const QString psid = QString::fromUtf8(line).trimmed();
        if (!psid.isEmpty() && !psid.startsWith(QLatin1Char('#')))
            psids.append(psid);
    }

    store::PsidImport collected(*database(), pageId);
    fuzz::require(collected.begin(), "the import does not begin");
    QSet<QString> distinct;
    for (const QString &psid : psids) {
        const std::optional<bool> added = collected.add(psid);
        fuzz::require(added.has_value(), "a PSID cannot be added");
        fuzz::require(*added == !distinct.contains(psid), "a duplicate is told wrong");
        distinct.insert(psid);
    }
    fuzz::require(collected.distinct() == distinct.size(), "the distinct count is wrong");
    const std::optional<int> committed = collected.commit(1'700'000'000'000);
    fuzz::require(committed == int(distinct.size()), "not every new PSID was committed");

    store::ContactStore contacts(*database(), pageId);
    fuzz::require(contacts.count({}) == int(distinct.size()), "the Page holds another count");
    int searched = 0;
    for (const QString &psid : std::as_const(distinct)) {
        if (++searched > 8)
            break;
        fuzz::require(contacts.contact(psid).has_value(), "an imported PSID is not found");
        store::ContactFilter filter;
        filter.text = psid;
        const auto found = contacts.list(filter);
        fuzz::require(found.has_value(), "the search fails");
        const bool listed =
            std::any_of(found->cbegin(), found->cend(),
                        [&psid](const store::Contact &c) { return c.psid == psid; });
        fuzz::require(listed, "searching a PSID does not list it");
    }
    return 0;
}

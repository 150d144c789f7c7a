// A PSID file as `audience import`, `labels bulk` and the GUI's PSID imports take it in:
// read by BoundedFileReader (streamed, within the caps of a PSID list), every line into a
// PsidImport (a TEMP table of the store, duplicates dropped), committed into a Page's
// contacts, then found again by the contact search.
//
// Input: the file, one PSID a line. Lines that are not PSIDs (ParamCheck::isIdText, the rule
// of every import) are counted and left out as the imports do: the store holds PSIDs, and
// SQLite keeps only valid text unchanged (it turns U+FFFE into U+FFFD on the way back).
#include "api/paramcheck.h"
#include "models/files/boundedfilereader.h"
#include "models/store/contactstore.h"
#include "models/store/database.h"
#include "models/store/psidimport.h"
#include "tests/fuzz/fuzzinput.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <algorithm>
#include <utility>

using namespace mdesk;

namespace {

QTemporaryDir &folder()
{
    static QTemporaryDir temporary;
    return temporary;
}

store::Database *database()
{
    static store::Database *opened = [] {
        auto *db = new store::Database(folder().filePath(QStringLiteral("fuzz.sqlite")));
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
    const QString path = folder().filePath(QStringLiteral("psids.txt"));
    QFile file(path);
    fuzz::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "no file to read");
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();

    using Reader = models::BoundedFileReader;
    QStringList psids;
    int lastLine = 0;
    Reader reader(path, Reader::Kind::PsidList);
    const bool read = reader.forEachLine([&](int lineNumber, const QString &line) {
        fuzz::require(lineNumber > lastLine, "line numbers do not grow");
        lastLine = lineNumber;
        fuzz::require(!line.isEmpty() && line == line.trimmed() &&
                          !line.startsWith(QLatin1Char('#')),
                      "a blank, comment or untrimmed line was handed on");
        if (api::ParamCheck::isIdText(line))
            psids.append(line);
        return true;
    });
    Reader lines(path, Reader::Kind::PsidList);
    if (!lines.readLines())
        fuzz::require(!lines.error().isEmpty(), "the GUI's reading refused without a reason");
    if (!read) {
        fuzz::require(!reader.error().isEmpty(), "a refused file without a reason");
        return 0;
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

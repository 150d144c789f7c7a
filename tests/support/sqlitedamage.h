#pragma once

#include <QString>

namespace mdesk::testsupport {

// Damages one leaf page of a table in an SQLite file, as a failing disk would: the WAL is
// folded into the file first (so the page is the one readers get), then the page is
// overwritten with garbage. A full check (quick_check) and any read of the table's rows on
// that page then fail with "database disk image is malformed"; the header and the schema
// stay readable. leafIndex picks the table's nth leaf page in file order (the table needs
// more than leafIndex + 1 leaves). The file must not be open elsewhere in this process.
// Empty on success, else what went wrong.
QString damageTableLeaf(const QString &path, const QString &table, int leafIndex);

} // namespace mdesk::testsupport

#include "versionrules.h"

#include "api/graphversions.h"
#include "api/operationtable.h"

namespace mdesk::sandbox {

using api::GraphVersion;

bool VersionRules::isRemoved(const api::OperationSpec &op, GraphVersion version)
{
    if (!op.deprecation || !op.deprecation->removed)
        return false;
    if (op.deprecation->fromVersion.isValid())
        return version >= op.deprecation->fromVersion;
    return version >= kLegacyServedBelow;
}

GraphFailure VersionRules::removedFailure(const api::OperationSpec &op, GraphVersion version)
{
    const QString note = op.deprecation ? op.deprecation->note : QString();
    const GraphVersion from = op.deprecation && op.deprecation->fromVersion.isValid()
                                  ? op.deprecation->fromVersion
                                  : kLegacyServedBelow;
    GraphFailure failure;
    failure.code = 12;
    failure.message = QStringLiteral("(#12) %1 is deprecated for versions %2 and higher (this "
                                     "call used %3). %4")
                          .arg(op.path, from.toString(), version.toString(), note)
                          .trimmed();
    return failure;
}

bool VersionRules::isRemoved(const QString &opId, GraphVersion version, GraphFailure *failure)
{
    const api::OperationSpec *row = api::OperationTable::find(opId);
    if (!row || !isRemoved(*row, version))
        return false;
    *failure = removedFailure(*row, version);
    return true;
}

GraphVersion VersionRules::servedVersion(GraphVersion requested)
{
    if (requested < api::GraphVersions::all().last().version)
        return requested;
    return api::GraphVersions::served(requested);
}

bool VersionRules::homeUrlAllowed(GraphVersion version)
{
    const api::OperationSpec *row = api::OperationTable::find(QStringLiteral("set_home_url"));
    return !row || !isRemoved(*row, version);
}

bool VersionRules::nestedMenusAllowed(GraphVersion version)
{
    return version < GraphVersion{8, 0};
}

QString VersionRules::labelNameField(GraphVersion version)
{
    return version >= GraphVersion{12, 0} ? QStringLiteral("page_label_name")
                                          : QStringLiteral("name");
}

} // namespace mdesk::sandbox

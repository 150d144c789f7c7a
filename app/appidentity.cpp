#include "app/appidentity.h"

#include <QCoreApplication>

namespace mdesk::app {

void AppIdentity::apply(QCoreApplication &app)
{
    app.setOrganizationName(QStringLiteral("messenger-desk"));
    app.setApplicationName(QStringLiteral("messenger-desk"));
    app.setApplicationVersion(QStringLiteral(MDESK_VERSION));
}

} // namespace mdesk::app

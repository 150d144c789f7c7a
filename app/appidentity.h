#pragma once

class QCoreApplication;

namespace mdesk::app {

// The names both executables share, so the GUI and the CLI read the same settings file
// (~/.config/messenger-desk/messenger-desk.conf on Linux).
class AppIdentity
{
public:
    static void apply(QCoreApplication &app);
};

} // namespace mdesk::app

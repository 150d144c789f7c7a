#pragma once

#include <QStringList>

namespace mdesk::api {

// Facebook's ll_CC locale codes that Messenger profile texts and menus accept, as listed
// on the Messenger Platform's "supported locales" page, plus the umbrella codes ar_AR and
// es_LA. "default" is accepted where a locale is expected.
namespace FacebookLocales {

const QStringList &all();
bool isSupported(const QString &locale); // "default" included
// ISO 3166-1 alpha-2 country code check, for target_audience.
bool isCountryCode(const QString &code);

} // namespace FacebookLocales

} // namespace mdesk::api

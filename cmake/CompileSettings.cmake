# One INTERFACE target carries the compile settings every layer shares.
add_library(mdesk_settings INTERFACE)
target_compile_features(mdesk_settings INTERFACE cxx_std_20)
set_target_properties(mdesk_settings PROPERTIES INTERFACE_CXX_EXTENSIONS OFF)
target_compile_options(mdesk_settings INTERFACE -Wall -Wextra -Wshadow)
if(DEFINED ENV{CI} AND NOT "$ENV{CI}" STREQUAL "" AND NOT "$ENV{CI}" STREQUAL "false")
  message(STATUS "CI is set: warnings are errors")
  target_compile_options(mdesk_settings INTERFACE -Werror)
endif()
target_compile_definitions(mdesk_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_CONTEXTLESS_CONNECT
  MDESK_VERSION="${PROJECT_VERSION}"
  MDESK_DEFAULT_GRAPH_VERSION="${MDESK_DEFAULT_GRAPH_VERSION}")

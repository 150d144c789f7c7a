#pragma once

namespace mdesk::app::cli {

// Exit statuses of the CLI contract (design.md).
enum ExitStatus {
    Success = 0,             // the operation succeeded
    GraphFailure = 1,        // Graph or the transport answered with an error
    UsageError = 2,          // bad usage or input that fails validation; nothing was sent
    KeychainUnavailable = 3, // secrets could not be read or stored; nothing was stored
};

} // namespace mdesk::app::cli

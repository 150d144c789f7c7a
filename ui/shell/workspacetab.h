#pragma once

namespace mdesk::ui {

// The tabs of a page's workspace, in their order (design.md, "ui/: what a page admin sees").
enum class WorkspaceTab {
    Overview,
    Profile,
    Menu,
    LabelsBroadcasts,
    AudienceInsights,
    ConversationsTools,
};

constexpr int WorkspaceTabCount = 6;

} // namespace mdesk::ui

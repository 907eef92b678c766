// Shared by the commands that need valid content: load, validate, and report errors the way `ekw validate` does.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include "core/content/loader.h"

namespace ekw::cli {

// Loads and validates DIR. On errors prints them (and the count) to `err` and returns nullopt. Warnings are silent:
// they are editor tasks, shown by `ekw validate`.
std::optional<LoadedContent> loadValidContent(const std::string& dir, const std::string& command, std::ostream& err);

}  // namespace ekw::cli

// Shared by the commands that need valid content: load, validate, and report errors the way `ekw validate` does.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/content/kaart_merge.h"
#include "core/content/loader.h"

namespace ekw::cli {

// Loads and validates DIR. On errors prints them (and the count) to `err` and returns nullopt. Warnings are silent:
// they are editor tasks, shown by `ekw validate`.
std::optional<LoadedContent> loadValidContent(const std::string& dir, const std::string& command, std::ostream& err);

// Reads and parses a JSON file named on the command line; on failure prints file:line:column and returns nullopt.
std::optional<nlohmann::json> readJsonArgument(const std::string& path, const std::string& command, std::ostream& err);

// Plans merging `incoming` into the content in DIR, prints the report, and with `apply` writes the changed files
// (atomically). Returns the exit code: 1 when the content cannot be read or the merge would add errors.
int mergeIntoContent(const std::string& dir, const Incoming& incoming, const MergeOptions& options, bool apply,
                     const std::string& command, std::ostream& out, std::ostream& err);

}  // namespace ekw::cli

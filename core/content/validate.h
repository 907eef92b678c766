// The validator: everything a JSON Schema cannot say about content. References, reachability, cycles, dead ends,
// rules that read unknown answers or facts, the ladder order, and the sociale-kaart editor tasks.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "core/content/loader.h"
#include "core/diagnostics.h"

namespace ekw {

struct ValidateOptions {
  // Today's date, YYYY-MM-DD: entries last verified more than 12 months before it are editor tasks.
  std::string today;
  // Number of lines of a seed file, or nullopt when it does not exist. Unset: sources are not checked against
  // the seeds (only their form is).
  std::function<std::optional<int>(const std::string& seedFile)> seedLineCount;
};

// Appends every problem found in `loaded` to `out`. Does nothing when the manifest could not be loaded.
void validateContent(const LoadedContent& loaded, Diagnostics& out, const ValidateOptions& options);

}  // namespace ekw

// Publishing: the bundle the site loads (as `ekw bundle` writes it) and what changes for residents compared with
// the bundle published before: core's content diff (core/content/diff.h), the same report as `ekw diff OLD NEW`.
#pragma once

#include <optional>
#include <string>

#include "core/content/diff.h"
#include "core/content/loader.h"

namespace ekw::studio {

struct PublishResult {
  bool ok = false;
  std::string message;  // what was written, or why nothing was
  // Against the bundle published before; none at the first publication (or when the old bundle cannot be read:
  // then `message` says so).
  std::optional<ContentDiff> changes;
  std::string report() const;  // diffText, or a line saying everything is new
};

// Writes the bundle of `loaded` to `bundlePath` (atomically), comparing it with the bundle already there. Refuses
// content with errors, as `ekw bundle` does. The previous bundle is kept as `bundlePath` + ".previous".
PublishResult publish(const LoadedContent& loaded, std::size_t errorCount, const std::string& bundlePath);

}  // namespace ekw::studio

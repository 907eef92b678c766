// Publishing: the bundle the site loads (as `ekw bundle` writes it) and what changes for residents compared with
// the bundle published before.
#pragma once

#include <string>
#include <vector>

#include "core/content/loader.h"

namespace ekw::studio {

struct ChangeList {
  std::string kind;  // "questions", "options", "advice", "services", "organizations", "forms", "BUUV templates"
  std::vector<std::string> added, removed, changed;
};

struct ChangeReport {
  std::vector<ChangeList> lists;
  // Saved sessions that answered these questions or chose these options lose those answers.
  std::vector<std::string> answersLost;
  bool firstPublication = false;
  std::string text() const;  // plain English, one line per change
};

// Compares two bundles ({"format": "ekw-bundle/1", "files": {...}}).
ChangeReport compareBundles(const nlohmann::json& before, const nlohmann::json& after);

struct PublishResult {
  bool ok = false;
  std::string message;  // what was written, or why nothing was
  ChangeReport report;
};

// Writes the bundle of `loaded` to `bundlePath` (atomically), comparing it with the bundle already there. Refuses
// content with errors, as `ekw bundle` does. The previous bundle is kept as `bundlePath` + ".previous".
PublishResult publish(const LoadedContent& loaded, std::size_t errorCount, const std::string& bundlePath);

}  // namespace ekw::studio

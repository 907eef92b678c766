// Loads content (a directory's files, or a bundle) into the model, reporting every problem it meets.
// Core does no I/O itself: the shell hands in a function that reads a file relative to the content directory.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "core/content/model.h"
#include "core/diagnostics.h"
#include "core/json/json_document.h"

namespace ekw {

// Reads one file, path relative to the content directory ("trees/geld.json"). nullopt: it does not exist.
// It may throw std::runtime_error with a message (e.g. "the file is larger than 16 MB"), reported as an error.
using ReadFile = std::function<std::optional<std::string>(const std::string& path)>;

struct LoadOptions {
  bool checkSchemas = true;  // structural check against content/schema (the validator and the bundler want it)
  JsonLimits limits;
};

// The loaded model plus the parsed documents, whose positions let later checks name line:column.
struct LoadedContent {
  std::unique_ptr<Content> content;                 // null only when the manifest could not be read at all
  std::map<std::string, JsonDocument> documents;    // file path -> parsed document
  std::vector<std::string> files;                   // every file the manifest names, in manifest order, once
  // The manifest keys ("trees", "advice", ...) of which some file could not be read or parsed: what those
  // files define is missing, so checks of references into them would only report knock-on errors.
  std::set<std::string> failedKinds;
  std::string levensgebiedenFile = "levensgebieden.json";  // the file the manifest names for "levensgebieden"

  // file -> pointers the schema check (or the parser) reported: their values are not usable, so semantic checks
  // skip them and everything under them rather than report the same problem again.
  std::map<std::string, std::set<std::string>> rejectedPointers;

  bool failed(const std::string& kind) const { return failedKinds.count(kind) != 0; }
  // Whether `pointer` or one of its ancestors in `file` was reported by the schema check.
  bool rejected(const std::string& file, const std::string& pointer) const;

  SourcePos positionOf(const std::string& file, const std::string& pointer) const;
  // Adds a diagnostic whose position is looked up from the file's document.
  void report(Diagnostics& out, Severity severity, const std::string& file, const std::string& pointer,
              std::string code, std::string message) const;
};

LoadedContent loadContent(const ReadFile& read, Diagnostics& diagnostics, const LoadOptions& options = {});

// A bundle is every file of a content directory in one compact JSON object: {"format": "ekw-bundle/1", "files":
// {"manifest.json": {...}, "trees/geld.json": {...}}}. The site loads it once.
inline constexpr const char* kBundleFormat = "ekw-bundle/1";
nlohmann::json makeBundle(const LoadedContent& loaded);
LoadedContent loadBundle(std::string_view bundleText, Diagnostics& diagnostics);

}  // namespace ekw

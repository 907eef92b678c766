// Reads content files from a directory for the loader, refusing what could exhaust memory or escape the directory.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "core/content/loader.h"

namespace ekw::files {

inline constexpr std::size_t kMaxContentFileBytes = 16u * 1024u * 1024u;

// A ReadFile over `directory`. Paths must be relative and stay inside it. Throws std::runtime_error with a plain
// message for a file that is too large or a path that leaves the directory.
ReadFile directoryReader(const std::string& directory, std::size_t maxBytes = kMaxContentFileBytes);

// Reads a whole file (for answers and bundles); nullopt when nothing is there. Throws std::runtime_error with a plain
// message for a file over maxBytes (naming `kind`, e.g. "answers files may be at most 64 MB") and for a path that is
// not a readable regular file (a folder, FIFO, device, symbolic link loop or dangling link, no permission).
std::optional<std::string> readFile(const std::string& path, std::size_t maxBytes = 64u * 1024u * 1024u,
                                    const char* kind = "files");

// Loads and validates a content directory: schema, references, everything `ekw validate` reports.
LoadedContent loadDirectory(const std::string& directory, Diagnostics& diagnostics);

// Line counts of the seed files in `seedsDirectory`, for checking content sources.
std::function<std::optional<int>(const std::string&)> seedLineCounter(const std::string& seedsDirectory);

// Today's date as YYYY-MM-DD (local time).
std::string today();

}  // namespace ekw::files

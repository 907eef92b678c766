// The JSON Schemas of content files (content/schema/*.schema.json), compiled into the library by the build
// (see core/CMakeLists.txt), so that the engine checks content with exactly the files editors' IDEs use,
// also in the browser where there is no file system.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace ekw {

// File name (e.g. "tree.schema.json") -> the file's JSON text, sorted by file name.
const std::vector<std::pair<std::string_view, std::string_view>>& embeddedSchemas();

}  // namespace ekw

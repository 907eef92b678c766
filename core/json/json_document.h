// A JSON parser that remembers where every value stands in the text, so that content errors can name
// file, line:column and JSON pointer. It also refuses what nlohmann would accept silently or handle badly
// for editors: invalid UTF-8, NUL bytes, duplicate keys, absurd nesting and oversized files.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/diagnostics.h"

namespace ekw {

struct JsonLimits {
  std::size_t maxBytes = 16u * 1024u * 1024u;  // content files are small; anything larger is a mistake
  int maxDepth = 128;                          // content nests a handful of levels; rules a few dozen
};

struct JsonDocument {
  nlohmann::json value;
  // JSON pointer -> where it starts. For an object member, the position of its key.
  std::unordered_map<std::string, SourcePos> positions;
  // Non-fatal findings while parsing (duplicate keys), with pointer and position.
  struct Finding {
    std::string pointer;
    SourcePos pos;
    std::string message;
  };
  std::vector<Finding> duplicateKeys;

  // Position of `pointer`, or of its nearest ancestor that has one.
  SourcePos positionOf(std::string_view pointer) const;
};

struct JsonError {
  std::string message;
  SourcePos pos;
};

// Parses `text`. On failure returns false and fills `error`; `doc` is then unspecified.
bool parseJsonDocument(std::string_view text, JsonDocument& doc, JsonError& error, const JsonLimits& limits = {});

// Whether JSON text nests no deeper than `maxDepth` (counting brackets outside strings). A cheap guard before
// handing untrusted text to a recursive parser or to code that recurses over the value.
bool nestingWithin(std::string_view text, int maxDepth);

// Appends one reference token to a JSON pointer, escaping '~' and '/'.
std::string appendPointer(std::string_view pointer, std::string_view token);
std::string appendPointer(std::string_view pointer, std::size_t index);

}  // namespace ekw

// Writes an edited JSON value back in the style of the text it was read from: every value that did not change is
// copied byte for byte from the original text, containers keep their layout (inline or one member a line), and
// only new or changed values are formatted fresh. A one-field edit is then a one-line diff.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace ekw::studio {

using Json = nlohmann::ordered_json;  // keeps the key order of the file

// Where each value of a JSON text stands: byte range, and the same for its members or items.
struct JsonSpan {
  std::size_t begin = 0;
  std::size_t end = 0;             // one past the last byte
  std::string key;                 // for a member of an object: its name
  std::vector<JsonSpan> members;   // objects, in text order (a vector of pairs would need JsonSpan complete: clang)
  std::vector<JsonSpan> items;     // arrays
};

// The layout of an original text, for writing a changed value back in its style.
class JsonStyle {
 public:
  JsonStyle() = default;
  // `text` must be valid JSON (the value parsed from it is `value`).
  JsonStyle(std::string text, Json value);

  // `value` as text in the original style, ending in exactly one newline.
  std::string write(const Json& value) const;

  const Json& original() const { return original_; }

 private:
  void writeValue(std::string& out, const Json& value, const JsonSpan* span, const Json* before, int indent,
                  std::size_t column, std::size_t trailing) const;
  void writeFresh(std::string& out, const Json& value, int indent, std::size_t column, std::size_t trailing) const;
  bool multiline(const JsonSpan& span) const;

  std::string text_;
  Json original_;
  JsonSpan root_;
  bool expandAll_ = false;  // the file writes every non-empty container one member a line
};

// A value on one line: {"a": 1, "b": [2, 3]} (the separators content files use).
std::string inlineJson(const Json& value);

// Lines after which a fresh container is spread over several lines.
inline constexpr std::size_t kLineWidth = 100;

}  // namespace ekw::studio

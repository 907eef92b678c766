// Writes content files in the content's own style, so that a change is a small diff. The one writer every tool
// that writes content uses (the studio's save, `ekw hsds import`, `ekw csv import`). Pure text in, text out: the
// caller does the file I/O (write to a temporary file, then rename).
//
//   std::string text = ekw::rewriteJson(originalText, editedValue);  // edited: parsed with ordered_json
//
//   ekw::JsonRewriter layout(originalText);      // scans and parses the original once (the studio keeps one per file
//   std::string a = layout.write(editedValue);   // and writes it again after every edit without reading it again)
//
// The rules: every part of the value that did not change keeps its exact original bytes (layout, inline objects,
// spacing); object keys come in the order of `value` (parse with nlohmann::ordered_json to keep the file's order);
// changed and new parts are written with two-space indentation at their depth, using the neighbouring members'
// separators (in a file that writes some containers on one line, a new container that fits in kLineWidth columns
// goes on one line too); array items that are objects with an "id" are matched by id, others by position; the
// text ends with exactly one newline.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace ekw {

// Columns within which a new container is written on one line (in files that write containers on one line).
inline constexpr std::size_t kLineWidth = 100;

// A new file: two-space indent, keys in `value`'s order, one trailing newline.
std::string writeJson(const nlohmann::ordered_json& value);

// The layout of one original text, for writing edited values back in its style. Cheap to copy (shared, immutable).
class JsonRewriter {
 public:
  JsonRewriter() = default;  // no original: write() is writeJson()
  // `original` need not be valid JSON: then write() is writeJson().
  explicit JsonRewriter(std::string original);
  bool valid() const { return layout_ != nullptr; }
  // `value` as text in the original's style, ending in exactly one newline. `changed`, when given, holds the JSON
  // pointer of every change made since the original (a set value; for an item inserted, removed or moved, its
  // array): what no change is at, under or above is then copied without comparing, so that writing a large file
  // after one edit costs little more than copying it.
  std::string write(const nlohmann::ordered_json& value, const std::vector<std::string>* changed = nullptr) const;

  struct Layout;  // the original text, its parsed value and where each value stands

 private:
  std::shared_ptr<const Layout> layout_;
};

// `original` rewritten to hold `value` (see above). When `original` is not valid JSON, the same as writeJson.
std::string rewriteJson(std::string_view original, const nlohmann::ordered_json& value);

}  // namespace ekw

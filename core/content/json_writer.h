// Writes content files in the content's own style, so that a change is a small diff. Shared by every tool that
// writes content (the studio's save, `ekw hsds import`, `ekw csv import`). Pure text in, text out: the caller
// does the file I/O (write to a temporary file, then rename).
//
//   std::string text = ekw::rewriteJson(originalText, editedValue);  // edited: parsed with ordered_json
//
// The rules: every part of the value that did not change keeps its exact original bytes (layout, inline objects,
// spacing); object keys come in the order of `value` (parse with nlohmann::ordered_json to keep the file's order);
// changed and new parts are written with two-space indentation at their depth, using the neighbouring members'
// separators; array items that are objects with an "id" are matched by id, others by position; the text ends with
// exactly one newline.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace ekw {

// A new file: two-space indent, keys in `value`'s order, one trailing newline.
std::string writeJson(const nlohmann::ordered_json& value);

// `original` rewritten to hold `value` (see above). When `original` is not valid JSON, the same as writeJson.
std::string rewriteJson(std::string_view original, const nlohmann::ordered_json& value);

}  // namespace ekw

// Messages for residents (answer and form validation), in Dutch at taalniveau B1 with an English translation.
// A content text with key "error.<code>" replaces the built-in one, so a gemeente can word them its own way.
#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

namespace ekw {

struct Content;

// A problem with what a resident typed: a stable code and parameters for the message.
struct Problem {
  std::string code;  // e.g. "number.range"
  std::map<std::string, std::string> params;
  bool ok() const { return code.empty(); }
};

// The message for `problem` in `language`, with {name} placeholders filled in.
std::string messageFor(const Content& content, const Problem& problem, const std::string& language);

// {"code": ..., "message": ...}
nlohmann::json problemJson(const Content& content, const Problem& problem, const std::string& language);

// An interface text by key from the content, else the built-in one, else the key itself.
std::string uiText(const Content& content, const std::string& key, const std::string& language);

}  // namespace ekw

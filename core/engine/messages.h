// Messages for residents (answer and form validation), in Dutch at taalniveau B1 with an English translation.
// A content text with key "error.<code>" replaces the built-in one, so a gemeente can word them its own way.
#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "core/content/problem.h"

namespace ekw {

struct Content;

// Fills {name} placeholders from `values`. One without a value stays as written, unless `missing` is given: then it
// becomes "" and *missing turns true (a BUUV template then picks another wording).
std::string fillPlaceholders(const std::string& text, const std::map<std::string, std::string>& values,
                             bool* missing = nullptr);

// The message for `problem` in `language`, with {name} placeholders filled in.
std::string messageFor(const Content& content, const Problem& problem, const std::string& language);

// {"code": ..., "message": ...}
nlohmann::json problemJson(const Content& content, const Problem& problem, const std::string& language);

// An interface text by key from the content, else the built-in one, else the key itself.
std::string uiText(const Content& content, const std::string& key, const std::string& language);

}  // namespace ekw

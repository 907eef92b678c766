// The session context (what a shell tells the engine about the resident's situation: wijk, age, for someone else,
// today's date, target groups) is checked here, once, wherever it enters: a start or setContext request, and every
// session a shell sends back (saved state and other callers are not held to the site's own input limits).
// One table, kContextFields, says what each field may hold; fields it does not name are left alone.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace ekw {

struct ContextProblem {
  std::string field;    // "age"
  std::string message;  // "context.age must be a whole number from 0 to 130 (it is 1e+110)"
};

// Every field of `context` that breaks its rule, in table order. `context` must be an object.
std::vector<ContextProblem> contextProblems(const nlohmann::json& context);

// Whether rules may read context.NAME.
bool isContextField(std::string_view name);
// The fields to suggest to an editor whose rule reads unknown context: "wijk, age, ... or signals".
std::string suggestedContextFields();

// The resident's age when the context holds a valid one.
std::optional<int> contextAge(const nlohmann::json& context);

}  // namespace ekw

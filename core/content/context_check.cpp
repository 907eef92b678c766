#include "core/content/context_check.h"

#include <array>
#include <cmath>

#include "core/content/value_checks.h"

namespace ekw {

using nlohmann::json;

namespace {

constexpr int kMaxAge = 130;  // the site's own age field stops here too

bool isAge(const json& v) {
  if (!v.is_number()) return false;
  double d = v.get<double>();
  return std::isfinite(d) && d == std::floor(d) && d >= 0 && d <= kMaxAge;
}

// Strictly YYYY-MM-DD and a real day (values::date also reads the ways residents type dates; a context is data).
bool isDate(const json& v) {
  if (!v.is_string()) return false;
  const std::string& s = v.get_ref<const std::string&>();
  std::optional<std::string> d = values::date(s);
  return d && *d == s;
}

bool isTextList(const json& v) {
  if (!v.is_array()) return false;
  for (const json& item : v)
    if (!item.is_string()) return false;
  return true;
}

struct ContextField {
  const char* name;
  bool (*valid)(const json&);
  const char* rule;  // completes "context.NAME must be ..."
  bool suggested;    // named when an editor's rule reads unknown context (the resident's name is no rule's business)
};

const ContextField kContextFields[] = {
    {"wijk", [](const json& v) { return v.is_string(); }, "a wijk id (text)", true},
    {"age", isAge, "a whole number from 0 to 130", true},
    {"forSomeoneElse", [](const json& v) { return v.is_boolean(); }, "true or false", true},
    {"today", isDate, "a date written YYYY-MM-DD", true},
    {"targetGroups", isTextList, "a list of target group ids", true},
    {"forName", [](const json& v) { return v.is_string(); }, "a name (text)", false},
    {"signals", isTextList, "a list of danger signal ids", true},  // set by the engine from the resident's own words
};

std::string shown(const json& v) {
  std::string text = v.dump(-1, ' ', false, json::error_handler_t::replace);
  return text.size() > 40 ? text.substr(0, 37) + "..." : text;
}

}  // namespace

std::vector<ContextProblem> contextProblems(const json& context) {
  std::vector<ContextProblem> out;
  if (!context.is_object()) return {{"", "context must be an object"}};
  for (const ContextField& f : kContextFields) {
    auto it = context.find(f.name);
    if (it == context.end() || it->is_null() || f.valid(*it)) continue;
    out.push_back({f.name, std::string("context.") + f.name + " must be " + f.rule + " (it is " + shown(*it) + ")"});
  }
  return out;
}

bool isContextField(std::string_view name) {
  for (const ContextField& f : kContextFields)
    if (name == f.name) return true;
  return false;
}

std::string suggestedContextFields() {
  std::vector<const char*> names;
  for (const ContextField& f : kContextFields)
    if (f.suggested) names.push_back(f.name);
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) out += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + std::string(names[i]);
  return out;
}

std::optional<int> contextAge(const json& context) {
  if (!context.is_object()) return std::nullopt;
  auto it = context.find("age");
  if (it == context.end() || !isAge(*it)) return std::nullopt;
  return static_cast<int>(it->get<double>());
}

}  // namespace ekw

// `ekw eval RULE_JSON [DATA_JSON]`: evaluate one JSON Logic rule against data, for editors who
// want to try a condition before putting it in content, and for scripts.
#include <algorithm>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/json/json_document.h"
#include "core/rules/json_logic.h"
#include "tools/ekw/commands.h"

namespace ekw::cli {

namespace {

constexpr const char* kUsage =
    "usage: ekw eval RULE_JSON [DATA_JSON]\n"
    "  Evaluates a JSON Logic rule against data (default null) and prints the result as JSON.\n"
    "  example: ekw eval '{\">=\":[{\"var\":\"person.leeftijd\"},18]}' '{\"person\":{\"leeftijd\":67}}'\n";

// Rules and data are small; deep nesting is refused with a message rather than recursed into.
constexpr int kMaxTextDepth = 5000;

// Parses `text` (the rule or the data, named by `what`) with the project's own reader, whose messages say what was
// expected and where; on failure writes the error and returns false.
bool parseArgument(const std::string& text, const char* what, nlohmann::json& out, std::ostream& err) {
  if (!nestingWithin(text, kMaxTextDepth)) {
    err << "ekw eval: " << what << " is nested more than " << kMaxTextDepth << " levels deep\n";
    return false;
  }
  JsonDocument doc;
  JsonError error;
  JsonLimits limits;
  limits.maxDepth = kMaxTextDepth;
  if (!parseJsonDocument(text, doc, error, limits)) {
    err << "ekw eval: " << what << " is not valid JSON: line " << error.pos.line << ", column " << error.pos.column
        << ": " << error.message << "\n";
    return false;
  }
  out = std::move(doc.value);
  return true;
}

}  // namespace

int runEval(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.size() == 1 && (args[0] == "-h" || args[0] == "--help")) {
    out << kUsage;
    return 0;
  }
  if (args.empty() || args.size() > 2) {
    err << kUsage;
    return 2;
  }
  nlohmann::json logic;
  nlohmann::json data;  // null unless given
  if (!parseArgument(args[0], "rule", logic, err)) return 1;
  if (args.size() == 2 && !parseArgument(args[1], "data", data, err)) return 1;
  try {
    const rules::Rule rule = rules::Rule::compile(logic);
    out << rule.apply(data).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return 0;
  } catch (const rules::RuleError& e) {
    err << "ekw eval: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace ekw::cli

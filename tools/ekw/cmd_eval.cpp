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

// nlohmann::json's parser recurses per nesting level and runs out of stack on absurdly deep
// input, so deep text is refused before parsing. Real rules and data are nowhere near this.
constexpr int kMaxTextDepth = 5000;

// nlohmann's messages start with "[json.exception.parse_error.101] "; the rest is the useful part.
// Control characters from the echoed input are blanked so the message stays on one line.
std::string cleanParseMessage(const std::string& what) {
  const std::size_t tag = what.find("] ");
  std::string message = what.rfind("[json.exception.", 0) == 0 && tag != std::string::npos ? what.substr(tag + 2) : what;
  for (char& c : message) {
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  return message;
}

// Parses `text` (the rule or the data, named by `what`); on failure writes the error and returns false.
bool parseArgument(const std::string& text, const char* what, nlohmann::json& out, std::ostream& err) {
  if (!nestingWithin(text, kMaxTextDepth)) {
    err << "ekw eval: " << what << " is nested more than " << kMaxTextDepth << " levels deep\n";
    return false;
  }
  try {
    out = nlohmann::json::parse(text);
    return true;
  } catch (const nlohmann::json::parse_error& e) {
    err << "ekw eval: " << what << " is not valid JSON: " << cleanParseMessage(e.what()) << "\n";
    return false;
  }
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

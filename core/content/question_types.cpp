// The question types: the check and display functions, then the table (kQuestionTypes, at the bottom), in the
// manner of kOperations for JSON Logic.
#include "core/content/question_types.h"

#include <cmath>
#include <cstdint>
#include <set>

#include "core/content/model.h"
#include "core/content/utf8.h"
#include "core/content/value_checks.h"

namespace ekw {

namespace {

using nlohmann::json;

CheckedAnswer fail(std::string code, std::map<std::string, std::string> params = {}) {
  return {nullptr, Problem{std::move(code), std::move(params)}};
}

std::string formatNumber(double d) {
  if (std::floor(d) == d && std::fabs(d) < 1e15) return std::to_string(static_cast<long long>(d));
  std::string s = std::to_string(d);
  s.erase(s.find_last_not_of('0') + 1);
  if (!s.empty() && s.back() == '.') s.pop_back();
  for (char& c : s)
    if (c == '.') c = ',';  // Dutch decimal comma
  return s;
}

// ---- checks -----------------------------------------------------------------------------------------------------

CheckedAnswer checkSingle(const Node& node, const json& v, const std::string&) {
  if (!v.is_string() || !node.option(v.get<std::string>())) return fail("choice.unknown");
  return {v, {}};
}

CheckedAnswer checkMultiple(const Node& node, const json& v, const std::string&) {
  json list = v.is_string() ? json::array({v}) : v;
  if (!list.is_array()) return fail("choice.unknown");
  std::set<std::string> seen;
  json out = json::array();
  for (const auto& item : list) {
    if (!item.is_string() || !node.option(item.get<std::string>())) return fail("choice.unknown");
    if (seen.insert(item.get<std::string>()).second) out.push_back(item);
  }
  if (out.size() > 1)
    for (const auto& item : out) {
      const Option* o = node.option(item.get<std::string>());
      if (o->exclusive) return fail("choice.exclusive", {{"option", o->label.in("nl")}});
    }
  // Keep the content's option order, so a saved answer reads the same way the question does.
  json ordered = json::array();
  for (const Option& o : node.options)
    if (seen.count(o.id)) ordered.push_back(o.id);
  return {ordered, {}};
}

CheckedAnswer checkYesNo(const Node&, const json& v, const std::string&) {
  if (v.is_boolean()) return {v, {}};
  if (v.is_string() && (v == "ja" || v == "yes" || v == "true")) return {true, {}};
  if (v.is_string() && (v == "nee" || v == "no" || v == "false")) return {false, {}};
  return fail("yesno.invalid");
}

CheckedAnswer checkNumber(const Node& node, const json& v, const std::string&) {
  auto d = values::number(v);
  if (!d) return fail("number.invalid");
  if (node.integer && std::floor(*d) != *d) return fail("number.integer");
  bool low = node.min && *d < *node.min, high = node.max && *d > *node.max;
  if (low || high) {
    if (node.min && node.max) return fail("number.range", {{"min", formatNumber(*node.min)}, {"max", formatNumber(*node.max)}});
    if (low) return fail("number.min", {{"min", formatNumber(*node.min)}});
    return fail("number.max", {{"max", formatNumber(*node.max)}});
  }
  if (std::floor(*d) == *d && std::fabs(*d) < 9e15) return {static_cast<std::int64_t>(*d), {}};
  return {*d, {}};
}

CheckedAnswer checkDate(const Node& node, const json& v, const std::string& today) {
  if (!v.is_string()) return fail("date.invalid");
  bool unreal = false;
  auto d = values::date(v.get<std::string>(), &unreal);
  if (!d) return fail(unreal ? "date.unreal" : "date.invalid");
  if (!today.empty() && node.notInFuture && *d > today) return fail("date.future");
  if (!today.empty() && node.notInPast && *d < today) return fail("date.past");
  return {*d, {}};
}

CheckedAnswer checkPostcode(const Node&, const json& v, const std::string&) {
  auto p = v.is_string() ? values::postcode(v.get<std::string>()) : std::nullopt;
  if (!p) return fail("postcode.invalid");
  return {*p, {}};
}

CheckedAnswer checkText(const Node& node, const json& v, const std::string&) {
  if (!v.is_string()) return fail("text.invalid");
  std::string s = values::trim(v.get<std::string>());
  if (utf8::codePoints(s) > static_cast<std::size_t>(node.maxLength))
    return fail("text.tooLong", {{"max", std::to_string(node.maxLength)}});
  return {s, {}};
}

CheckedAnswer checkEmail(const Node&, const json& v, const std::string&) {
  auto e = v.is_string() ? values::email(v.get<std::string>()) : std::nullopt;
  if (!e) return fail("email.invalid");
  return {*e, {}};
}

CheckedAnswer noAnswer(const Node&, const json&, const std::string&) { return fail("answer.noQuestion"); }

// ---- display ----------------------------------------------------------------------------------------------------

// Text as typed, option labels joined, a number with its unit.
std::string showPlain(const Node& node, const json& value, const std::string& language) {
  if (value.is_array()) {
    std::string out;
    for (const json& v : value) {
      const Option* o = v.is_string() ? node.option(v.get<std::string>()) : nullptr;
      out += (out.empty() ? "" : ", ") + (o ? o->label.in(language) : v.dump());
    }
    return out;
  }
  if (value.is_string()) return value.get<std::string>();
  std::string number = value.dump();
  std::string unit = node.unit.in(language);
  return unit.empty() ? number : number + " " + unit;
}

std::string showOption(const Node& node, const json& value, const std::string& language) {
  if (!value.is_string()) return showPlain(node, value, language);
  const Option* o = node.option(value.get<std::string>());
  return o ? o->label.in(language) : value.get<std::string>();
}

// DD-MM-YYYY, as Dutch residents write a date.
std::string showDate(const Node& node, const json& value, const std::string& language) {
  if (!value.is_string()) return showPlain(node, value, language);
  std::string d = value.get<std::string>();
  return d.size() == 10 ? d.substr(8, 2) + "-" + d.substr(5, 2) + "-" + d.substr(0, 4) : d;
}

// ---- the table --------------------------------------------------------------------------------------------------

constexpr QuestionType kQuestionTypes[] = {
    // type, name, control, options, option next, autocomplete, input length, check, display
    {NodeType::Single, "single", Control::Choice, Options::Own, true, "", 0, checkSingle, showOption},
    {NodeType::Multiple, "multiple", Control::MultipleChoice, Options::Own, false, "", 0, checkMultiple, showPlain},
    {NodeType::YesNo, "yesno", Control::Choice, Options::YesNo, true, "", 0, checkYesNo, showPlain},
    {NodeType::Number, "number", Control::Number, Options::None, false, "", 0, checkNumber, showPlain},
    {NodeType::Date, "date", Control::Date, Options::None, false, "", 0, checkDate, showDate},
    {NodeType::Postcode, "postcode", Control::Text, Options::None, false, "postal-code", 7, checkPostcode, showPlain},
    {NodeType::Text, "text", Control::Text, Options::None, false, "", 0, checkText, showPlain},
    {NodeType::Email, "email", Control::Text, Options::None, false, "email", 254, checkEmail, showPlain},
    {NodeType::Outcome, "outcome", Control::None, Options::None, false, "", 0, noAnswer, showPlain},
};

constexpr bool inEnumOrder() {
  for (std::size_t i = 0; i < std::size(kQuestionTypes); ++i)
    if (static_cast<std::size_t>(kQuestionTypes[i].type) != i) return false;
  return true;
}
static_assert(inEnumOrder(), "kQuestionTypes lists the NodeType values in their order");
static_assert(std::size(kQuestionTypes) == static_cast<std::size_t>(NodeType::Outcome) + 1, "one row per NodeType");

constexpr const char* kControlNames[] = {"", "choice", "multipleChoice", "text", "number", "date"};

}  // namespace

const QuestionType& questionType(NodeType type) { return kQuestionTypes[static_cast<std::size_t>(type)]; }

const QuestionType* findQuestionType(std::string_view name) {
  for (const QuestionType& t : kQuestionTypes)
    if (name == t.name) return &t;
  return nullptr;
}

const char* nodeTypeName(NodeType type) { return questionType(type).name; }

std::optional<NodeType> nodeTypeFromName(const std::string& name) {
  const QuestionType* t = findQuestionType(name);
  return t ? std::optional<NodeType>(t->type) : std::nullopt;
}

const char* controlName(Control control) { return kControlNames[static_cast<std::size_t>(control)]; }

}  // namespace ekw

#include "core/engine/answer_check.h"

#include <cmath>
#include <set>

#include "core/engine/value_checks.h"

namespace ekw {

namespace {

std::string formatNumber(double d) {
  if (std::floor(d) == d && std::fabs(d) < 1e15) return std::to_string(static_cast<long long>(d));
  std::string s = std::to_string(d);
  s.erase(s.find_last_not_of('0') + 1);
  if (!s.empty() && s.back() == '.') s.pop_back();
  for (char& c : s)
    if (c == '.') c = ',';  // Dutch decimal comma
  return s;
}

CheckedAnswer fail(std::string code, std::map<std::string, std::string> params = {}) {
  return {nullptr, Problem{std::move(code), std::move(params)}};
}

bool blank(const nlohmann::json& v) {
  return v.is_null() || (v.is_string() && values::trim(v.get<std::string>()).empty()) || (v.is_array() && v.empty());
}

CheckedAnswer single(const Node& node, const nlohmann::json& v) {
  if (!v.is_string() || !node.option(v.get<std::string>())) return fail("choice.unknown");
  return {v, {}};
}

CheckedAnswer multiple(const Node& node, const nlohmann::json& v) {
  nlohmann::json list = v.is_string() ? nlohmann::json::array({v}) : v;
  if (!list.is_array()) return fail("choice.unknown");
  std::set<std::string> seen;
  nlohmann::json out = nlohmann::json::array();
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
  nlohmann::json ordered = nlohmann::json::array();
  for (const Option& o : node.options)
    if (seen.count(o.id)) ordered.push_back(o.id);
  return {ordered, {}};
}

CheckedAnswer yesno(const nlohmann::json& v) {
  if (v.is_boolean()) return {v, {}};
  if (v.is_string() && (v == "ja" || v == "yes" || v == "true")) return {true, {}};
  if (v.is_string() && (v == "nee" || v == "no" || v == "false")) return {false, {}};
  return fail("yesno.invalid");
}

CheckedAnswer numberAnswer(const Node& node, const nlohmann::json& v) {
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

CheckedAnswer dateAnswer(const Node& node, const nlohmann::json& v, const std::string& today) {
  if (!v.is_string()) return fail("date.invalid");
  bool unreal = false;
  auto d = values::date(v.get<std::string>(), &unreal);
  if (!d) return fail(unreal ? "date.unreal" : "date.invalid");
  if (!today.empty() && node.notInFuture && *d > today) return fail("date.future");
  if (!today.empty() && node.notInPast && *d < today) return fail("date.past");
  return {*d, {}};
}

}  // namespace

CheckedAnswer checkAnswer(const Node& node, const nlohmann::json& value, const std::string& today) {
  if (blank(value)) {
    bool choice = node.type == NodeType::Single || node.type == NodeType::Multiple || node.type == NodeType::YesNo;
    return fail(choice ? "required.choice" : "required.text");
  }
  switch (node.type) {
    case NodeType::Single: return single(node, value);
    case NodeType::Multiple: return multiple(node, value);
    case NodeType::YesNo: return yesno(value);
    case NodeType::Number: return numberAnswer(node, value);
    case NodeType::Date: return dateAnswer(node, value, today);
    case NodeType::Postcode: {
      auto p = value.is_string() ? values::postcode(value.get<std::string>()) : std::nullopt;
      if (!p) return fail("postcode.invalid");
      return {*p, {}};
    }
    case NodeType::Text: {
      if (!value.is_string()) return fail("text.invalid");
      std::string s = values::trim(value.get<std::string>());
      if (values::codePoints(s) > static_cast<std::size_t>(node.maxLength))
        return fail("text.tooLong", {{"max", std::to_string(node.maxLength)}});
      return {s, {}};
    }
    case NodeType::Outcome: break;
  }
  return fail("answer.noQuestion");
}

}  // namespace ekw

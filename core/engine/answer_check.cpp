#include "core/engine/answer_check.h"

#include "core/content/value_checks.h"

namespace ekw {

namespace {

bool blank(const nlohmann::json& v) {
  return v.is_null() || (v.is_string() && values::trim(v.get<std::string>()).empty()) || (v.is_array() && v.empty());
}

}  // namespace

CheckedAnswer checkAnswer(const Node& node, const nlohmann::json& value, const std::string& today) {
  const QuestionType& type = questionType(node.type);
  if (blank(value))
    return {nullptr, Problem{type.options == Options::None ? "required.text" : "required.choice", {}}};
  return type.check(node, value, today);
}

}  // namespace ekw

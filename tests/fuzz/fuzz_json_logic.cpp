// Fuzz target: JSON Logic compile and evaluate, the rules language of every branch, advice condition and prefill.
// The input is JSON: [rule, data] or a conformance-style list of [rule, data, expected] cases, or any other value,
// which is compiled as a rule and applied to {} and to itself. Properties: compile either succeeds or throws a
// RuleError with a pointer; apply never throws and never crashes, whatever the data.
#include <cstdint>
#include <string_view>

#include "core/json/json_document.h"
#include "core/rules/json_logic.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

void compileAndApply(const nlohmann::json& logic, const nlohmann::json& data) {
  ekw::rules::Rule rule;
  try {
    rule = ekw::rules::Rule::compile(logic);
  } catch (const ekw::rules::RuleError& e) {
    EKW_FUZZ_CHECK(std::string_view(e.what()).size() > 0, "a compile error says why");
    return;
  }
  (void)rule.variables();
  nlohmann::json result = rule.apply(data);
  (void)result.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  ekw::JsonDocument doc;
  ekw::JsonError error;
  if (!ekw::parseJsonDocument(std::string_view(reinterpret_cast<const char*>(data), size), doc, error)) return 0;
  const nlohmann::json& v = doc.value;
  int cases = 0;
  if (v.is_array())
    for (const nlohmann::json& c : v)
      if (c.is_array() && c.size() >= 2 && ++cases <= 400) compileAndApply(c[0], c[1]);
  if (cases == 0) {
    compileAndApply(v, nlohmann::json::object());
    compileAndApply(v, v);
  }
  return 0;
}

// The classic JSON Logic conformance suite (../shared/conformance/jsonlogic/tests.json), read
// from where it lives, one test case per entry so a failure names the rule that broke.
#include <cctype>
#include <fstream>
#include <ostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/rules/json_logic.h"

namespace {

using nlohmann::json;

const char* const kSuitePath = EKW_SHARED_DIR "/conformance/jsonlogic/tests.json";

struct ConformanceCase {
  std::string name;     // unique and readable, for the test name
  std::string section;  // the heading above the case
  json rule;
  json data;
  json expected;
  std::string loadError;  // set instead of the above when the suite could not be read
};

// GoogleTest would otherwise print the parameter as raw bytes; the rule says more.
void PrintTo(const ConformanceCase& c, std::ostream* os) { *os << c.rule.dump() << " with data " << c.data.dump(); }

// Operator characters spelled out, so `{"<=":[1,2]}` becomes "le_1_2" rather than "_1_2".
std::string spell(char c) {
  switch (c) {
    case '=': return "eq";
    case '!': return "not";
    case '<': return "lt";
    case '>': return "gt";
    case '+': return "plus";
    case '-': return "minus";
    case '*': return "times";
    case '/': return "div";
    case '%': return "mod";
    case '?': return "q";
    default: return std::isalnum(static_cast<unsigned char>(c)) ? std::string(1, c) : "_";
  }
}

// "c042_eqeq_1_1": the position keeps names unique (the suite repeats a few cases).
std::string testName(std::size_t index, const std::string& description) {
  std::string name = "c" + std::string(index < 10 ? "00" : index < 100 ? "0" : "") + std::to_string(index) + "_";
  for (char c : description) {
    const std::string part = spell(c);
    if (part == "_" && !name.empty() && name.back() == '_') continue;
    name += part;
  }
  while (name.back() == '_') name.pop_back();
  return name.substr(0, 80);
}

std::vector<ConformanceCase> loadSuite() {
  std::ifstream in(kSuitePath);
  const json suite = json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!suite.is_array()) {
    ConformanceCase failed;
    failed.name = "suite_unreadable";
    failed.loadError = std::string("cannot read a JSON array from ") + kSuitePath;
    return {failed};
  }
  std::vector<ConformanceCase> cases;
  std::string section;
  for (const json& entry : suite) {
    if (entry.is_string()) {
      section = entry.get<std::string>();
      continue;
    }
    ConformanceCase c;
    c.name = testName(cases.size(), entry.value("description", std::string()));
    c.section = section;
    c.rule = entry.value("rule", json());
    c.data = entry.value("data", json());
    c.expected = entry.value("result", json());
    cases.push_back(std::move(c));
  }
  return cases;
}

class JsonLogicConformance : public testing::TestWithParam<ConformanceCase> {};

TEST_P(JsonLogicConformance, GivesTheReferenceResult) {
  const ConformanceCase& c = GetParam();
  ASSERT_TRUE(c.loadError.empty()) << c.loadError;
  SCOPED_TRACE(c.section + ": rule " + c.rule.dump() + " with data " + c.data.dump());
  const ekw::rules::Rule rule = ekw::rules::Rule::compile(c.rule);
  // json's operator== compares numbers by value across integer and floating point, so 1 == 1.0.
  EXPECT_EQ(rule.apply(c.data), c.expected);
}

INSTANTIATE_TEST_SUITE_P(Suite, JsonLogicConformance, testing::ValuesIn(loadSuite()),
                         [](const testing::TestParamInfo<ConformanceCase>& info) { return info.param.name; });

TEST(JsonLogicConformanceSuite, HoldsAllCases) {
  EXPECT_EQ(loadSuite().size(), 278u) << "the shared suite changed; update this count knowingly";
}

TEST(JsonLogicConformanceSuite, IntegerAndFloatCompareEqual) {
  // The comparison above relies on this.
  EXPECT_EQ(json::parse("1"), json::parse("1.0"));
  EXPECT_EQ(json::parse("[2, {\"a\": 3}]"), json::parse("[2.0, {\"a\": 3.0}]"));
  EXPECT_NE(json::parse("1"), json::parse("1.5"));
}

}  // namespace

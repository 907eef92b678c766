// The schema checker on the JSON Schema Test Suite, draft 2020-12 (../shared/conformance/json-schema-test-suite).
// For every test group: when its schema uses only keywords the checker supports, every case must come out as the
// suite says (valid or not); when it uses any other keyword, the checker must refuse the schema (a
// "schema-unsupported" problem), never ignore the keyword and answer anyway. Each keyword file is one test, so a
// failure names the keyword, the group and the case.
//
// Two deliberate differences, each checked rather than skipped:
//  - format is an assertion here (content editors want a wrong date refused, not annotated), so format.json, which
//    tests format as an annotation, is replaced by optional/format/{date,email,uri}.json for the formats the
//    checker knows; a schema with any other format must be refused.
//  - the checker reads schemas the project gives it and never fetches one: a $ref to a schema that is not given
//    (the suite's remotes, the meta-schema) must be refused as unresolved.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "core/content/schema_check.h"
#include "core/json/json_document.h"
#include "tools/files/content_files.h"

namespace ekw {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kSuite = EKW_SHARED_DIR "/conformance/json-schema-test-suite/draft2020-12";

// The keywords schema_check.h supports (assertions and the annotations it ignores on purpose).
const std::set<std::string> kSupported = {
    "type", "properties", "required", "additionalProperties", "propertyNames", "items", "minItems", "enum", "const",
    "minimum", "maximum", "minLength", "maxLength", "oneOf", "$ref", "$defs", "format", "$schema", "$id", "title",
    "description", "$comment", "examples", "default", "deprecated"};

// Keyword files for which every group uses only supported keywords: each of their cases must pass.
const std::set<std::string> kSupportedFiles = {
    "type.json", "properties.json", "required.json", "additionalProperties.json", "propertyNames.json", "items.json",
    "minItems.json", "enum.json", "const.json", "minimum.json", "maximum.json", "minLength.json", "maxLength.json",
    "oneOf.json", "ref.json", "default.json", "boolean_schema.json", "optional/format/date.json",
    "optional/format/email.json", "optional/format/uri.json"};

// Keywords a schema uses, wherever they stand (skipping the values of enum/const/examples/default, and the member
// names under properties/$defs, which are data, not keywords).
void keywordsOf(const json& schema, std::set<std::string>& out) {
  if (!schema.is_object()) {
    if (schema.is_array())
      for (const json& s : schema) keywordsOf(s, out);
    return;
  }
  for (const auto& [key, value] : schema.items()) {
    out.insert(key);
    if (key == "enum" || key == "const" || key == "examples" || key == "default") continue;
    if (key == "properties" || key == "$defs" || key == "patternProperties" || key == "dependentSchemas") {
      if (value.is_object())
        for (const auto& [name, sub] : value.items()) keywordsOf(sub, out);
      continue;
    }
    if (value.is_object() || value.is_array()) keywordsOf(value, out);
  }
}

// Groups the reader refuses by design (see json_test_suite_test.cpp): NUL is not allowed in content text.
const std::set<std::string> kRefusedOnPurpose = {"nul characters in strings"};

const std::set<std::string> kAssertedFormats = {"date", "email", "uri"};

// What a schema needs that the checker does not do: a keyword, a format, a $ref to a schema not given, an $id below
// the top. Empty when the checker must answer every case.
void needsOf(const json& schema, bool top, std::string& need, const std::string& topId) {
  if (schema.is_array()) {
    for (const json& s : schema) needsOf(s, false, need, topId);
    return;
  }
  if (!schema.is_object() || !need.empty()) return;
  for (const auto& [key, value] : schema.items()) {
    if (key == "format" && !(value.is_string() && kAssertedFormats.count(value.get<std::string>())))
      need = "format " + value.dump();
    if (key == "$ref" && value.is_string()) {
      std::string base = value.get<std::string>().substr(0, value.get<std::string>().find('#'));
      if (!base.empty() && base != topId) need = "$ref " + value.dump() + " to a schema that is not given";
    }
    if (key == "$schema" && top && value != "https://json-schema.org/draft/2020-12/schema") need = "another dialect";
    if (key == "$id" && !top) need = "$id below the top";
    if (!need.empty()) return;
    if (key == "enum" || key == "const" || key == "examples" || key == "default") continue;
    if (value.is_object() && (key == "properties" || key == "$defs" || key == "patternProperties")) {
      for (const auto& [name, sub] : value.items()) needsOf(sub, false, need, topId);
    } else if (value.is_object() || value.is_array()) {
      needsOf(value, false, need, topId);
    }
  }
}

bool usesOnlySupported(const json& schema, std::string& unsupported) {
  std::string topId = schema.is_object() && schema.contains("$id") && schema["$id"].is_string() ? schema["$id"].get<std::string>() : "";
  needsOf(schema, true, unsupported, topId);
  if (!unsupported.empty()) return false;
  std::set<std::string> used;
  keywordsOf(schema, used);
  for (const std::string& k : used)
    if (!kSupported.count(k)) {
      unsupported = k;
      return false;
    }
  return true;
}

std::vector<std::string> keywordFiles() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(kSuite, ec))
    if (entry.is_regular_file() && entry.path().extension() == ".json" && entry.path().filename() != "format.json")
      names.push_back(entry.path().filename().string());
  for (const std::string& f : kAssertedFormats) names.push_back("optional/format/" + f + ".json");
  std::sort(names.begin(), names.end());
  return names;
}

struct Tally {
  int passed = 0, refused = 0;
};

class JsonSchemaSuite : public ::testing::TestWithParam<std::string> {};

TEST_P(JsonSchemaSuite, Keyword) {
  const std::string& file = GetParam();
  std::optional<std::string> text = files::readFile(kSuite + "/" + file);
  ASSERT_TRUE(text.has_value());
  json groups = json::parse(*text);
  Tally tally;
  for (const json& group : groups) {
    std::string where = file + " / " + group["description"].get<std::string>();
    if (kRefusedOnPurpose.count(group["description"].get<std::string>())) {
      ++tally.refused;
      continue;
    }
    const json& schema = group["schema"];
    SchemaSet set({{"suite.schema.json", std::string_view(schema.dump())}});
    std::string unsupported;
    bool supported = usesOnlySupported(schema, unsupported);
    bool refused = false;
    for (const Diagnostic& d : set.schemaProblems().items()) refused = refused || d.code == "schema-unsupported";
    if (!supported) {
      EXPECT_FALSE(set.schemaProblems().items().empty())
          << where << ": the schema uses " << unsupported << " but the checker does not refuse it";
      ++tally.refused;
      continue;
    }
    EXPECT_FALSE(refused) << where << ": refused although it uses only supported keywords";
    EXPECT_TRUE(set.schemaProblems().items().empty()) << where << ": " << set.schemaProblems().items().front().message;
    if (!set.schemaProblems().items().empty()) continue;
    for (const json& c : group["tests"]) {
      JsonDocument doc;
      JsonError error;
      if (!parseJsonDocument(c["data"].dump(), doc, error)) {  // only NUL, refused on purpose
        EXPECT_NE(error.message.find("NUL"), std::string::npos) << where << ": " << error.message;
        continue;
      }
      Diagnostics found;
      set.check(doc, "suite.schema.json", "data.json", found);
      bool valid = found.items().empty();
      EXPECT_EQ(valid, c["valid"].get<bool>())
          << where << " / " << c["description"].get<std::string>() << ": data " << c["data"].dump()
          << (found.items().empty() ? std::string() : ": " + found.items().front().message);
      ++tally.passed;
    }
  }
  if (kSupportedFiles.count(file)) {
    EXPECT_GT(tally.passed, 0) << file << " is a supported keyword: its cases must run";
  }
  std::cout << "[ schema ] " << file << ": " << tally.passed << " cases checked, " << tally.refused
            << " groups refused (unsupported keywords)\n";
}

INSTANTIATE_TEST_SUITE_P(Draft202012, JsonSchemaSuite, ::testing::ValuesIn(keywordFiles()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string n = info.param.substr(0, info.param.size() - 5);
                           for (char& c : n) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return n;
                         });

}  // namespace
}  // namespace ekw

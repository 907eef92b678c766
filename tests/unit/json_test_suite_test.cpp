// The JSON reader on JSONTestSuite (../shared/conformance/json-test-suite/test_parsing, Nicolas Seriot's parsing
// tests): every y_ file is accepted except the few refused on purpose (listed below with the reason), every n_ file
// is rejected with a message and a position, and no i_ file (implementation-defined) crashes.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/json/json_document.h"
#include "tools/files/content_files.h"

namespace ekw {
namespace {

namespace fs = std::filesystem;

const char* kSuite = EKW_SHARED_DIR "/conformance/json-test-suite/test_parsing";

// y_ files the reader refuses by design: content is text that editors write, and these are never what they meant.
const std::map<std::string, std::string> kRefusedOnPurpose = {
    {"y_object_escaped_null_in_key.json", "\\u0000 in a member name: NUL is refused in content text"},
    {"y_string_null_escape.json", "\\u0000 in a string: NUL is refused in content text (it ends C strings and hides "
                                  "text from editors' tools)"},
};

std::vector<std::string> suiteFiles() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(kSuite, ec)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

struct Outcome {
  bool accepted;
  JsonError error;
};

Outcome parseSuiteFile(const std::string& name) {
  std::optional<std::string> text = files::readFile(std::string(kSuite) + "/" + name);
  EXPECT_TRUE(text.has_value()) << name;
  JsonDocument doc;
  JsonError error;
  bool accepted = parseJsonDocument(text.value_or(""), doc, error);
  return {accepted, error};
}

class JsonTestSuite : public ::testing::TestWithParam<std::string> {};

TEST_P(JsonTestSuite, File) {
  const std::string& name = GetParam();
  Outcome r = parseSuiteFile(name);
  if (name.rfind("y_", 0) == 0) {
    if (kRefusedOnPurpose.count(name)) {
      EXPECT_FALSE(r.accepted) << name << " is listed as refused on purpose but is accepted: update the list";
      EXPECT_FALSE(r.error.message.empty());
    } else {
      EXPECT_TRUE(r.accepted) << name << ": " << r.error.message << " at " << r.error.pos.line << ":"
                              << r.error.pos.column;
    }
  } else if (name.rfind("n_", 0) == 0) {
    EXPECT_FALSE(r.accepted) << name << " is not JSON but is accepted";
    if (!r.accepted) {
      EXPECT_FALSE(r.error.message.empty()) << name;
      EXPECT_GE(r.error.pos.line, 1) << name;
      EXPECT_GE(r.error.pos.column, 1) << name;
    }
  }
  // i_ files: either outcome is allowed; reaching this line means no crash.
}

INSTANTIATE_TEST_SUITE_P(Conformance, JsonTestSuite, ::testing::ValuesIn(suiteFiles()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string n = info.param.substr(0, info.param.size() - 5);
                           for (char& c : n) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return n + "_" + std::to_string(info.index);
                         });

TEST(JsonTestSuite, HasTheWholeSuite) {
  std::vector<std::string> names = suiteFiles();
  auto count = [&](const char* prefix) {
    return std::count_if(names.begin(), names.end(), [&](const std::string& n) { return n.rfind(prefix, 0) == 0; });
  };
  EXPECT_GE(count("y_"), 90);
  EXPECT_GE(count("n_"), 180);
  EXPECT_GE(count("i_"), 30);
  for (const auto& [name, reason] : kRefusedOnPurpose)
    EXPECT_TRUE(std::find(names.begin(), names.end(), name) != names.end()) << name << " is not in the suite";
}

}  // namespace
}  // namespace ekw

// The content writer: unchanged content keeps its bytes, a one-field edit is a one-line diff, new parts follow
// the file's own layout with two-space indentation.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/content/json_writer.h"
#include "tools/files/content_files.h"

namespace ekw {
namespace {

namespace fs = std::filesystem;
using nlohmann::ordered_json;

std::string readText(const fs::path& p) { return files::readFile(p.string()).value_or(""); }

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// Lines of `b` that differ from `a` at the same place (both of the same length), or -1 when lengths differ.
int changedLines(const std::string& a, const std::string& b) {
  auto la = lines(a), lb = lines(b);
  if (la.size() != lb.size()) return -1;
  int n = 0;
  for (std::size_t i = 0; i < la.size(); ++i) n += la[i] != lb[i];
  return n;
}

TEST(JsonWriter, EveryHaarlemFileKeepsItsBytes) {
  int files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(EKW_SOURCE_DIR "/content/haarlem")) {
    if (entry.path().extension() != ".json") continue;
    std::string text = readText(entry.path());
    EXPECT_EQ(rewriteJson(text, ordered_json::parse(text)), text) << entry.path();
    ++files;
  }
  EXPECT_GT(files, 30);
}

TEST(JsonWriter, OneFieldEditIsOneLine) {
  std::string text = readText(EKW_SOURCE_DIR "/content/haarlem/sociale-kaart/diensten.json");
  ordered_json doc = ordered_json::parse(text);
  doc["services"][3]["description"]["nl"] = "Een nieuwe omschrijving.";
  std::string out = rewriteJson(text, doc);
  EXPECT_EQ(changedLines(text, out), 1);
  EXPECT_EQ(ordered_json::parse(out), doc);
}

TEST(JsonWriter, InlineStyleAndKeyOrderAreKept) {
  std::string text = "{\n  \"b\": {\"nl\": \"x\", \"en\": \"y\"},\n  \"a\": [1, 2]\n}\n";
  ordered_json doc = ordered_json::parse(text);
  doc["b"]["en"] = "z";
  doc["a"].push_back(3);
  EXPECT_EQ(rewriteJson(text, doc), "{\n  \"b\": {\"nl\": \"x\", \"en\": \"z\"},\n  \"a\": [1, 2, 3]\n}\n");
}

TEST(JsonWriter, NewItemsFollowTheLayoutAndItemsMatchById) {
  std::string text =
      "{\n  \"services\": [\n    {\n      \"id\": \"a\",\n      \"name\": \"A\"\n    },\n    {\n      \"id\": \"b\",\n"
      "      \"name\": \"B\"\n    }\n  ]\n}\n";
  ordered_json doc = ordered_json::parse(text);
  doc["services"].erase(0);  // removing the first must not rewrite the second
  doc["services"].push_back({{"id", "c"}, {"levensgebieden", {"geld"}}});
  EXPECT_EQ(rewriteJson(text, doc),
            "{\n  \"services\": [\n    {\n      \"id\": \"b\",\n      \"name\": \"B\"\n    },\n    {\n      \"id\": \"c\",\n"
            "      \"levensgebieden\": [\n        \"geld\"\n      ]\n    }\n  ]\n}\n");
}

TEST(JsonWriter, OneTrailingNewlineAndFreshFiles) {
  ordered_json doc = ordered_json::parse("{\"x\": 1}");
  EXPECT_EQ(rewriteJson("{\"x\": 1}", doc), "{\"x\": 1}\n");
  EXPECT_EQ(rewriteJson("{\"x\": 1}\n\n\n", doc), "{\"x\": 1}\n");
  EXPECT_EQ(writeJson(ordered_json{{"z", 1}, {"a", {{"b", true}}}}), "{\n  \"z\": 1,\n  \"a\": {\n    \"b\": true\n  }\n}\n");
  EXPECT_EQ(rewriteJson("not json", doc), "{\n  \"x\": 1\n}\n");
}

}  // namespace
}  // namespace ekw

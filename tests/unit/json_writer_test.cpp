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

// The first translated text ({"nl": "..."}) in a value, or null.
ordered_json* firstText(ordered_json& v) {
  if (v.is_object() && v.contains("nl") && v["nl"].is_string()) return &v;
  if (!v.is_structured()) return nullptr;
  for (auto& item : v)
    if (ordered_json* t = firstText(item)) return t;
  return nullptr;
}

// The studio, `ekw hsds import` and `ekw csv import` all write through this: every file, whatever its layout
// (inline objects in the manifest and trees, one member a line elsewhere), keeps its bytes, and an edit of one text
// changes one line.
TEST(JsonWriter, EveryHaarlemFileKeepsItsBytesAndAOneTextEditIsOneLine) {
  int files = 0, edited = 0;
  for (const auto& entry : fs::recursive_directory_iterator(EKW_SOURCE_DIR "/content/haarlem")) {
    if (entry.path().extension() != ".json") continue;
    std::string text = readText(entry.path());
    ordered_json doc = ordered_json::parse(text);
    const JsonRewriter layout(text);
    EXPECT_EQ(layout.write(doc), text) << entry.path();
    ++files;
    if (ordered_json* t = firstText(doc)) {
      (*t)["nl"] = (*t)["nl"].get<std::string>() + " (bewerkt)";
      std::string out = layout.write(doc);
      EXPECT_EQ(changedLines(text, out), 1) << entry.path();
      EXPECT_EQ(ordered_json::parse(out), doc) << entry.path();
      ++edited;
    }
  }
  EXPECT_GT(files, 30);
  EXPECT_GT(edited, 30);
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

TEST(JsonWriter, NewContainersGoOnOneLineWhereTheFileWritesThemSo) {
  std::string text = "{\n  \"nodes\": [\n    {\"id\": \"a\", \"text\": {\"nl\": \"A\"}}\n  ]\n}\n";
  ordered_json doc = ordered_json::parse(text);
  doc["nodes"].push_back({{"id", "b"}, {"text", {{"nl", "B"}, {"en", "B"}}}});
  doc["nodes"].push_back({{"id", "c"}, {"text", {{"nl", std::string(120, 'x')}}}});  // too long for one line
  EXPECT_EQ(rewriteJson(text, doc),
            "{\n  \"nodes\": [\n    {\"id\": \"a\", \"text\": {\"nl\": \"A\"}},\n"
            "    {\"id\": \"b\", \"text\": {\"nl\": \"B\", \"en\": \"B\"}},\n"
            "    {\n      \"id\": \"c\",\n      \"text\": {\n        \"nl\": \"" + std::string(120, 'x') +
                "\"\n      }\n    }\n  ]\n}\n");
}

// The studio names what it changed, so that writing a large file after a keystroke does not compare every value:
// the text must be the same as comparing everything.
TEST(JsonWriter, NamingTheChangesGivesTheSameText) {
  std::string text = readText(EKW_SOURCE_DIR "/content/haarlem/sociale-kaart/diensten.json");
  const JsonRewriter layout(text);
  ordered_json doc = ordered_json::parse(text);
  doc["services"][3]["description"]["nl"] = "Een nieuwe omschrijving.";
  std::vector<std::string> changed{"/services/3/description/nl"};
  EXPECT_EQ(layout.write(doc, &changed), layout.write(doc));
  EXPECT_EQ(changedLines(text, layout.write(doc, &changed)), 1);
  doc["services"][7]["lastVerified"] = "2026-12-01";  // a new member
  changed.push_back("/services/7/lastVerified");
  EXPECT_EQ(layout.write(doc, &changed), layout.write(doc));
  doc["services"].erase(1);  // items move: the array is named
  changed.push_back("/services");
  EXPECT_EQ(layout.write(doc, &changed), layout.write(doc));
  EXPECT_EQ(ordered_json::parse(layout.write(doc, &changed)), doc);
  const std::vector<std::string> none;
  EXPECT_EQ(layout.write(ordered_json::parse(text), &none), text);
}

TEST(JsonWriter, ReorderedItemsWithIdsKeepTheirText) {
  std::string text = "[\n  {\"id\": \"a\",  \"n\": 1},\n  {\"id\": \"b\",   \"n\": 2}\n]\n";
  ordered_json doc = ordered_json::parse(text);
  std::swap(doc[0], doc[1]);
  EXPECT_EQ(rewriteJson(text, doc), "[\n  {\"id\": \"b\",   \"n\": 2},\n  {\"id\": \"a\",  \"n\": 1}\n]\n");
}

}  // namespace
}  // namespace ekw

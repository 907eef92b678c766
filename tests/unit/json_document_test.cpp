#include "core/json/json_document.h"

#include <gtest/gtest.h>

#include <cmath>

namespace ekw {
namespace {

JsonError parseError(std::string_view text, JsonLimits limits = {}) {
  JsonDocument doc;
  JsonError error;
  EXPECT_FALSE(parseJsonDocument(text, doc, error, limits)) << text;
  return error;
}

TEST(JsonDocument, RemembersWhereEveryValueStands) {
  JsonDocument doc;
  JsonError error;
  ASSERT_TRUE(parseJsonDocument("{\n  \"nodes\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\"}\n  ]\n}", doc, error));
  EXPECT_EQ(doc.value["nodes"][1]["id"], "b");
  EXPECT_EQ(doc.positionOf("/nodes/1").line, 4);
  EXPECT_EQ(doc.positionOf("/nodes/1").column, 5);
  EXPECT_EQ(doc.positionOf("/nodes/1/id").column, 6);  // a member points at its key
  EXPECT_EQ(doc.positionOf("/nodes/1/missing").line, 4);  // nearest ancestor
}

TEST(JsonDocument, ColumnsCountCharactersNotBytes) {
  JsonDocument doc;
  JsonError error;
  ASSERT_TRUE(parseJsonDocument("{\"tekst\": \"één\", \"x\": 1}", doc, error));
  EXPECT_EQ(doc.positionOf("/x").column, 18);
}

TEST(JsonDocument, EscapesPointerTokens) {
  JsonDocument doc;
  JsonError error;
  ASSERT_TRUE(parseJsonDocument("{\"a/b\": {\"c~d\": 1}}", doc, error));
  EXPECT_TRUE(doc.positions.count("/a~1b/c~0d"));
}

TEST(JsonDocument, ReportsSyntaxErrorsWithLineAndColumn) {
  JsonError e = parseError("{\n  \"a\": 1\n  \"b\": 2\n}");
  EXPECT_EQ(e.pos.line, 3);
  EXPECT_EQ(e.pos.column, 3);
  EXPECT_EQ(e.message, "expected ',' or '}' after a member, found '\"'");
  EXPECT_EQ(parseError("[1, 2,]").message, "a comma before ']' is not allowed in JSON");
  EXPECT_EQ(parseError("{\"a\": [1, 2").message, "the file ends inside a list (a closing ']' is missing)");
  EXPECT_EQ(parseError("").message, "the file is empty: expected a JSON value");
  EXPECT_EQ(parseError("{'a': 1}").message, "unexpected \"'\": member names and strings need double quotes in JSON");
}

TEST(JsonDocument, RefusesInvalidUtf8AndNulBytes) {
  EXPECT_EQ(parseError("{\"a\": \"\xC3\x28\"}").message, "invalid UTF-8 in a string (save the file as UTF-8)");
  EXPECT_EQ(parseError("{\"a\": \"\xED\xA0\x80\"}").message, "invalid UTF-8 in a string (save the file as UTF-8)");
  EXPECT_EQ(parseError(std::string_view("{\"a\": 1}\0", 9)).message, "a NUL byte is not allowed in a content file");
  EXPECT_EQ(parseError("{\"a\": \"\\u0000\"}").message, "a NUL character (\\u0000) is not allowed in content text");
}

TEST(JsonDocument, LimitsDepthAndSizeWithoutCrashing) {
  std::string deep(200000, '[');
  EXPECT_EQ(parseError(deep).message, "nesting is deeper than 128 levels");
  JsonLimits small;
  small.maxBytes = 10;
  EXPECT_EQ(parseError("[1,2,3,4,5,6,7,8]", small).pos.line, 0);
}

TEST(JsonDocument, ReportsDuplicateKeysWithoutFailing) {
  JsonDocument doc;
  JsonError error;
  ASSERT_TRUE(parseJsonDocument("{\"id\": 1,\n \"id\": 2}", doc, error));
  ASSERT_EQ(doc.duplicateKeys.size(), 1u);
  EXPECT_EQ(doc.duplicateKeys[0].pointer, "/id");
  EXPECT_EQ(doc.duplicateKeys[0].pos.line, 2);
}

TEST(JsonDocument, KeepsIntegersAndDecodesEscapes) {
  JsonDocument doc;
  JsonError error;
  ASSERT_TRUE(parseJsonDocument("[12, -3.5, 1e3, \"caf\\u00e9 \\ud83d\\ude00\"]", doc, error));
  EXPECT_TRUE(doc.value[0].is_number_integer());
  EXPECT_DOUBLE_EQ(doc.value[1].get<double>(), -3.5);
  EXPECT_EQ(doc.value[3], "café 😀");
}

}  // namespace
}  // namespace ekw

namespace ekw {
namespace {

TEST(JsonDocument, NumbersBeyondTheDoubleRangeAreAnErrorNotInfinity) {
  JsonError e = parseError("{\"max\": 1e400}");
  EXPECT_EQ(e.message, "the number 1e400 is too large (numbers go up to about 1.8e308)");
  EXPECT_EQ(e.pos.column, 9);  // at the number, not after it
  EXPECT_EQ(parseError("[-2e999]").message, "the number -2e999 is too large (numbers go up to about 1.8e308)");
  JsonDocument doc;
  JsonError error;
  ASSERT_TRUE(parseJsonDocument("[1e-400, 1.7e308, 123456789012345678901234567890]", doc, error));
  EXPECT_EQ(doc.value[0], 0.0);  // too small to tell from zero: zero
  EXPECT_FALSE(std::isinf(doc.value[1].get<double>()));
  EXPECT_DOUBLE_EQ(doc.value[2].get<double>(), 1.2345678901234568e29);
}

TEST(JsonDocument, SaysWhatWasExpectedThenWhatWasFound) {
  EXPECT_EQ(parseError("[a]").message, "expected a value, found 'a'");
  EXPECT_EQ(parseError("{\"a\": \x01}").message, "expected a value, found a control character");
  EXPECT_EQ(parseError("{1: 2}").message, "expected a member name in double quotes, found '1'");
  for (const char* text : {"[a]", "{\"a\": \x01}", "{1: 2}", "[\xc3\xa9]", "{\"a\":"}) {
    std::string m = parseError(text).message;
    EXPECT_EQ(m.find("unexpected a"), std::string::npos) << m;
  }
}

}  // namespace
}  // namespace ekw

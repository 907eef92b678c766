// The structural check against content/schema/*.schema.json: the embedded copies, every kind of diagnostic
// with its exact place and wording, and the formats.
#include "core/content/schema_check.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/content/embedded_schemas.h"
#include "core/json/json_document.h"

namespace ekw {
namespace {

// One diagnostic as the tests spell it out: line, column, pointer, code, message.
struct Expected {
  int line;
  int column;
  std::string pointer;
  std::string code;
  std::string message;
};

std::string show(const Expected& e) {
  return std::to_string(e.line) + ":" + std::to_string(e.column) + " " + e.pointer + " [" + e.code + "] " + e.message;
}

std::vector<std::string> shown(const std::vector<Expected>& list) {
  std::vector<std::string> out;
  for (const auto& e : list) out.push_back(show(e));
  return out;
}

std::vector<std::string> shown(const Diagnostics& diagnostics, const std::string& file) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics.items()) {
    EXPECT_EQ(d.file, file);
    EXPECT_EQ(d.severity, Severity::Error);
    out.push_back(show({d.pos.line, d.pos.column, d.pointer, d.code, d.message}));
  }
  return out;
}

Diagnostics checkWith(const SchemaSet& set, std::string_view text, std::string_view schema) {
  JsonDocument doc;
  JsonError error;
  EXPECT_TRUE(parseJsonDocument(text, doc, error))
      << error.message << " at " << error.pos.line << ":" << error.pos.column;
  Diagnostics out;
  set.check(doc, schema, "trees/geld.json", out);
  return out;
}

Diagnostics check(std::string_view text, std::string_view schema) {
  return checkWith(SchemaSet::builtin(), text, schema);
}

void expectDiagnostics(const Diagnostics& got, const std::vector<Expected>& expected) {
  EXPECT_EQ(shown(got, "trees/geld.json"), shown(expected));
}

// A schema set of one file "t.schema.json" holding `schema`, next to the real common.schema.json.
SchemaSet customSet(std::string_view schema) {
  std::vector<std::pair<std::string_view, std::string_view>> files{{"t.schema.json", schema}};
  for (const auto& [name, text] : embeddedSchemas())
    if (name == "common.schema.json") files.emplace_back(name, text);
  return SchemaSet(files);
}

// The message of the one diagnostic a string gets against {"type": "string", "format": FORMAT}, or "" if valid.
std::string formatProblem(const std::string& format, const std::string& value) {
  std::string schema = R"({"type": "string", "format": ")";
  schema += format;
  schema += "\"}";
  SchemaSet set = customSet(schema);
  EXPECT_EQ(set.schemaProblems().items().size(), 0u);
  Diagnostics out = checkWith(set, nlohmann::json(value).dump(), "t.schema.json");
  if (out.items().empty()) return "";
  EXPECT_EQ(out.items().size(), 1u);
  EXPECT_EQ(out.items()[0].code, "invalid-value");
  return out.items()[0].message;
}

// ---------------------------------------------------------------------------------------------------------
// The embedded schemas
// ---------------------------------------------------------------------------------------------------------

TEST(EmbeddedSchemas, AreByteForByteTheFilesInContentSchema) {
  namespace fs = std::filesystem;
  std::vector<std::string> onDisk;
  for (const auto& entry : fs::directory_iterator(fs::path(EKW_SOURCE_DIR) / "content" / "schema")) {
    std::string name = entry.path().filename().string();
    if (name.size() > 12 && name.substr(name.size() - 12) == ".schema.json") onDisk.push_back(name);
  }
  std::sort(onDisk.begin(), onDisk.end());
  std::vector<std::string> embedded;
  for (const auto& [name, text] : embeddedSchemas()) {
    embedded.emplace_back(name);
    std::ifstream in(fs::path(EKW_SOURCE_DIR) / "content" / "schema" / std::string(name), std::ios::binary);
    std::stringstream file;
    file << in.rdbuf();
    // Carriage returns are dropped on the way (CMake's file(READ) does); in JSON they are only whitespace.
    std::string bytes = file.str();
    bytes.erase(std::remove(bytes.begin(), bytes.end(), '\r'), bytes.end());
    EXPECT_EQ(bytes, std::string(text)) << name << " differs from its embedded copy (rebuild?)";
  }
  EXPECT_EQ(embedded, onDisk);
  EXPECT_GE(embedded.size(), 9u);
}

TEST(EmbeddedSchemas, EveryOneParsesAndEveryRefResolves) {
  const SchemaSet& set = SchemaSet::builtin();
  for (const Diagnostic& d : set.schemaProblems().items()) ADD_FAILURE() << formatDiagnostic(d);
  for (const char* name : {"advice.schema.json", "buuv.schema.json", "common.schema.json", "form.schema.json",
                           "levensgebieden.schema.json", "manifest.schema.json", "sociale-kaart.schema.json",
                           "texts.schema.json", "tree.schema.json"})
    EXPECT_TRUE(set.has(name)) << name;
  EXPECT_EQ(set.names().size(), embeddedSchemas().size());

  // Independently of the checker: every "$ref" in every file names a file that is embedded and a $defs entry
  // that exists in it.
  std::map<std::string, nlohmann::json> parsed;
  for (const auto& [name, text] : embeddedSchemas()) parsed[std::string(name)] = nlohmann::json::parse(text);
  std::size_t refs = 0;
  std::function<void(const std::string&, const nlohmann::json&)> walk = [&](const std::string& file,
                                                                            const nlohmann::json& v) {
    if (v.is_object()) {
      for (const auto& [key, member] : v.items()) {
        if (key == "$ref" && member.is_string()) {
          ++refs;
          std::string ref = member.get<std::string>();
          std::size_t hash = ref.find('#');
          std::string target = hash == 0 ? file : ref.substr(0, hash);
          ASSERT_TRUE(parsed.count(target)) << file << ": " << ref;
          ASSERT_NE(hash, std::string::npos) << file << ": " << ref;
          EXPECT_TRUE(parsed[target].contains(nlohmann::json::json_pointer(ref.substr(hash + 1))))
              << file << ": " << ref;
        } else {
          walk(file, member);
        }
      }
    } else if (v.is_array()) {
      for (const auto& item : v) walk(file, item);
    }
  };
  for (const auto& [name, value] : parsed) walk(name, value);
  EXPECT_GT(refs, 50u);
}

// ---------------------------------------------------------------------------------------------------------
// Valid minimal files pass
// ---------------------------------------------------------------------------------------------------------

TEST(SchemaCheck, MinimalTreePasses) {
  auto out = check(R"({
  "$schema": "../schema/tree.schema.json",
  "id": "geld",
  "levensgebied": "geld",
  "start": "q1",
  "nodes": [
    {"id": "q1", "type": "single", "text": {"nl": "Heeft u schulden?", "en": "Do you have debts?"},
     "options": [{"id": "ja", "label": "Ja", "next": "uit", "facts": {"schulden": true}},
                 {"id": "nee", "label": "Nee"}],
     "next": [{"when": {"==": [{"var": "answers.q1"}, "ja"]}, "goto": "uit"}, {"goto": "uit"}]},
    {"id": "uit", "type": "outcome", "text": "Klaar", "level": 3, "advice": ["geld-1"],
     "sources": ["004_00af76f989d3dde3.txt:6249-6260", "notes.md:7"]}
  ]
})",
                   "tree.schema.json");
  expectDiagnostics(out, {});
}

TEST(SchemaCheck, MinimalAdvicePasses) {
  auto out = check(R"({"advice": [{"id": "geld-1", "levensgebied": "geld", "rung": 0, "title": "Bel 112",
    "text": "Bij gevaar: bel 112.", "when": true, "serviceFilter": {"rung": 4, "level": "algemeen"},
    "sources": ["004.txt:1"]}]})",
                   "advice.schema.json");
  expectDiagnostics(out, {});
}

TEST(SchemaCheck, MinimalManifestPasses) {
  auto out = check(R"({"format": "ekw-content/1", "id": "haarlem", "name": "Haarlem", "version": "2025.1",
    "languages": ["nl", "en"], "levensgebieden": "levensgebieden.json", "trees": [], "advice": []})",
                   "manifest.schema.json");
  expectDiagnostics(out, {});
}

TEST(SchemaCheck, OtherMinimalFilesPass) {
  expectDiagnostics(check(R"({"id": "wmo", "kind": "melding", "name": "Melding", "sources": ["a.txt:1-1"],
    "sections": [{"id": "s", "title": "U", "fields": [{"id": "naam", "type": "text", "label": "Naam",
    "prefill": "person.naam.voornamen"}, {"id": "x", "type": "number", "label": "X", "prefill": {"logic": 1}}]}]})",
                          "form.schema.json"),
                    {});
  expectDiagnostics(check(R"({"organizations": [{"id": "buuv", "name": "BUUV", "website": "https://www.buuv.nl/haarlem",
    "email": "info@buuv.nl", "lastVerified": "2024-02-29"}], "services": [{"id": "s", "organization": "buuv",
    "name": "Hulp", "levensgebieden": ["geld"], "rung": 3, "level": "algemeen", "indicatie": false}]})",
                          "sociale-kaart.schema.json"),
                    {});
  expectDiagnostics(check(R"({"texts": {"button.next": "Verder", "button.back": {"nl": "Terug", "en": "Back"}}})",
                          "texts.schema.json"),
                    {});
  expectDiagnostics(check(R"({"levensgebieden": [{"id": "geld", "name": "Geld", "tree": "geld",
    "keywords": {"nl": ["schuld"]}}]})",
                          "levensgebieden.schema.json"),
                    {});
  expectDiagnostics(check(R"({"templates": [{"id": "t", "kinds": ["vraag"], "title": "Boodschappen",
    "levensgebieden": ["geld"], "sources": []}]})",
                          "buuv.schema.json"),
                    {});
}

// ---------------------------------------------------------------------------------------------------------
// Each kind of problem, with its place
// ---------------------------------------------------------------------------------------------------------

TEST(SchemaCheck, WrongType) {
  auto out = check(R"({
  "$schema": true,
  "id": 7,
  "levensgebied": "geld",
  "start": null,
  "nodes": {}
})",
                   "tree.schema.json");
  expectDiagnostics(out, {
                             {2, 3, "/$schema", "wrong-type", "expected a string, found true"},
                             {3, 3, "/id", "wrong-type", "expected a string, found a number"},
                             {5, 3, "/start", "wrong-type", "expected a string, found null"},
                             {6, 3, "/nodes", "wrong-type", "expected a list, found an object"},
                         });
}

TEST(SchemaCheck, WrongTypeNamesEveryBranchOfOneOf) {
  auto out = check(R"({"id": "geld", "levensgebied": "geld", "start": "q1", "nodes": [
{"id": "q1", "type": "yesno", "text": 12, "next": {"goto": "q2"}},
{"id": "q2", "type": "outcome", "text": ["Klaar"], "level": 2.5}
]})",
                   "tree.schema.json");
  expectDiagnostics(out, {
                             {2, 31, "/nodes/0/text", "wrong-type", "expected a string or an object, found a number"},
                             {2, 43, "/nodes/0/next", "wrong-type", "expected a string or a list, found an object"},
                             {3, 33, "/nodes/1/text", "wrong-type", "expected a string or an object, found a list"},
                             {3, 52, "/nodes/1/level", "wrong-type", "expected a whole number, found 2.5"},
                         });
}

TEST(SchemaCheck, UnknownFieldWithAndWithoutSuggestion) {
  auto out = check(R"({"id": "geld", "levensgebied": "geld", "start": "q1", "nodes": [
  {"id": "q1", "tpye": "yesno", "text": "Vraag?", "colour": "red", "Next": "q1"}
], "nmae": "x"})",
                   "tree.schema.json");
  expectDiagnostics(out,
                    {
                        {2, 3, "/nodes/0", "missing-field", "missing required field \"type\""},
                        {2, 16, "/nodes/0/tpye", "unknown-field", "unknown field \"tpye\" (did you mean \"type\"?)"},
                        {2, 51, "/nodes/0/colour", "unknown-field", "unknown field \"colour\""},
                        {2, 68, "/nodes/0/Next", "unknown-field", "unknown field \"Next\" (did you mean \"next\"?)"},
                        {3, 4, "/nmae", "unknown-field", "unknown field \"nmae\""},
                    });
}

TEST(SchemaCheck, SuggestionOnlyAmongFieldsNotYetPresent) {
  // "nmae" is two edits from "name", but "name" is there already, so suggesting it would mislead.
  auto withName = check(R"({"levensgebieden": [{"id": "g", "name": "G", "tree": "g", "nmae": "x"}]})",
                        "levensgebieden.schema.json");
  expectDiagnostics(withName, {{1, 59, "/levensgebieden/0/nmae", "unknown-field", "unknown field \"nmae\""}});
  auto withoutName =
      check(R"({"levensgebieden": [{"id": "g", "nmae": "G", "tree": "g"}]})", "levensgebieden.schema.json");
  expectDiagnostics(withoutName, {{1, 21, "/levensgebieden/0", "missing-field", "missing required field \"name\""},
                                  {1, 33, "/levensgebieden/0/nmae", "unknown-field",
                                   "unknown field \"nmae\" (did you mean \"name\"?)"}});
}

TEST(SchemaCheck, MissingFields) {
  auto out = check(R"({
  "id": "geld",
  "nodes": [
    {"id": "q1"}
  ]
})",
                   "tree.schema.json");
  expectDiagnostics(out, {
                             {1, 1, "", "missing-field", "missing required field \"levensgebied\""},
                             {1, 1, "", "missing-field", "missing required field \"start\""},
                             {4, 5, "/nodes/0", "missing-field", "missing required field \"type\""},
                             {4, 5, "/nodes/0", "missing-field", "missing required field \"text\""},
                         });
}

TEST(SchemaCheck, TextObjectIsCheckedAsAnObject) {
  // The text's oneOf has one object branch: its problems are reported directly, not as "matches no branch".
  auto out = check(R"({"id": "g", "levensgebied": "g", "start": "q", "nodes": [
{"id": "q", "type": "outcome", "level": 1,
 "text": {"en": "Done", "FR": "Fini", "de": 3},
 "hint": {"nl": ""}}]})",
                   "tree.schema.json");
  expectDiagnostics(out, {
                             {3, 2, "/nodes/0/text", "missing-field", "missing required field \"nl\""},
                             {3, 25, "/nodes/0/text/FR", "invalid-value",
                              "\"FR\" is not a valid language code (use two or three lower-case letters, e.g. \"nl\")"},
                             {3, 39, "/nodes/0/text/de", "wrong-type", "expected a string, found a number"},
                             {4, 11, "/nodes/0/hint/nl", "invalid-value", "must not be empty"},
                         });
}

TEST(SchemaCheck, EnumWithSuggestion) {
  auto out = check(R"({"id": "g", "levensgebied": "g", "start": "q", "nodes": [
{"id": "q", "type": "singel", "text": "Vraag?"},
{"id": "r", "type": "dropdown", "text": "Vraag?"},
{"id": "s", "type": 3, "text": "Vraag?"},
{"id": "t", "type": ["single"], "text": "Vraag?"}]})",
                   "tree.schema.json");
  const std::string list = "single, multiple, yesno, number, date, postcode, text, email, outcome";
  expectDiagnostics(out, {
                             {2, 13, "/nodes/0/type", "invalid-value",
                              "\"singel\" is not one of: " + list + " (did you mean \"single\"?)"},
                             {3, 13, "/nodes/1/type", "invalid-value", "\"dropdown\" is not one of: " + list},
                             {4, 13, "/nodes/2/type", "invalid-value", "3 is not one of: " + list},
                             {5, 13, "/nodes/3/type", "invalid-value", "expected one of: " + list + ", found a list"},
                         });
}

TEST(SchemaCheck, Const) {
  auto out = check(R"({"format": "ekw-content/2", "id": "h", "name": "H", "version": "1", "languages": ["nl"],
    "levensgebieden": "l.json", "trees": [], "advice": []})",
                   "manifest.schema.json");
  expectDiagnostics(out, {{1, 2, "/format", "invalid-value", "must be \"ekw-content/1\", not \"ekw-content/2\""}});
}

TEST(SchemaCheck, MinimumAndMaximum) {
  auto out = check(R"({"advice": [
{"id": "a", "levensgebied": "g", "rung": -1, "title": "T", "text": "T", "sources": []},
{"id": "b", "levensgebied": "g", "rung": 8, "title": "T", "text": "T", "sources": []}]})",
                   "advice.schema.json");
  expectDiagnostics(out, {
                             {2, 34, "/advice/0/rung", "invalid-value", "-1 is less than the minimum 0"},
                             {3, 34, "/advice/1/rung", "invalid-value", "8 is more than the maximum 7"},
                         });
  SchemaSet set = customSet(R"({"type": "number", "minimum": 0.5, "maximum": 5})");
  expectDiagnostics(checkWith(set, "5.5", "t.schema.json"),
                    {{1, 1, "", "invalid-value", "5.5 is more than the maximum 5"}});
  expectDiagnostics(checkWith(set, "0", "t.schema.json"),
                    {{1, 1, "", "invalid-value", "0 is less than the minimum 0.5"}});
  expectDiagnostics(checkWith(set, "5", "t.schema.json"), {});
}

TEST(SchemaCheck, WholeNumbersMayBeWrittenWithAZeroFraction) {
  auto out = check(R"({"id": "g", "levensgebied": "g", "start": "q", "nodes": [
{"id": "q", "type": "outcome", "text": "T", "level": 3.0}]})",
                   "tree.schema.json");
  expectDiagnostics(out, {});
}

TEST(SchemaCheck, EmptyListsAndStrings) {
  auto out = check(R"({"id": "g", "levensgebied": "g", "start": "q", "nodes": []})", "tree.schema.json");
  expectDiagnostics(out, {{1, 48, "/nodes", "invalid-value", "must not be empty"}});
  auto text = check(R"({"texts": {"a": ""}})", "texts.schema.json");
  expectDiagnostics(text, {{1, 12, "/texts/a", "invalid-value", "must not be empty"}});
}

TEST(SchemaCheck, FormatsInContent) {
  auto out = check(R"({"id": "g", "levensgebied": "g", "start": "Q 1", "nodes": [
{"id": "q", "type": "outcome", "text": "T", "level": 3, "facts": {"Bad Name": 1, "ok": 2},
 "sources": ["004.txt:9-3", "004.txt:3-9"]}]})",
                   "tree.schema.json");
  expectDiagnostics(out, {
                             {1, 34, "/start", "invalid-value",
                              "\"Q 1\" is not a valid id (use lower-case letters, digits, '-' and '_')"},
                             {2, 67, "/nodes/0/facts/Bad Name", "invalid-value",
                              "\"Bad Name\" is not a valid id (use lower-case letters, digits, '-' and '_')"},
                             {3, 14, "/nodes/0/sources/0", "invalid-value",
                              "\"004.txt:9-3\" is not a valid source (FILE:LINE or FILE:START-END)"},
                         });
  auto kaart = check(R"({"organizations": [{"id": "o", "name": "O", "lastVerified": "2025-02-30",
 "email": "info at buuv.nl", "website": "www.buuv.nl"}]})",
                     "sociale-kaart.schema.json");
  expectDiagnostics(kaart, {
                               {1, 45, "/organizations/0/lastVerified", "invalid-value",
                                "\"2025-02-30\" is not a real date (YYYY-MM-DD)"},
                               {2, 2, "/organizations/0/email", "invalid-value",
                                "\"info at buuv.nl\" is not a valid e-mail address (name@example.nl)"},
                               {2, 30, "/organizations/0/website", "invalid-value",
                                "\"www.buuv.nl\" is not a valid web address (it must start with https:// or http://)"},
                           });
  auto form = check(R"({"id": "f", "kind": "melding", "name": "F", "sources": [], "sections": [{"id": "s", "title": "S",
 "fields": [{"id": "a", "type": "text", "label": "A", "prefill": "answer.q1"}]}]})",
                    "form.schema.json");
  expectDiagnostics(form, {{2, 55, "/sections/0/fields/0/prefill", "invalid-value",
                            "\"answer.q1\" is not a valid path (answers.ID, facts.ID, person.NAME, context.NAME, "
                            "profile.ID, summary or summary.ID)"}});
}

TEST(SchemaCheck, OneProblemPerValueButEveryValue) {
  // The level is both of the wrong type and (as a number) out of range; only the type is reported. Every
  // other broken value is reported, in document order.
  auto out = check(R"({"id": "G", "levensgebied": "g", "start": "q", "nodes": [
{"id": "q", "type": "outcome", "text": "T", "level": "9"},
{"id": "r", "type": "outcome", "text": "T", "level": 9},
{"id": "s", "type": "outcome", "text": "T", "level": 1, "advice": ["ok", "NOT OK", 3]}]})",
                   "tree.schema.json");
  expectDiagnostics(
      out, {
               {1, 2, "/id", "invalid-value", "\"G\" is not a valid id (use lower-case letters, digits, '-' and '_')"},
               {2, 45, "/nodes/0/level", "wrong-type", "expected a whole number, found a string"},
               {3, 45, "/nodes/1/level", "invalid-value", "9 is more than the maximum 5"},
               {4, 74, "/nodes/2/advice/1", "invalid-value",
                "\"NOT OK\" is not a valid id (use lower-case letters, digits, '-' and '_')"},
               {4, 84, "/nodes/2/advice/2", "wrong-type", "expected a string, found a number"},
           });
}

TEST(SchemaCheck, UnknownSchemaName) {
  Diagnostics out = check("{}", "nope.schema.json");
  expectDiagnostics(out, {{0, 0, "", "unknown-schema", "there is no schema \"nope.schema.json\""}});
}

// ---------------------------------------------------------------------------------------------------------
// Formats one by one
// ---------------------------------------------------------------------------------------------------------

TEST(SchemaFormats, Id) {
  EXPECT_EQ(formatProblem("ekw-id", "geld-schulden_2"), "");
  EXPECT_EQ(formatProblem("ekw-id", "0"), "");
  EXPECT_EQ(formatProblem("ekw-id", std::string(64, 'a')), "");
  EXPECT_EQ(formatProblem("ekw-id", ""), "must not be empty");
  EXPECT_EQ(formatProblem("ekw-id", "Geld"),
            "\"Geld\" is not a valid id (use lower-case letters, digits, '-' and '_')");
  EXPECT_EQ(formatProblem("ekw-id", "geld.x"),
            "\"geld.x\" is not a valid id (use lower-case letters, digits, '-' and '_')");
  EXPECT_EQ(formatProblem("ekw-id", "-geld"),
            "\"-geld\" is not a valid id (it must start with a lower-case letter or a digit)");
  // Long values are shortened in messages. (Built with append: GCC 12 warns falsely on string + string here.)
  std::string shortened(1, '"');
  shortened.append(57, 'a').append("...\"");
  EXPECT_EQ(formatProblem("ekw-id", std::string(65, 'a')),
            shortened + " is not a valid id (at most 64 characters; this one has 65)");
}

TEST(SchemaFormats, Language) {
  EXPECT_EQ(formatProblem("language", "nl"), "");
  EXPECT_EQ(formatProblem("language", "pap"), "");
  for (const char* bad : {"n", "NL", "nl-BE", "nlde", "n1", ""})
    EXPECT_EQ(formatProblem("language", bad),
              nlohmann::json(bad).dump() +
                  " is not a valid language code (use two or three lower-case letters, e.g. \"nl\")");
}

TEST(SchemaFormats, Date) {
  for (const char* good : {"2025-03-31", "2024-02-29", "2000-02-29", "1999-12-01"})
    EXPECT_EQ(formatProblem("date", good), "") << good;
  for (const char* unreal : {"2025-02-29", "2100-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00"})
    EXPECT_EQ(formatProblem("date", unreal), nlohmann::json(unreal).dump() + " is not a real date (YYYY-MM-DD)");
  for (const char* shape : {"31-03-2025", "2025-3-31", "2025/03/31", "2025-03-31T00:00", ""})
    EXPECT_EQ(formatProblem("date", shape),
              nlohmann::json(shape).dump() + " is not a valid date (use YYYY-MM-DD, e.g. \"2025-03-31\")");
}

TEST(SchemaFormats, Email) {
  for (const char* good : {"info@buuv.nl", "a.b+c@sub.haarlem.nl", "x@é.nl"})
    EXPECT_EQ(formatProblem("email", good), "") << good;
  for (const char* bad :
       {"info", "@buuv.nl", "info@buuv", "info@.nl", "info@buuv.n", "a b@buuv.nl", "a@b@buuv.nl", "info@buuv..nl"})
    EXPECT_EQ(formatProblem("email", bad),
              nlohmann::json(bad).dump() + " is not a valid e-mail address (name@example.nl)")
        << bad;
}

TEST(SchemaFormats, WebAddress) {
  for (const char* good :
       {"https://www.haarlem.nl", "http://buuv.nl/haarlem?x=1#top", "HTTPS://Haarlem.nl:8080/", "https://localhost",
        "https://www.haarlem.nl/zorg%20en%20welzijn"})
    EXPECT_EQ(formatProblem("ekw-web-address", good), "") << good;
  EXPECT_EQ(formatProblem("ekw-web-address", "www.haarlem.nl"),
            "\"www.haarlem.nl\" is not a valid web address (it must start with https:// or http://)");
  EXPECT_EQ(formatProblem("ekw-web-address", "ftp://haarlem.nl"),
            "\"ftp://haarlem.nl\" is not a valid web address (it must start with https:// or http://)");
  EXPECT_EQ(formatProblem("ekw-web-address", "https://"),
            "\"https://\" is not a valid web address (a host name such as www.haarlem.nl must follow https://)");
  EXPECT_EQ(formatProblem("ekw-web-address", "https:///pad"),
            "\"https:///pad\" is not a valid web address (a host name such as www.haarlem.nl must follow https://)");
  EXPECT_EQ(formatProblem("ekw-web-address", "https://www.haarlem .nl"),
            "\"https://www.haarlem .nl\" is not a valid web address (it must not contain spaces)");
}

// RFC 3986: what a content URL must never hold, each named so the editor can find it.
TEST(SchemaFormats, UriByRfc3986) {
  for (const char* good : {"https://www.haarlem.nl/a?b=c#d", "mailto:info@buuv.nl", "urn:isbn:0451450523",
                           "tel:+31-23-511-5115", "http://[2001:db8::7]/x", "https://a.nl/%E2%82%AC"})
    EXPECT_EQ(formatProblem("uri", good), "") << good;
  EXPECT_EQ(formatProblem("uri", "https://haarlem.nl/a\"b"),
            "\"https://haarlem.nl/a\\\"b\" is not a valid URI (it contains a double quote in the path)");
  EXPECT_EQ(formatProblem("uri", "https://haarlem.nl/<script>"),
            "\"https://haarlem.nl/<script>\" is not a valid URI (it contains an angle bracket in the path)");
  EXPECT_EQ(formatProblem("uri", "https://haarlem.nl/100%"),
            "\"https://haarlem.nl/100%\" is not a valid URI (it has a '%' in the path that is not followed by two hex "
            "digits (write %25 for '%'))");
  EXPECT_EQ(formatProblem("uri", "https://haarlem.nl/a%zzb"),
            "\"https://haarlem.nl/a%zzb\" is not a valid URI (it has a '%' in the path that is not followed by two hex "
            "digits (write %25 for '%'))");
  // U+202E RIGHT-TO-LEFT OVERRIDE makes "https://haarlem.nl/\u202Egnp.exe" show as an innocent picture name.
  EXPECT_EQ(formatProblem("uri", "https://haarlem.nl/\xE2\x80\xAEgnp.exe"),
            "\"https://haarlem.nl/\u202egnp.exe\" is not a valid URI (it contains the bidirectional control character "
            "U+202E (write it percent-encoded) in the path)");
  EXPECT_EQ(formatProblem("uri", "//haarlem.nl"), "\"//haarlem.nl\" is not a valid URI (it does not start with a scheme such as https:)");
  EXPECT_EQ(formatProblem("ekw-web-address", "https://haarlem.nl/\xE2\x80\xAE"),
            "\"https://haarlem.nl/\u202e\" is not a valid web address (it contains the bidirectional control character "
            "U+202E (write it percent-encoded) in the path)");
}

TEST(SchemaFormats, Source) {
  for (const char* good : {"004_00af76f989d3dde3.txt:6249-6260", "a.txt:1", "a.txt:7-7", "notes.md:12"})
    EXPECT_EQ(formatProblem("ekw-source", good), "") << good;
  for (const char* bad : {"a.txt", "a.txt:", ":5", "a.txt:0", "a.txt:9-3", "a.txt:3-", "a.txt:-3", "a.txt:x",
                          "seeds/a.txt:3", "a.txt:1-2-3", "a.txt:1234567890"})
    EXPECT_EQ(formatProblem("ekw-source", bad),
              nlohmann::json(bad).dump() + " is not a valid source (FILE:LINE or FILE:START-END)")
        << bad;
}

TEST(SchemaFormats, Path) {
  for (const char* good : {"answers.geld-1", "facts.schulden", "person.burgerservicenummer", "person.naam.voornamen",
                           "context.forSomeoneElse", "profile.geld", "summary", "summary.geld"})
    EXPECT_EQ(formatProblem("ekw-path", good), "") << good;
  for (const char* bad : {"answers", "answers.", "answers.Geld", "answer.x", "person.", "person.naam.", "person..naam",
                          "context.a.b", "summary.", "profile.a.b", "x", ""})
    EXPECT_EQ(formatProblem("ekw-path", bad),
              nlohmann::json(bad).dump() +
                  " is not a valid path (answers.ID, facts.ID, person.NAME, context.NAME, "
                  "profile.ID, summary or summary.ID)")
        << bad;
}

// ---------------------------------------------------------------------------------------------------------
// Keywords the real schemas do not (yet) combine this way
// ---------------------------------------------------------------------------------------------------------

TEST(SchemaKeywords, LengthsAndItemCounts) {
  SchemaSet set = customSet(R"({"type": "object", "properties": {
    "code": {"type": "string", "minLength": 2, "maxLength": 4},
    "list": {"type": "array", "minItems": 2, "items": {"type": "integer"}}}})");
  EXPECT_EQ(set.schemaProblems().items().size(), 0u);
  expectDiagnostics(checkWith(set, R"({"code": "a", "list": [1]})", "t.schema.json"),
                    {{1, 2, "/code", "invalid-value", "\"a\" is too short: at least 2 characters are needed"},
                     {1, 15, "/list", "invalid-value", "has 1 items; at least 2 are needed"}});
  // Lengths count characters, not bytes.
  expectDiagnostics(checkWith(set, R"({"code": "éééé", "list": [1, 2]})", "t.schema.json"), {});
  expectDiagnostics(checkWith(set, R"({"code": "ééééé", "list": [1, 2, 3.5]})", "t.schema.json"),
                    {{1, 2, "/code", "invalid-value", "is too long: 5 characters, at most 4 are allowed"},
                     {1, 34, "/list/2", "wrong-type", "expected a whole number, found 3.5"}});
}

TEST(SchemaKeywords, TypeLists) {
  SchemaSet set = customSet(R"({"type": ["string", "integer", "null"]})");
  expectDiagnostics(checkWith(set, "null", "t.schema.json"), {});
  expectDiagnostics(checkWith(set, "[]", "t.schema.json"),
                    {{1, 1, "", "wrong-type", "expected a string, a whole number or null, found a list"}});
  expectDiagnostics(checkWith(set, "false", "t.schema.json"),
                    {{1, 1, "", "wrong-type", "expected a string, a whole number or null, found false"}});
}

TEST(SchemaKeywords, OneOfWithBranchesOfTheSameType) {
  SchemaSet set = customSet(R"({"oneOf": [
    {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"], "additionalProperties": false},
    {"type": "object", "properties": {"b": {"type": "string"}, "c": {"type": "string"}}, "required": ["b", "c"]}]})");
  EXPECT_EQ(set.schemaProblems().items().size(), 0u);
  expectDiagnostics(checkWith(set, R"({"a": "x"})", "t.schema.json"), {});
  expectDiagnostics(checkWith(set, R"({"b": "x", "c": "y"})", "t.schema.json"), {});
  // Fits neither: the problems of the branch it comes closest to.
  expectDiagnostics(checkWith(set, R"({"b": "x"})", "t.schema.json"),
                    {{1, 1, "", "missing-field", "missing required field \"c\""}});
  // Fits the second branch only: the first allows no other fields.
  expectDiagnostics(checkWith(set, R"({"a": "x", "b": "x", "c": "y"})", "t.schema.json"), {});
}

TEST(SchemaKeywords, OneOfThatFitsTwice) {
  SchemaSet set = customSet(R"({"oneOf": [{"type": "number"}, {"type": "integer"}]})");
  expectDiagnostics(checkWith(set, "1.5", "t.schema.json"), {});
  expectDiagnostics(checkWith(set, "1", "t.schema.json"),
                    {{1, 1, "", "invalid-value", "fits more than one of the allowed forms; it must fit exactly one"}});
}

TEST(SchemaKeywords, ConstAndEnumOfOtherTypes) {
  SchemaSet set =
      customSet(R"({"type": "object", "properties": {"v": {"const": 1}, "e": {"enum": [1, true, null, "x"]}}})");
  expectDiagnostics(checkWith(set, R"({"v": 1.0, "e": null})", "t.schema.json"), {});
  expectDiagnostics(checkWith(set, R"({"v": "1", "e": "y"})", "t.schema.json"),
                    {{1, 2, "/v", "invalid-value", "must be 1, not \"1\""},
                     {1, 12, "/e", "invalid-value", "\"y\" is not one of: 1, true, null, x"}});
}

TEST(SchemaKeywords, LongValuesAreShortenedInMessages) {
  SchemaSet set = customSet(R"({"enum": ["a"]})");
  std::string longValue(100, 'b');
  auto out = checkWith(set, "\"" + longValue + "\"", "t.schema.json");
  std::string shortened(1, '"');
  shortened.append(57, 'b').append("...\" is not one of: a");
  expectDiagnostics(out, {{1, 1, "", "invalid-value", shortened}});
}

// ---------------------------------------------------------------------------------------------------------
// Problems with schemas themselves
// ---------------------------------------------------------------------------------------------------------

std::vector<std::string> problemsOf(const SchemaSet& set) {
  std::vector<std::string> out;
  for (const Diagnostic& d : set.schemaProblems().items()) out.push_back(formatDiagnostic(d));
  return out;
}

TEST(SchemaProblems, UnsupportedKeywordsFormatsAndBrokenRefs) {
  SchemaSet set = customSet(R"({
  "type": "object",
  "patternProperties": {},
  "properties": {
    "a": {"format": "hostname"},
    "b": {"$ref": "#/$defs/nope"},
    "c": {"$ref": "other.schema.json#/$defs/x"},
    "d": {"$ref": "common.schema.json#/$defs/id"},
    "e": {"$ref": "#/$defs/loop"}
  },
  "$defs": {"loop": {"$ref": "#/$defs/loop2"}, "loop2": {"$ref": "#/$defs/loop"}}
})");
  EXPECT_EQ(problemsOf(set),
            (std::vector<std::string>{
                "t.schema.json:3:3: error: /patternProperties: keyword \"patternProperties\" is not "
                "supported by the engine's schema check; it would be ignored [schema-unsupported]",
                "t.schema.json:5:11: error: /properties/a/format: format \"hostname\" is not supported "
                "(ekw-id, language, date, email, uri, ekw-web-address, ekw-source, ekw-path) [schema-unsupported]",
                "t.schema.json:6:11: error: /properties/b/$ref: $ref \"#/$defs/nope\" does not resolve: "
                "t.schema.json has no schema at #/$defs/nope [schema-unresolved-ref]",
                "t.schema.json:7:11: error: /properties/c/$ref: $ref \"other.schema.json#/$defs/x\" names "
                "a schema file that is not there: other.schema.json [schema-unresolved-ref]",
                "t.schema.json:11:22: error: /$defs/loop/$ref: $ref \"#/$defs/loop2\" refers back to "
                "itself [schema-ref-cycle]",
            }));
  // A broken set still checks what it can, and never loops.
  expectDiagnostics(
      checkWith(set, R"({"d": "X", "e": 1})", "t.schema.json"),
      {{1, 2, "/d", "invalid-value", "\"X\" is not a valid id (use lower-case letters, digits, '-' and '_')"}});
}

TEST(SchemaProblems, NotJson) {
  SchemaSet set(std::vector<std::pair<std::string_view, std::string_view>>{{"bad.schema.json", "{\"type\": }"}});
  EXPECT_EQ(
      problemsOf(set),
      (std::vector<std::string>{"bad.schema.json:1:10: error: /: expected a value, found '}' [schema-not-json]"}));
  EXPECT_FALSE(set.has("bad.schema.json"));
}

}  // namespace
}  // namespace ekw

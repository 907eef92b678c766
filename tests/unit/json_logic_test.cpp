// What a rule author notices about the JSON Logic evaluator: errors that point at the broken
// part, the variables a rule reads, JavaScript-compatible truthiness and comparisons, numbers
// that print as written, and rules that behave the same however often and wherever they run.
#include <limits>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/rules/json_logic.h"

namespace {

using ekw::rules::Rule;
using ekw::rules::RuleError;
using ekw::rules::truthy;
using nlohmann::json;

json eval(const std::string& rule, const std::string& data = "null") {
  return Rule::compile(json::parse(rule)).apply(json::parse(data));
}

// The RuleError that compiling `rule` throws; fails the test when it compiles.
RuleError compileError(const std::string& rule) {
  try {
    Rule::compile(json::parse(rule));
  } catch (const RuleError& e) {
    return e;
  }
  ADD_FAILURE() << "expected a RuleError for " << rule;
  return RuleError("", "");
}

// {"!": {"!": ... true ...}} nested `levels` operators deep.
json nestedNots(int levels) {
  json rule = true;
  for (int i = 0; i < levels; ++i) {
    json outer = json::object();
    outer["!"] = std::move(rule);
    rule = std::move(outer);
  }
  return rule;
}

// ---- compile errors ---------------------------------------------------------------------------

TEST(JsonLogicCompile, UnknownOperatorNamesItsPointer) {
  const RuleError e = compileError(R"({"and":[true,{"foo":1}]})");
  EXPECT_EQ(e.pointer(), "/and/1");
  EXPECT_EQ(e.message(), "unknown operator \"foo\"");
  EXPECT_STREQ(e.what(), "unknown operator \"foo\" at /and/1");
}

TEST(JsonLogicCompile, PointerReachesIntoNestedArguments) {
  EXPECT_EQ(compileError(R"({"if":[{"var":"a"},{"cat":["x",{"bogus":[]}]}]})").pointer(), "/if/1/cat/1");
  // A single argument written without brackets sits directly under the operator.
  EXPECT_EQ(compileError(R"({"!":{"nope":1}})").pointer(), "/!");
  // A top-level array of rules.
  EXPECT_EQ(compileError(R"([1,{"var":"a"},{"typo":2}])").pointer(), "/2");
}

TEST(JsonLogicCompile, PointerEscapesSlashAndTilde) {
  EXPECT_EQ(compileError(R"({"/":[1,{"x~y":1}]})").pointer(), "/~1/1");
  EXPECT_EQ(compileError(R"({"or":[{"a/b":1}]})").pointer(), "/or/0");
}

TEST(JsonLogicCompile, ErrorAtTheTopSaysSo) {
  const RuleError e = compileError(R"({"nope":[]})");
  EXPECT_EQ(e.pointer(), "");
  EXPECT_STREQ(e.what(), "unknown operator \"nope\" at the top of the rule");
}

TEST(JsonLogicCompile, WrongArgumentCountsAreRejected) {
  EXPECT_EQ(compileError(R"({"==":[1]})").message(), "operator \"==\" needs 2 arguments, got 1");
  EXPECT_EQ(compileError(R"({"<":[1,2,3,4]})").message(), "operator \"<\" needs 2 or 3 arguments, got 4");
  EXPECT_EQ(compileError(R"({"var":["a",1,2]})").message(), "operator \"var\" needs at most 2 arguments, got 3");
  EXPECT_EQ(compileError(R"({"*":[]})").message(), "operator \"*\" needs at least 1 argument, got 0");
  EXPECT_EQ(compileError(R"({"substr":[]})").message(), "operator \"substr\" needs 1 to 3 arguments, got 0");
  EXPECT_EQ(compileError(R"({"and":[{"map":[[1,2]]}]})").pointer(), "/and/0");
}

TEST(JsonLogicCompile, ObjectsWithOtherThanOneKeyAreValues) {
  // As in json-logic-js: only a one-key object is an operation.
  EXPECT_EQ(eval(R"({"if":[true,{"a":1,"b":2},null]})"), json::parse(R"({"a":1,"b":2})"));
  EXPECT_EQ(eval("{}"), json::object());
}

TEST(JsonLogicCompile, DeepNestingIsRejectedCleanly) {
  EXPECT_TRUE(Rule::compile(nestedNots(200)).apply(nullptr).get<bool>());
  try {
    Rule::compile(nestedNots(300));
    FAIL() << "a 300-level rule compiled";
  } catch (const RuleError& e) {
    EXPECT_EQ(e.message(), "the rule is nested more than 256 levels deep (below here)");
    EXPECT_EQ(e.pointer(), "/!/!/!/!/!/!/!/!") << "a short pointer to where the deep part starts";
  }
  // Far deeper than the stack would allow if compilation recursed all the way down.
  EXPECT_THROW(Rule::compile(nestedNots(20000)), RuleError);
}

TEST(JsonLogicCompile, DeepLiteralValuesCountToo) {
  std::string deep = std::string(400, '[') + std::string(400, ']');
  EXPECT_THROW(Rule::compile(json::parse(R"({"merge":)" + deep + "}")), RuleError);
  EXPECT_THROW(Rule::compile(json::parse(R"({"if":[true,{"a":)" + deep + R"(,"b":1}]})")), RuleError);
}

// ---- variables() ------------------------------------------------------------------------------

TEST(JsonLogicVariables, ListsTheAnswersAndFactsARuleReads) {
  const Rule rule = Rule::compile(json::parse(R"({"and":[
      {"<":[{"var":"answers.inkomen"},{"var":["context.normbedrag",1500]}]},
      {">=":[{"var":"person.leeftijd"},18]},
      {"!":{"missing":["facts.woont_alleen","answers.inkomen"]}},
      {"!":{"missing_some":[1,["answers.telefoon","answers.email"]]}},
      {"var":1},
      {"var":""}
  ]})"));
  EXPECT_EQ(rule.variables(),
            (std::vector<std::string>{"answers.inkomen", "context.normbedrag", "person.leeftijd", "facts.woont_alleen",
                                      "answers.telefoon", "answers.email", "1"}));
}

TEST(JsonLogicVariables, LeavesOutPerItemScopeAndComputedPaths) {
  const Rule rule = Rule::compile(json::parse(R"({"and":[
      {"some":[{"var":"answers.kinderen"},{"<":[{"var":"leeftijd"},18]}]},
      {"reduce":[{"var":"answers.schulden"},{"+":[{"var":"accumulator"},{"var":"current.bedrag"}]},{"var":"facts.start"}]},
      {"var":{"cat":["answers.",{"var":"facts.veld"}]}}
  ]})"));
  EXPECT_EQ(rule.variables(),
            (std::vector<std::string>{"answers.kinderen", "answers.schulden", "facts.start", "facts.veld"}));
}

TEST(JsonLogicVariables, ConstantRuleReadsNothing) {
  EXPECT_TRUE(Rule::compile(json::parse(R"({"+":[1,2]})")).variables().empty());
  EXPECT_TRUE(Rule().variables().empty());
}

// ---- truthiness -------------------------------------------------------------------------------

TEST(JsonLogicTruthy, FollowsJsonLogicNotPlainJavaScriptForEmptyArrays) {
  for (const char* falsy : {"false", "null", "0", "0.0", "-0", "\"\"", "[]"}) {
    EXPECT_FALSE(truthy(json::parse(falsy))) << falsy;
  }
  for (const char* trueish : {"true", "1", "-1", "0.5", "\"0\"", "\"false\"", "\" \"", "[0]", "[[]]", "{}"}) {
    EXPECT_TRUE(truthy(json::parse(trueish))) << trueish;
  }
  EXPECT_FALSE(truthy(json(std::numeric_limits<double>::quiet_NaN())));
}

TEST(JsonLogicTruthy, AndOrReturnTheDecidingValue) {
  EXPECT_EQ(eval(R"({"or":[{"var":"bijnaam"},{"var":"naam"},"onbekend"]})", R"({"naam":"Sam"})"), "Sam");
  EXPECT_EQ(eval(R"({"and":[{"var":"a"},{"var":"b"}]})", R"({"a":"x","b":0})"), 0);
  EXPECT_EQ(compileError(R"({"and":[]})").message(), "operator \"and\" needs at least 1 argument, got 0");
}

// ---- compile once, apply many -----------------------------------------------------------------

TEST(JsonLogicRule, CompiledOnceGivesTheSameResultsForManyDataObjects) {
  const Rule rule = Rule::compile(json::parse(R"({"if":[
      {"<":[{"var":"person.leeftijd"},18]},"jeugd",
      {">=":[{"var":"person.leeftijd"},67]},"ouderen",
      "volwassenen"]})"));
  for (int round = 0; round < 2; ++round) {
    for (int age = 0; age < 100; ++age) {
      const json data = {{"person", {{"leeftijd", age}}}};
      const char* expected = age < 18 ? "jeugd" : age >= 67 ? "ouderen" : "volwassenen";
      ASSERT_EQ(rule.apply(data), expected) << "age " << age << " round " << round;
    }
  }
}

TEST(JsonLogicRule, ApplyIsSafeFromManyThreads) {
  const Rule rule = Rule::compile(json::parse(R"({"reduce":[{"var":"xs"},{"+":[{"var":"accumulator"},{"var":"current"}]},0]})"));
  std::vector<std::thread> threads;
  std::vector<int> failures(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&rule, &failures, t] {
      for (int n = 0; n < 500; ++n) {
        json xs = json::array();
        for (int i = 1; i <= n % 20; ++i) xs.push_back(i + t);
        const int k = n % 20;
        if (rule.apply({{"xs", xs}}) != k * (k + 1) / 2 + k * t) ++failures[static_cast<std::size_t>(t)];
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(failures, std::vector<int>(4, 0));
}

TEST(JsonLogicRule, DefaultRuleIsTrueAndSourceIsKept) {
  EXPECT_EQ(Rule().apply(json::object()), true);
  EXPECT_EQ(Rule().source(), true);
  const json logic = json::parse(R"({"var":["a",1]})");
  const Rule rule = Rule::compile(logic);
  EXPECT_EQ(rule.source(), logic);
  const Rule copy = rule;  // copies share the compiled tree
  EXPECT_EQ(copy.apply(json::parse(R"({"a":5})")), 5);
}

TEST(JsonLogicRule, NeverThrowsForAnyData) {
  const std::vector<std::string> rules = {
      R"({"+":[{"var":"a.b"},1]})",
      R"({"map":[{"var":"a"},{"*":[{"var":"x"},2]}]})",
      R"({"all":[{"var":"a"},{"in":[{"var":""},"abc"]}]})",
      R"({"reduce":[{"var":"a"},{"cat":[{"var":"accumulator"},{"var":"current"}]}]})",
      R"({"substr":[{"var":"a"},{"var":"b"},{"var":"c"}]})",
      R"({"missing_some":[{"var":"n"},{"var":"a"}]})",
      R"({"<":[{"var":"a"},{"var":"b"},{"var":"c"}]})",
      R"({"merge":[{"var":"a"},{"var":""}]})",
      R"({"%":[{"var":"a"},{"var":"b"}]})",
  };
  const std::vector<std::string> data = {
      "null", "0", "\"tekst\"", "[1,[2],{\"a\":null}]", R"({"a":null})", R"({"a":"x","b":-3,"c":1e308})",
      R"({"a":{"b":[1,2]},"n":"2"})", R"({"a":[[],{},null,true,"1e999",-0.0]})", R"({"a":1e308,"b":1e-320})",
  };
  for (const std::string& r : rules) {
    const Rule rule = Rule::compile(json::parse(r));
    for (const std::string& d : data) {
      EXPECT_NO_THROW((void)rule.apply(json::parse(d)).dump()) << r << " with " << d;
    }
  }
}

// ---- numbers ----------------------------------------------------------------------------------

TEST(JsonLogicNumbers, IntegralResultsPrintAsIntegers) {
  EXPECT_EQ(eval(R"({"+":[1,1]})").dump(), "2");
  EXPECT_EQ(eval(R"({"*":[1.5,2]})").dump(), "3");
  EXPECT_EQ(eval(R"({"/":[1,2]})").dump(), "0.5");
  EXPECT_EQ(eval(R"({"-":[0.3,0.1]})").dump(), "0.19999999999999998");  // IEEE doubles, as in JavaScript
  EXPECT_EQ(eval(R"({"max":[1,"7",3]})").dump(), "7");
  EXPECT_EQ(eval(R"({"%":[-7,3]})").dump(), "-1");
}

TEST(JsonLogicNumbers, StringsAreReadAsJavaScriptWould) {
  EXPECT_EQ(eval(R"({"+":"3.5"})"), 3.5);
  EXPECT_EQ(eval(R"({"+":["12abc",1]})"), 13) << "+ uses parseFloat";
  EXPECT_EQ(eval(R"({"-":["12abc",1]})"), nullptr) << "- uses Number(): NaN";
  EXPECT_EQ(eval(R"({"-":[" 12 ",""]})"), 12);
  EXPECT_EQ(eval(R"({"*":["0x10",1]})"), 0) << "parseFloat stops at the x";
  EXPECT_EQ(eval(R"({"-":["0x10",0]})"), 16);
  EXPECT_EQ(eval(R"({"-":[{"var":"a"}]})", R"({"a":"5"})"), -5);
}

TEST(JsonLogicNumbers, NaNAndInfinityComeOutAsNull) {
  EXPECT_EQ(eval(R"({"/":[1,0]})"), nullptr);
  EXPECT_EQ(eval(R"({"map":[[1,0],{"/":[1,{"var":""}]}]})"), json::parse("[1,null]"));
  EXPECT_EQ(eval(R"({"max":[]})"), nullptr);
  // ...but inside a rule they keep their meaning: Infinity is greater than any number.
  EXPECT_EQ(eval(R"({">":[{"/":[1,0]},1e308]})"), true);
}

TEST(JsonLogicNumbers, CatPrintsNumbersLikeJavaScript) {
  EXPECT_EQ(eval(R"({"cat":[1.5,"|",2.0,"|",1e21,"|",0.0000001,"|",-0.0,"|",null,"|",[1,[2,null]],"|",true]})"),
            "1.5|2|1e+21|1e-7|0||1,2,|true");
}

// ---- equality and comparison ------------------------------------------------------------------

TEST(JsonLogicEquality, LooseEqualityCoercesLikeJavaScript) {
  struct Case {
    const char* a;
    const char* b;
    bool equal;
  };
  const Case cases[] = {
      {"1", "\"1\"", true},      {"0", "\"\"", true},       {"\"\"", "\"0\"", false},   {"null", "0", false},
      {"null", "false", false},  {"false", "\"0\"", true},  {"true", "\"1\"", true},    {"true", "\"true\"", false},
      {"[]", "false", true},     {"[1]", "1", true},        {"[1,2]", "\"1,2\"", true}, {"[]", "[]", false},
      {"{}", "\"[object Object]\"", true}, {"1", "1.0", true}, {"\"a\"", "\"a\"", true}, {"null", "null", true},
  };
  for (const Case& c : cases) {
    const std::string args = std::string("[") + c.a + "," + c.b + "]";
    EXPECT_EQ(eval(R"({"==":)" + args + "}"), c.equal) << args;
    EXPECT_EQ(eval(R"({"!=":)" + args + "}"), !c.equal) << args;
  }
  EXPECT_EQ(eval(R"({"==":[null,{"var":"onbekend"}]})", "{}"), true);
}

TEST(JsonLogicEquality, StrictEqualityComparesTypeAndValue) {
  EXPECT_EQ(eval(R"({"===":[1,1.0]})"), true);
  EXPECT_EQ(eval(R"({"===":[1,"1"]})"), false);
  EXPECT_EQ(eval(R"({"===":[null,null]})"), true);
  EXPECT_EQ(eval(R"({"!==":[[1],[1]]})"), true);
}

TEST(JsonLogicComparison, StringsCompareAsTextOtherwiseAsNumbers) {
  EXPECT_EQ(eval(R"({"<":["10","9"]})"), true) << "two strings: text order";
  EXPECT_EQ(eval(R"({"<":["10",9]})"), false) << "string and number: numbers";
  EXPECT_EQ(eval(R"({"<":["abc",1]})"), false);
  EXPECT_EQ(eval(R"({">=":["abc",1]})"), false) << "NaN is neither smaller nor larger";
  EXPECT_EQ(eval(R"({"<=":[1,"1"]})"), true);
  EXPECT_EQ(eval(R"({"<":["2024-01-31","2024-02-01"]})"), true) << "ISO dates order as text";
}

TEST(JsonLogicComparison, MissingAnswerCountsAsZero) {
  // A rule author's trap worth knowing: a missing answer is null, and null < 18 is true in
  // JavaScript. Guard with "missing" where that matters.
  EXPECT_EQ(eval(R"({"<":[{"var":"answers.leeftijd"},18]})", "{}"), true);
  EXPECT_EQ(eval(R"({"and":[{"!":{"missing":"answers.leeftijd"}},{"<":[{"var":"answers.leeftijd"},18]}]})", "{}"),
            false);
}

TEST(JsonLogicComparison, BetweenFormsAreExclusiveOrInclusive) {
  EXPECT_EQ(eval(R"({"<":[0,{"var":"x"},10]})", R"({"x":0})"), false);
  EXPECT_EQ(eval(R"({"<=":[0,{"var":"x"},10]})", R"({"x":0})"), true);
  EXPECT_EQ(eval(R"({"<=":[0,{"var":"x"},10]})", R"({"x":11})"), false);
}

// ---- data access ------------------------------------------------------------------------------

TEST(JsonLogicVar, WalksObjectsAndArrays) {
  const std::string data = R"({"answers":{"kinderen":[{"leeftijd":4},{"leeftijd":15}]}})";
  EXPECT_EQ(eval(R"({"var":"answers.kinderen.1.leeftijd"})", data), 15);
  EXPECT_EQ(eval(R"({"var":"answers.kinderen.01.leeftijd"})", data), nullptr) << "01 is not an index";
  EXPECT_EQ(eval(R"({"var":"answers.kinderen.2"})", data), nullptr);
  EXPECT_EQ(eval(R"({"var":""})", "7"), 7);
}

TEST(JsonLogicVar, DefaultOnlyWhenTheKeyIsMissing) {
  EXPECT_EQ(eval(R"({"var":["a",5]})", "{}"), 5);
  EXPECT_EQ(eval(R"({"var":["a",5]})", R"({"a":null})"), nullptr) << "present but null is not missing";
  EXPECT_EQ(eval(R"({"var":["a.b",5]})", R"({"a":null})"), 5);
  EXPECT_EQ(eval(R"({"var":["a.b",5]})", R"({"a":"tekst"})"), 5) << "no property b of a string";
  EXPECT_EQ(eval(R"({"var":"naam.2"})", R"({"naam":"Zoë"})"), "ë") << "characters of a string by index";
  EXPECT_EQ(eval(R"({"var":"a"})", "5"), nullptr) << "data that is not an object";
}

TEST(JsonLogicMissing, EmptyStringCountsAsMissingZeroAndFalseDoNot) {
  EXPECT_EQ(eval(R"({"missing":["a","b","c","d"]})", R"({"a":"","b":0,"c":false})"), json::parse(R"(["a","d"])"));
  EXPECT_EQ(eval(R"({"missing_some":[2,["a","b","c"]]})", R"({"b":0})"), json::parse(R"(["a","c"])"));
}

// ---- strings and arrays -----------------------------------------------------------------------

TEST(JsonLogicStrings, SubstrCountsCharactersNotBytes) {
  EXPECT_EQ(eval(R"({"substr":["Zoë",-1]})"), "ë");
  EXPECT_EQ(eval(R"({"substr":["één twee",0,3]})"), "één");
  EXPECT_EQ(eval(R"({"substr":["2031AB",0,-2]})"), "2031");
  EXPECT_EQ(eval(R"({"substr":["abc",10]})"), "");
}

TEST(JsonLogicStrings, InSearchesTextOrMembers) {
  EXPECT_EQ(eval(R"({"in":["Noord","Haarlem-Noord"]})"), true);
  EXPECT_EQ(eval(R"({"in":[1,["1"]]})"), false) << "array membership is strict";
  EXPECT_EQ(eval(R"({"in":[20,"2020"]})"), true) << "a number is searched as text";
  EXPECT_EQ(eval(R"({"in":["a",null]})"), false);
}

TEST(JsonLogicArrays, MapFilterReduceOverAnswers) {
  const std::string data = R"({"schulden":[{"bedrag":250,"soort":"zorg"},{"bedrag":1200.5,"soort":"huur"}]})";
  EXPECT_EQ(eval(R"({"map":[{"var":"schulden"},{"var":"soort"}]})", data), json::parse(R"(["zorg","huur"])"));
  EXPECT_EQ(eval(R"({"reduce":[{"var":"schulden"},{"+":[{"var":"accumulator"},{"var":"current.bedrag"}]},0]})", data),
            1450.5);
  EXPECT_EQ(eval(R"({"filter":[{"var":"schulden"},{">":[{"var":"bedrag"},1000]}]})", data).size(), 1u);
  EXPECT_EQ(eval(R"({"none":[{"var":"schulden"},{"==":[{"var":"soort"},"energie"]}]})", data), true);
  EXPECT_EQ(eval(R"({"merge":[[1],[[2]],3]})"), json::parse("[1,[2],3]"));
}

TEST(JsonLogicMisc, LogReturnsItsArgumentSilently) {
  testing::internal::CaptureStdout();
  EXPECT_EQ(eval(R"({"log":{"var":"a"}})", R"({"a":[1]})"), json::parse("[1]"));
  EXPECT_EQ(testing::internal::GetCapturedStdout(), "");
}

}  // namespace

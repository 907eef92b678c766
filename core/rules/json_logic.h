// JSON Logic (jsonlogic.com) rules: compiled once into an immutable tree, evaluated many times.
//
// Every decision the engine takes from content (branching in a question tree, advice conditions,
// eligibility, prefill) is a JSON Logic rule over `answers.*`, `facts.*`, `person.*` and `context.*`.
// Semantics follow the reference implementation json-logic-js 2.0.5, including JavaScript's loose
// equality (`==`) and relational comparison rules, so a rule behaves the same here as in any other
// JSON Logic tool an editor might use. The few deliberate differences are listed at
// `Rule::apply` below.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace ekw::rules {

// A rule that cannot be compiled. `pointer()` is the JSON pointer (RFC 6901) of the offending node
// inside the rule ("" is the rule itself, "/and/1" the second argument of a top-level "and"), so an
// editor can be taken to the exact spot. `what()` reads "MESSAGE at POINTER" in plain English.
class RuleError : public std::runtime_error {
 public:
  RuleError(std::string message, std::string pointer);
  const std::string& message() const { return message_; }
  const std::string& pointer() const { return pointer_; }

 private:
  std::string message_;
  std::string pointer_;
};

namespace detail {
struct CompiledRule;
}

// Rules are nested no deeper than this many levels (operators, arrays and literal containers each
// count one level). Evaluation recurses once per level, so the cap keeps the stack bounded for
// rules from any source, including the browser.
inline constexpr int kMaxRuleDepth = 256;

class Rule {
 public:
  // The empty rule: its source is `true` and it returns `true` for any data, so a content item
  // without a condition (e.g. an advice item with no "when") simply always applies.
  Rule();

  // Parses `logic` into a tree once. Throws RuleError for an unknown operator, a wrong number of
  // arguments for an operator whose arity is fixed, or nesting deeper than kMaxRuleDepth.
  // As in json-logic-js, an object with exactly one key is an operation; objects with zero or
  // several keys, and all scalars, are literal values.
  static Rule compile(const nlohmann::json& logic);

  // Evaluates the rule against `data`. Never throws for any data: a path into missing keys or
  // into a non-object gives null (or the `var` default). Safe to call from several threads at
  // once. Numbers that come out integral are returned as integers ({"+":[1,1]} is 2, not 2.0);
  // NaN and Infinity (e.g. {"/":[1,0]}) come out as null, as JSON.stringify would print them.
  //
  // Deliberate differences from json-logic-js, all in corners a rule author should not rely on:
  //  - two arrays or objects are never `==`/`===` equal (JS compares object identity);
  //  - {"*":[x]} returns x converted to a number (JS returns x unchanged);
  //  - `all` over a non-array is false (JS iterates the characters of a string);
  //  - `var` does not read JavaScript properties such as "length";
  //  - `substr` and `var` into a string count Unicode code points, and `<` orders strings by code
  //    point (JS: UTF-16 units); these differ only for characters outside the Basic Multilingual
  //    Plane, such as emoji.
  //  - `and`/`or` without arguments are compile errors (JS returns undefined, which JSON lacks);
  //  - a negative `substr` length given as a string ("-2") works like the number (JS gives "").
  nlohmann::json apply(const nlohmann::json& data) const;

  // The answers/facts the rule reads: every constant path given to `var` (first argument),
  // `missing` and `missing_some`, as written ("answers.inkomen"; a number path 1 is "1"), in
  // order of first appearance, without duplicates and without "" (the whole data).
  // Not included: paths computed at run time, and paths read inside the per-item rule of
  // map / filter / reduce / all / none / some, because those read the current item (or
  // `current`/`accumulator`), not the data. The array those operators iterate over, and the
  // initial value of reduce, do read the data and are included.
  std::vector<std::string> variables() const;

  // The logic this rule was compiled from.
  const nlohmann::json& source() const;

 private:
  explicit Rule(std::shared_ptr<const detail::CompiledRule> compiled);
  std::shared_ptr<const detail::CompiledRule> compiled_;  // immutable, shared by copies
};

// JSON Logic truthiness: JavaScript's, except that an empty array is false.
// false: false, null, 0, NaN, "", []. true: everything else, including "0" and {}.
bool truthy(const nlohmann::json& v);

}  // namespace ekw::rules

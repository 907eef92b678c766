// JavaScript value semantics over JSON values, as the JSON Logic operators need them.
//
// Internal to the rules evaluator (core/rules/json_logic*.cpp). json-logic-js, the reference
// implementation, leans on JavaScript's coercions (`"1" == 1`, `[] == false`, `"2" > 1`), and
// rule authors test their rules in JSON Logic tools built on it, so the evaluator reproduces
// those coercions here, in one place, rather than approximating them per operator.
//
// JavaScript `undefined` (an argument the rule did not give) is a null pointer; JSON null is a
// JSON null. They differ: `null < 1` is true (null is 0), `undefined < 1` is false (NaN).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace ekw::rules::js {

using nlohmann::json;

// Number(v): "" and null are 0, " 12 " is 12, "0x1A" is 26, "12abc" and undefined are NaN.
double toNumber(const json* v);

// parseFloat(v), which `+` and `*` use: the longest numeric prefix, so "12abc" is 12 and "" is NaN.
double parseFloat(const json& v);

// String(v): numbers print as JavaScript prints them (2, 0.5, 1e+21), arrays join with ",",
// objects print as "[object Object]".
std::string toString(const json& v);

// How Array.prototype.join shows one element: like toString, but null is "".
std::string joinPart(const json& v);

// Number.prototype.toString() for a double.
std::string numberToString(double d);

// A JSON number for an arithmetic result: an integer when the value is integral, so 1 + 1 is 2
// and not 2.0. NaN, Infinity and -0 stay doubles; Rule::apply turns them into null and 0.
json makeNumber(double d);

// ToIntegerOrInfinity: NaN is 0, fractions are truncated towards zero.
double toIntegerOrInfinity(double d);

// The `==` and `===` operators. Two arrays or objects are never equal: JavaScript compares them
// by identity, and values produced by a rule are always distinct.
bool looseEquals(const json* a, const json* b);
bool strictEquals(const json* a, const json* b);

// The relational operators: two strings compare as text, anything else as numbers, and a
// comparison involving NaN (e.g. "abc" < 1) is false both ways.
bool less(const json* a, const json* b);
bool lessOrEqual(const json* a, const json* b);
bool greater(const json* a, const json* b);
bool greaterOrEqual(const json* a, const json* b);

}  // namespace ekw::rules::js

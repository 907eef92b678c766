// The JSON Logic operators: one table (kOperations, at the bottom) mapping each operator name to
// its function and arity, in the manner of json-logic-js's `operations` object.
//
// Each function gets the unevaluated call. Most evaluate all their arguments first (evalArgs);
// the control operators (if, and, or) evaluate only what they need, and the array operators
// (map, filter, reduce, all, none, some) evaluate their second argument once per item, with the
// item (for reduce: {"current", "accumulator"}) as the data.
#include "core/rules/json_logic_ops.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <utility>

#include "core/rules/json_logic.h"
#include "core/rules/json_logic_js.h"

namespace ekw::rules::detail {

namespace {

using Args = std::vector<Value>;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInfinity = std::numeric_limits<double>::infinity();

Args evalArgs(const Node& call, const json& data) {
  Args args;
  args.reserve(call.args.size());
  for (const Node& arg : call.args) args.push_back(evaluate(arg, data));
  return args;
}

// The i-th argument, or nullptr (JavaScript's undefined) when the rule gave fewer.
const json* argAt(const Args& args, std::size_t i) { return i < args.size() ? &args[i].get() : nullptr; }

Value boolean(bool b) { return Value::own(json(b)); }
Value number(double d) { return Value::own(js::makeNumber(d)); }

// ---- data access ------------------------------------------------------------------------------

// A property name as an index, the way JavaScript reads one: only canonical non-negative
// integers ("0", "12"), so "01" and "-1" do not index.
std::optional<std::size_t> indexOf(std::string_view key) {
  if (key.empty() || key.size() > 9 || (key.size() > 1 && key[0] == '0')) return std::nullopt;
  std::size_t index = 0;
  for (char c : key) {
    if (c < '0' || c > '9') return std::nullopt;
    index = index * 10 + static_cast<std::size_t>(c - '0');
  }
  return index;
}

// Byte offset of each code point of `s`, plus s.size() at the end.
std::vector<std::size_t> codePointOffsets(const std::string& s) {
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) offsets.push_back(i);
  }
  offsets.push_back(s.size());
  return offsets;
}

// One step of a path: a member of an object, an element of an array, or a character of a
// string ("Zoë".2 is "ë"). Owned results (characters) go to `scratch`.
const json* property(const json& value, std::string_view key, json& scratch) {
  if (value.is_object()) {
    const auto it = value.find(key);
    return it == value.end() ? nullptr : &*it;
  }
  const auto index = indexOf(key);
  if (!index) return nullptr;
  if (value.is_array()) return *index < value.size() ? &value[*index] : nullptr;
  if (!value.is_string()) return nullptr;
  const std::string& text = value.get_ref<const std::string&>();
  const std::vector<std::size_t> offsets = codePointOffsets(text);
  if (*index + 1 >= offsets.size()) return nullptr;
  scratch = text.substr(offsets[*index], offsets[*index + 1] - offsets[*index]);
  return &scratch;
}

// Follows a `var` path: "" or null is the data itself, "a.b.1" walks objects, arrays and
// strings. Empty when a step is missing, or when a step before the last is null.
std::optional<Value> lookup(const json& data, const json* path) {
  if (path == nullptr || path->is_null() || (path->is_string() && path->get_ref<const std::string&>().empty())) {
    return Value::borrow(data);
  }
  const std::string key = js::toString(*path);
  const json* current = &data;
  json character;  // a step into a string yields a new one-character string
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = key.find('.', start);
    const std::size_t end = dot == std::string::npos ? key.size() : dot;
    if (current->is_null()) return std::nullopt;
    current = property(*current, std::string_view(key).substr(start, end - start), character);
    if (current == nullptr) return std::nullopt;
    if (dot == std::string::npos) return current == &character ? Value::own(std::move(character)) : Value::borrow(*current);
    start = dot + 1;
  }
}

Value opVar(const Node& call, const json& data) {
  Args args = evalArgs(call, data);
  if (std::optional<Value> found = lookup(data, argAt(args, 0))) return std::move(*found);
  return args.size() > 1 ? std::move(args[1]) : Value::own(nullptr);
}

// What `missing` finds for one key. json-logic-js evaluates {"var": key}, so a key that is an
// array reads as var's argument list: [path, default].
bool isMissing(const json& data, const json& key) {
  const bool asArgs = key.is_array();
  std::optional<Value> found = lookup(data, asArgs ? (key.empty() ? nullptr : &key[0]) : &key);
  if (!found && asArgs && key.size() > 1) found = Value::borrow(key[1]);
  if (!found) return true;
  const json& value = found->get();
  return value.is_null() || (value.is_string() && value.get_ref<const std::string&>().empty());
}

// The keys `missing` checks: the first argument when it is an array, else all arguments.
json missingKeys(const json& data, const Args& args) {
  json keys = json::array();
  if (!args.empty() && args[0].get().is_array()) {
    keys = args[0].get();
  } else {
    for (const Value& arg : args) keys.push_back(arg.get());
  }
  json missing = json::array();
  for (const json& key : keys) {
    if (isMissing(data, key)) missing.push_back(key);
  }
  return missing;
}

Value opMissing(const Node& call, const json& data) { return Value::own(missingKeys(data, evalArgs(call, data))); }

// [] when at least `need` of the keys are present, else the missing keys.
Value opMissingSome(const Node& call, const json& data) {
  Args args = evalArgs(call, data);
  Args keys;
  keys.push_back(std::move(args[1]));
  const json missing = missingKeys(data, keys);
  const json& options = keys[0].get();
  const std::size_t total = options.is_array() ? options.size() : 1;
  const json present = json(static_cast<std::int64_t>(total - missing.size()));
  return Value::own(js::greaterOrEqual(&present, &args[0].get()) ? json::array() : missing);
}

// ---- control ----------------------------------------------------------------------------------

// if / ?: : [cond, then, cond, then, ..., else]; null when nothing matches and there is no else.
Value opIf(const Node& call, const json& data) {
  const std::size_t n = call.args.size();
  std::size_t i = 0;
  for (; i + 1 < n; i += 2) {
    if (truthy(evaluate(call.args[i], data).get())) return evaluate(call.args[i + 1], data);
  }
  return i < n ? evaluate(call.args[i], data) : Value::own(nullptr);
}

// and / or return the value that decided the outcome, not a boolean.
Value shortCircuit(const Node& call, const json& data, bool stopWhen) {
  Value current = Value::own(nullptr);
  for (const Node& arg : call.args) {
    current = evaluate(arg, data);
    if (truthy(current.get()) == stopWhen) break;
  }
  return current;
}

Value opAnd(const Node& call, const json& data) { return shortCircuit(call, data, false); }
Value opOr(const Node& call, const json& data) { return shortCircuit(call, data, true); }

Value opNot(const Node& call, const json& data) { return boolean(!truthy(evaluate(call.args[0], data).get())); }
Value opNotNot(const Node& call, const json& data) { return boolean(truthy(evaluate(call.args[0], data).get())); }

// ---- comparison -------------------------------------------------------------------------------

using Comparison = bool (*)(const json*, const json*);

Value compareTwo(const Node& call, const json& data, Comparison compare) {
  const Args args = evalArgs(call, data);
  return boolean(compare(argAt(args, 0), argAt(args, 1)));
}

// < and <= take a third argument for "between": a < b < c.
Value compareChain(const Node& call, const json& data, Comparison compare) {
  const Args args = evalArgs(call, data);
  bool result = compare(argAt(args, 0), argAt(args, 1));
  if (args.size() > 2) result = result && compare(argAt(args, 1), argAt(args, 2));
  return boolean(result);
}

bool looseDiffers(const json* a, const json* b) { return !js::looseEquals(a, b); }
bool strictDiffers(const json* a, const json* b) { return !js::strictEquals(a, b); }

Value opEquals(const Node& c, const json& d) { return compareTwo(c, d, js::looseEquals); }
Value opStrictEquals(const Node& c, const json& d) { return compareTwo(c, d, js::strictEquals); }
Value opNotEquals(const Node& c, const json& d) { return compareTwo(c, d, looseDiffers); }
Value opStrictNotEquals(const Node& c, const json& d) { return compareTwo(c, d, strictDiffers); }
Value opGreater(const Node& c, const json& d) { return compareTwo(c, d, js::greater); }
Value opGreaterOrEqual(const Node& c, const json& d) { return compareTwo(c, d, js::greaterOrEqual); }
Value opLess(const Node& c, const json& d) { return compareChain(c, d, js::less); }
Value opLessOrEqual(const Node& c, const json& d) { return compareChain(c, d, js::lessOrEqual); }

// ---- arithmetic -------------------------------------------------------------------------------

// max/min: NaN as soon as one argument is not a number; -Infinity/Infinity for no arguments.
Value extreme(const Node& call, const json& data, bool wantMax) {
  double result = wantMax ? -kInfinity : kInfinity;
  for (const Value& arg : evalArgs(call, data)) {
    const double x = js::toNumber(&arg.get());
    if (std::isnan(x)) return number(kNaN);
    result = wantMax ? std::max(result, x) : std::min(result, x);
  }
  return number(result);
}

Value opMax(const Node& c, const json& d) { return extreme(c, d, true); }
Value opMin(const Node& c, const json& d) { return extreme(c, d, false); }

// + and * read their arguments with parseFloat, as json-logic-js does: {"+":"3"} is 3.
Value opPlus(const Node& call, const json& data) {
  double sum = 0;
  for (const Value& arg : evalArgs(call, data)) sum += js::parseFloat(arg.get());
  return number(sum);
}

Value opTimes(const Node& call, const json& data) {
  double product = 1;
  for (const Value& arg : evalArgs(call, data)) product *= js::parseFloat(arg.get());
  return number(product);
}

// -, / and % use Number(): "" and null are 0.
Value opMinus(const Node& call, const json& data) {
  const Args args = evalArgs(call, data);
  const double a = js::toNumber(argAt(args, 0));
  return number(args.size() < 2 ? -a : a - js::toNumber(argAt(args, 1)));
}

Value opDivide(const Node& call, const json& data) {
  const Args args = evalArgs(call, data);
  return number(js::toNumber(argAt(args, 0)) / js::toNumber(argAt(args, 1)));
}

Value opModulo(const Node& call, const json& data) {
  const Args args = evalArgs(call, data);
  return number(std::fmod(js::toNumber(argAt(args, 0)), js::toNumber(argAt(args, 1))));  // JS %: sign of the dividend
}

// ---- strings and arrays -----------------------------------------------------------------------

Value opMerge(const Node& call, const json& data) {
  json out = json::array();
  for (Value& arg : evalArgs(call, data)) {
    json v = std::move(arg).take();
    if (!v.is_array()) {
      out.push_back(std::move(v));
      continue;
    }
    for (json& element : v) out.push_back(std::move(element));
  }
  return Value::own(std::move(out));
}

// "in": substring of a non-empty string, or strict membership of an array.
Value opIn(const Node& call, const json& data) {
  const Args args = evalArgs(call, data);
  const json& needle = args[0].get();
  const json& haystack = args[1].get();
  if (haystack.is_string()) {
    const auto& text = haystack.get_ref<const std::string&>();
    return boolean(!text.empty() && text.find(js::toString(needle)) != std::string::npos);
  }
  if (!haystack.is_array()) return boolean(false);
  for (const json& element : haystack) {
    if (js::strictEquals(&needle, &element)) return boolean(true);
  }
  return boolean(false);
}

Value opCat(const Node& call, const json& data) {
  std::string out;
  for (const Value& arg : evalArgs(call, data)) out += js::joinPart(arg.get());
  return Value::own(std::move(out));
}

// String.prototype.substr(start, length) over `size` characters, as a [first, last) range.
// No length means "to the end".
std::pair<std::size_t, std::size_t> substrRange(std::size_t size, double start, std::optional<double> length) {
  const double n = static_cast<double>(size);
  start = js::toIntegerOrInfinity(start);
  start = start < 0 ? std::max(n + start, 0.0) : std::min(start, n);
  const double count = length ? std::clamp(js::toIntegerOrInfinity(*length), 0.0, n) : n;
  return {static_cast<std::size_t>(start), static_cast<std::size_t>(std::min(start + count, n))};
}

// substr(text, start[, length]); a negative length drops that many characters from the end.
Value opSubstr(const Node& call, const json& data) {
  const Args args = evalArgs(call, data);
  const std::string text = js::toString(args[0].get());
  const std::vector<std::size_t> offsets = codePointOffsets(text);
  const std::size_t size = offsets.size() - 1;
  const double start = js::toNumber(argAt(args, 1));  // undefined is NaN, which counts as 0
  const json* lengthArg = argAt(args, 2);
  const json zero = 0;
  std::pair<std::size_t, std::size_t> range;
  if (js::less(lengthArg, &zero)) {
    const auto tail = substrRange(size, start, std::nullopt);
    const double keep = static_cast<double>(tail.second - tail.first) + js::toNumber(lengthArg);
    const auto kept = substrRange(tail.second - tail.first, 0, keep);
    range = {tail.first, tail.first + kept.second};
  } else {
    range = substrRange(size, start, lengthArg ? std::optional<double>(js::toNumber(lengthArg)) : std::nullopt);
  }
  return Value::own(text.substr(offsets[range.first], offsets[range.second] - offsets[range.first]));
}

// log returns its argument; the engine has no console, so nothing is printed.
Value opLog(const Node& call, const json& data) { return evaluate(call.args[0], data); }

// ---- array operators --------------------------------------------------------------------------

Value opMap(const Node& call, const json& data) {
  const Value items = evaluate(call.args[0], data);
  json out = json::array();
  if (!items.get().is_array()) return Value::own(std::move(out));
  for (const json& item : items.get()) out.push_back(evaluate(call.args[1], item).take());
  return Value::own(std::move(out));
}

Value opFilter(const Node& call, const json& data) {
  const Value items = evaluate(call.args[0], data);
  json out = json::array();
  if (!items.get().is_array()) return Value::own(std::move(out));
  for (const json& item : items.get()) {
    if (truthy(evaluate(call.args[1], item).get())) out.push_back(item);
  }
  return Value::own(std::move(out));
}

// reduce: the rule sees {"current": item, "accumulator": result so far}; without an initial
// value the accumulator starts as null.
Value opReduce(const Node& call, const json& data) {
  const Value items = evaluate(call.args[0], data);
  json accumulator = call.args.size() > 2 ? evaluate(call.args[2], data).take() : json(nullptr);
  if (!items.get().is_array()) return Value::own(std::move(accumulator));
  json scope = json::object();
  json& currentSlot = scope["current"];
  json& accumulatorSlot = scope["accumulator"];
  for (const json& item : items.get()) {
    currentSlot = item;
    accumulatorSlot = std::move(accumulator);
    accumulator = evaluate(call.args[1], scope).take();  // copied out before the scope changes
  }
  return Value::own(std::move(accumulator));
}

// all: false for an empty (or non-array) list, as in json-logic-js.
Value opAll(const Node& call, const json& data) {
  const Value items = evaluate(call.args[0], data);
  if (!items.get().is_array() || items.get().empty()) return boolean(false);
  for (const json& item : items.get()) {
    if (!truthy(evaluate(call.args[1], item).get())) return boolean(false);
  }
  return boolean(true);
}

// some / none: whether any item satisfies the rule; a non-array has no items.
bool anyMatch(const Node& call, const json& data) {
  const Value items = evaluate(call.args[0], data);
  if (!items.get().is_array()) return false;
  for (const json& item : items.get()) {
    if (truthy(evaluate(call.args[1], item).get())) return true;
  }
  return false;
}

Value opSome(const Node& call, const json& data) { return boolean(anyMatch(call, data)); }
Value opNone(const Node& call, const json& data) { return boolean(!anyMatch(call, data)); }

// ---- the table --------------------------------------------------------------------------------

constexpr Operation kOperations[] = {
    // name, function, fewest and most arguments, index of the per-item argument
    {"var", opVar, 0, 2, -1},
    {"missing", opMissing, 0, kNoLimit, -1},
    {"missing_some", opMissingSome, 2, 2, -1},
    {"if", opIf, 0, kNoLimit, -1},
    {"?:", opIf, 0, kNoLimit, -1},
    {"==", opEquals, 2, 2, -1},
    {"===", opStrictEquals, 2, 2, -1},
    {"!=", opNotEquals, 2, 2, -1},
    {"!==", opStrictNotEquals, 2, 2, -1},
    {"!", opNot, 1, 1, -1},
    {"!!", opNotNot, 1, 1, -1},
    {"or", opOr, 1, kNoLimit, -1},  // with no arguments JS returns undefined, which JSON lacks
    {"and", opAnd, 1, kNoLimit, -1},
    {">", opGreater, 2, 2, -1},
    {">=", opGreaterOrEqual, 2, 2, -1},
    {"<", opLess, 2, 3, -1},
    {"<=", opLessOrEqual, 2, 3, -1},
    {"max", opMax, 0, kNoLimit, -1},
    {"min", opMin, 0, kNoLimit, -1},
    {"+", opPlus, 0, kNoLimit, -1},
    {"-", opMinus, 1, 2, -1},
    {"*", opTimes, 1, kNoLimit, -1},
    {"/", opDivide, 2, 2, -1},
    {"%", opModulo, 2, 2, -1},
    {"map", opMap, 2, 2, 1},
    {"filter", opFilter, 2, 2, 1},
    {"reduce", opReduce, 2, 3, 1},
    {"all", opAll, 2, 2, 1},
    {"none", opNone, 2, 2, 1},
    {"some", opSome, 2, 2, 1},
    {"merge", opMerge, 0, kNoLimit, -1},
    {"in", opIn, 2, 2, -1},
    {"cat", opCat, 0, kNoLimit, -1},
    {"substr", opSubstr, 1, 3, -1},
    {"log", opLog, 1, 1, -1},
};

}  // namespace

const Operation* findOperation(std::string_view name) {
  for (const Operation& op : kOperations) {
    if (op.name == name) return &op;
  }
  return nullptr;
}

Value evaluate(const Node& node, const json& data) {
  switch (node.kind) {
    case Node::Kind::Literal:
      return Value::borrow(node.literal);
    case Node::Kind::Array: {
      json out = json::array();
      for (const Node& element : node.args) out.push_back(evaluate(element, data).take());
      return Value::own(std::move(out));
    }
    case Node::Kind::Call:
      break;
  }
  return node.op->fn(node, data);
}

}  // namespace ekw::rules::detail

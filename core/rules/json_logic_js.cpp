// JavaScript coercions and comparisons for the JSON Logic evaluator (see json_logic_js.h).
// The rules follow the ECMAScript specification (StringToNumber, Number::toString,
// IsLooselyEqual, IsLessThan), restricted to the value types JSON can hold.
#include "core/rules/json_logic_js.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include "core/rules/json_logic.h"

namespace ekw::rules::js {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInfinity = std::numeric_limits<double>::infinity();

// Arrays nested deeper than this print as "" inside toString. JavaScript itself would throw a
// RangeError; a bound keeps the recursion safe for any data.
constexpr int kMaxPrintDepth = 1000;

// ---- UTF-8 and whitespace -------------------------------------------------------------------

// The code point starting at byte `i`, and its length in bytes. Invalid bytes count as one
// byte each, so scanning always makes progress.
char32_t decodeAt(std::string_view s, std::size_t i, std::size_t& length) {
  const auto lead = static_cast<unsigned char>(s[i]);
  std::size_t n = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) {
    length = 1;
    return 0xFFFD;
  }
  char32_t cp = n == 1 ? lead : lead & (0x7F >> n);
  for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  length = n;
  return cp;
}

// WhiteSpace and LineTerminator as JavaScript's StringToNumber and parseFloat skip them.
bool isJsSpace(char32_t c) {
  switch (c) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0xA0: case 0x1680:
    case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

std::string_view trimStart(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t n = 0;
    if (!isJsSpace(decodeAt(s, i, n))) break;
    i += n;
  }
  return s.substr(i);
}

std::string_view trimEnd(std::string_view s) {
  while (!s.empty()) {
    std::size_t start = s.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    std::size_t n = 0;
    if (!isJsSpace(decodeAt(s, start, n)) || start + n != s.size()) break;
    s = s.substr(0, start);
  }
  return s;
}

// ---- parsing numbers --------------------------------------------------------------------------

bool isDigit(char c) { return c >= '0' && c <= '9'; }

std::size_t skipDigits(std::string_view s, std::size_t i) {
  while (i < s.size() && isDigit(s[i])) ++i;
  return i;
}

// Length of the longest prefix of `s` that is a StrDecimalLiteral ([+-] then "Infinity" or
// digits with an optional fraction and exponent); 0 when there is none.
std::size_t scanDecimal(std::string_view s) {
  std::size_t i = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
  if (s.substr(i, 8) == "Infinity") return i + 8;
  const std::size_t intEnd = skipDigits(s, i);
  std::size_t end = intEnd;
  bool anyDigit = intEnd > i;
  if (end < s.size() && s[end] == '.') {
    const std::size_t fracEnd = skipDigits(s, end + 1);
    const bool fracDigits = fracEnd > end + 1;
    if (anyDigit || fracDigits) end = fracEnd;  // "1." and ".5" are numbers, "." is not
    anyDigit = anyDigit || fracDigits;
  }
  if (!anyDigit) return 0;
  if (end < s.size() && (s[end] == 'e' || s[end] == 'E')) {
    std::size_t e = end + 1;
    if (e < s.size() && (s[e] == '+' || s[e] == '-')) ++e;
    const std::size_t expEnd = skipDigits(s, e);
    if (expEnd > e) end = expEnd;
  }
  return end;
}

// The value of a complete StrDecimalLiteral as scanDecimal accepted it.
double decimalValue(std::string_view text) {
  const bool negative = text[0] == '-';
  if (text[0] == '+' || text[0] == '-') text.remove_prefix(1);
  double value = 0;
  if (text == "Infinity") {
    value = kInfinity;
  } else {
    // strtod rather than from_chars: Emscripten's libc++ has no floating-point from_chars. It gives
    // HUGE_VAL on overflow and 0 (or a denormal) on underflow, as JavaScript does; the text is a
    // plain decimal literal here, so the locale cannot change its meaning.
    const std::string copy(text);
    value = std::strtod(copy.c_str(), nullptr);
  }
  return negative ? -value : value;
}

// "0x1F", "0o17", "0b101": JavaScript accepts these (unsigned) in Number() but not in parseFloat.
std::optional<double> radixValue(std::string_view s) {
  if (s.size() < 3 || s[0] != '0') return std::nullopt;
  const char tag = static_cast<char>(s[1] | 0x20);
  const int radix = tag == 'x' ? 16 : tag == 'o' ? 8 : tag == 'b' ? 2 : 0;
  if (radix == 0) return std::nullopt;
  double value = 0;
  for (char c : s.substr(2)) {
    const char lower = static_cast<char>(c | 0x20);
    const int digit = isDigit(c) ? c - '0' : (lower >= 'a' && lower <= 'f') ? lower - 'a' + 10 : 99;
    if (digit >= radix) return kNaN;
    value = value * radix + digit;
  }
  return value;
}

double stringToNumber(std::string_view s) {
  s = trimEnd(trimStart(s));
  if (s.empty()) return 0;
  if (const auto radix = radixValue(s)) return *radix;
  return scanDecimal(s) == s.size() ? decimalValue(s) : kNaN;
}

// ---- printing ---------------------------------------------------------------------------------

std::string toStringAt(const json& v, int depth);

std::string joinArray(const json& array, int depth) {
  std::string out;
  if (depth > kMaxPrintDepth) return out;
  bool first = true;
  for (const json& element : array) {
    if (!first) out += ',';
    first = false;
    if (!element.is_null()) out += toStringAt(element, depth + 1);
  }
  return out;
}

std::string toStringAt(const json& v, int depth) {
  switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return v.get<bool>() ? "true" : "false";
    case json::value_t::number_integer: return std::to_string(v.get<std::int64_t>());
    case json::value_t::number_unsigned: return std::to_string(v.get<std::uint64_t>());
    case json::value_t::number_float: return numberToString(v.get<double>());
    case json::value_t::string: return v.get_ref<const std::string&>();
    case json::value_t::array: return joinArray(v, depth);
    default: return "[object Object]";
  }
}

// ---- comparison -------------------------------------------------------------------------------

enum class JsType { Undefined, Null, Boolean, Number, String, Object };

JsType typeOf(const json* v) {
  if (v == nullptr) return JsType::Undefined;
  if (v->is_null()) return JsType::Null;
  if (v->is_boolean()) return JsType::Boolean;
  if (v->is_number()) return JsType::Number;
  if (v->is_string()) return JsType::String;
  return JsType::Object;
}

// A primitive as ToPrimitive leaves it: a string, or anything else already reduced to a number.
struct Primitive {
  bool isString = false;
  double number = 0;
  std::string text;
  double asNumber() const { return isString ? stringToNumber(text) : number; }
};

Primitive toPrimitive(const json* v) {
  Primitive p;
  switch (typeOf(v)) {
    case JsType::Undefined: p.number = kNaN; break;
    case JsType::Null: p.number = 0; break;
    case JsType::Boolean: p.number = v->get<bool>() ? 1 : 0; break;
    case JsType::Number: p.number = v->get<double>(); break;
    default:  // strings, and arrays/objects, which ToPrimitive turns into their string form
      p.isString = true;
      p.text = toString(*v);
  }
  return p;
}

// IsLessThan: nullopt stands for JavaScript's "undefined" result (a NaN was involved), which
// makes every relational operator false.
std::optional<bool> lessThan(const json* a, const json* b) {
  const Primitive x = toPrimitive(a);
  const Primitive y = toPrimitive(b);
  // Byte order of UTF-8 is code point order, which matches UTF-16 order within the BMP.
  if (x.isString && y.isString) return x.text < y.text;
  const double nx = x.asNumber();
  const double ny = y.asNumber();
  if (std::isnan(nx) || std::isnan(ny)) return std::nullopt;
  return nx < ny;
}

}  // namespace

double toNumber(const json* v) {
  const JsType type = typeOf(v);
  if (type == JsType::String) return stringToNumber(v->get_ref<const std::string&>());
  return toPrimitive(v).asNumber();
}

double parseFloat(const json& v) {
  const std::string text = toString(v);
  const std::string_view s = trimStart(text);
  const std::size_t length = scanDecimal(s);
  return length == 0 ? kNaN : decimalValue(s.substr(0, length));
}

std::string toString(const json& v) { return toStringAt(v, 0); }

std::string joinPart(const json& v) { return v.is_null() ? std::string() : toString(v); }

namespace {

// Number::toString's layout of the shortest digits "d1d2...dk" of a value 0.d1d2...dk x 10^n:
// plain notation for 1e-7 < |value| < 1e21, exponent notation ("1.5e+21", "1e-7") otherwise.
std::string layoutDigits(const std::string& digits, int n) {
  const int k = static_cast<int>(digits.size());
  std::string out;
  if (k <= n && n <= 21) {
    out.append(digits).append(static_cast<std::size_t>(n - k), '0');
  } else if (0 < n && n <= 21) {
    out.append(digits, 0, static_cast<std::size_t>(n)).append(1, '.').append(digits, static_cast<std::size_t>(n));
  } else if (-6 < n && n <= 0) {
    out.append("0.").append(static_cast<std::size_t>(-n), '0').append(digits);
  } else {
    out.append(1, digits[0]);
    if (k > 1) out.append(1, '.').append(digits, 1);
    out.append(n - 1 < 0 ? "e-" : "e+").append(std::to_string(std::abs(n - 1)));
  }
  return out;
}

}  // namespace

std::string numberToString(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d < 0 ? "-Infinity" : "Infinity";
  if (d == 0) return "0";  // also -0, which JavaScript prints as "0"
  // The shortest digits that read back as `d`, as JavaScript picks them (it only lays them out
  // differently). Found by trying precisions, since Emscripten's libc++ has no floating-point to_chars.
  char buffer[64];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buffer, sizeof buffer, "%.*e", precision - 1, d);
    if (std::strtod(buffer, nullptr) == d) break;
  }
  std::string_view sci(buffer);  // "-1.25e+02"
  std::string out = sci[0] == '-' ? "-" : "";
  if (sci[0] == '-') sci.remove_prefix(1);
  const std::size_t ePos = sci.find('e');
  std::string digits;
  for (char c : sci.substr(0, ePos)) {
    if (c != '.') digits += c;
  }
  const std::string_view expText = sci.substr(ePos + 1);
  int exponent = 0;
  std::from_chars(expText.data() + 1, expText.data() + expText.size(), exponent);
  if (expText[0] == '-') exponent = -exponent;
  return out + layoutDigits(digits, exponent + 1);
}

json makeNumber(double d) {
  // Every integral double in this range converts to int64 exactly. -0 stays a double, because
  // it still matters inside a rule (1 / -0 is -Infinity); Rule::apply prints it as 0.
  constexpr double kInt64Limit = 9223372036854775808.0;  // 2^63
  if (std::isfinite(d) && d == std::trunc(d) && d >= -kInt64Limit && d < kInt64Limit && !(d == 0 && std::signbit(d))) {
    return json(static_cast<std::int64_t>(d));
  }
  return json(d);
}

double toIntegerOrInfinity(double d) { return std::isnan(d) ? 0 : std::trunc(d); }

bool strictEquals(const json* a, const json* b) {
  const JsType type = typeOf(a);
  if (type != typeOf(b)) return false;
  switch (type) {
    case JsType::Undefined:
    case JsType::Null: return true;
    case JsType::Boolean: return a->get<bool>() == b->get<bool>();
    case JsType::Number: return a->get<double>() == b->get<double>();
    case JsType::String: return a->get_ref<const std::string&>() == b->get_ref<const std::string&>();
    default: return false;  // distinct arrays/objects
  }
}

bool looseEquals(const json* a, const json* b) {
  const JsType ta = typeOf(a);
  const JsType tb = typeOf(b);
  if (ta == tb) return strictEquals(a, b);
  const auto nullish = [](JsType t) { return t == JsType::Undefined || t == JsType::Null; };
  if (nullish(ta) || nullish(tb)) return nullish(ta) && nullish(tb);
  // Different non-null types: booleans become numbers, arrays/objects become strings, and a
  // string meeting a number becomes a number.
  const Primitive x = toPrimitive(a);
  const Primitive y = toPrimitive(b);
  if (x.isString && y.isString) return x.text == y.text;
  return x.asNumber() == y.asNumber();
}

bool less(const json* a, const json* b) { return lessThan(a, b).value_or(false); }

bool greater(const json* a, const json* b) { return lessThan(b, a).value_or(false); }

bool lessOrEqual(const json* a, const json* b) {
  const auto reversed = lessThan(b, a);
  return reversed.has_value() && !*reversed;
}

bool greaterOrEqual(const json* a, const json* b) {
  const auto forward = lessThan(a, b);
  return forward.has_value() && !*forward;
}

}  // namespace ekw::rules::js

namespace ekw::rules {

bool truthy(const nlohmann::json& v) {
  switch (v.type()) {
    case nlohmann::json::value_t::null: return false;
    case nlohmann::json::value_t::boolean: return v.get<bool>();
    case nlohmann::json::value_t::number_integer: return v.get<std::int64_t>() != 0;
    case nlohmann::json::value_t::number_unsigned: return v.get<std::uint64_t>() != 0;
    case nlohmann::json::value_t::number_float: {
      const double d = v.get<double>();
      return d != 0 && !std::isnan(d);
    }
    case nlohmann::json::value_t::string: return !v.get_ref<const std::string&>().empty();
    case nlohmann::json::value_t::array: return !v.empty();  // JSON Logic's one departure from JS
    default: return true;                                      // objects, even {}
  }
}

}  // namespace ekw::rules

#include "core/content/schema_check.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "core/content/address_check.h"
#include "core/content/embedded_schemas.h"
#include "core/content/utf8.h"
#include "core/content/value_checks.h"

namespace ekw {

namespace {

using nlohmann::json;

// ---------------------------------------------------------------------------------------------------------
// Compiled schema nodes
// ---------------------------------------------------------------------------------------------------------

// JSON Schema's primitive types. "integer" is kept apart from "number" because messages name it differently.
enum TypeBit : unsigned {
  kNull = 1u << 0,
  kBoolean = 1u << 1,
  kObject = 1u << 2,
  kArray = 1u << 3,
  kString = 1u << 4,
  kNumber = 1u << 5,
  kInteger = 1u << 6,
};

enum class Format { None, Id, Language, Date, Email, Uri, WebAddress, Source, Path };

// One (sub)schema, compiled once so that checking does not re-read keywords, and so that everything the
// checker does not understand is found when the schemas are loaded rather than ignored while checking.
struct Node {
  bool never = false;           // the boolean schema `false`
  std::vector<unsigned> types;  // in schema order, for messages; empty = any type
  unsigned typeMask = 0;
  std::vector<std::pair<std::string, const Node*>> properties;  // in schema order
  std::vector<std::string> required;
  bool additionalForbidden = false;  // additionalProperties: false
  const Node* additional = nullptr;  // additionalProperties: a schema
  const Node* propertyNames = nullptr;
  const Node* items = nullptr;
  std::optional<std::size_t> minItems, minLength, maxLength;
  std::optional<json> minimum, maximum;  // kept as JSON to print them as written
  std::optional<json> constValue;
  std::optional<std::vector<json>> enumValues;
  Format format = Format::None;
  std::vector<const Node*> oneOf;
  std::string refText;     // as written
  std::string refFile;     // the file the $ref is relative to
  std::string refPointer;  // where the $ref itself stands, for problems about it
  const Node* ref = nullptr;

  const Node* property(std::string_view name) const {
    for (const auto& [key, node] : properties)
      if (key == name) return node;
    return nullptr;
  }
};

bool isIntegral(const json& v) {
  if (v.is_number_integer()) return true;
  if (!v.is_number_float()) return false;
  double d = v.get<double>();
  return std::isfinite(d) && std::floor(d) == d;
}

// Whether `v` has one of the types in `mask` (0 = any).
bool typeAccepts(unsigned mask, const json& v) {
  if (mask == 0) return true;
  switch (v.type()) {
    case json::value_t::null: return (mask & kNull) != 0;
    case json::value_t::boolean: return (mask & kBoolean) != 0;
    case json::value_t::object: return (mask & kObject) != 0;
    case json::value_t::array: return (mask & kArray) != 0;
    case json::value_t::string: return (mask & kString) != 0;
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return (mask & kNumber) != 0 || ((mask & kInteger) != 0 && isIntegral(v));
    default: return false;
  }
}

// Like typeAccepts, but "integer" also takes 5.5: used to pick the oneOf branch an editor meant, so that
// 5.5 for a whole number says "expected a whole number" rather than listing every branch.
bool typeFamilyAccepts(unsigned mask, const json& v) {
  if (v.is_number() && (mask & kInteger) != 0) return true;
  return typeAccepts(mask, v);
}

unsigned typeOfValue(const json& v) {
  switch (v.type()) {
    case json::value_t::null: return kNull;
    case json::value_t::boolean: return kBoolean;
    case json::value_t::object: return kObject;
    case json::value_t::array: return kArray;
    case json::value_t::string: return kString;
    default: return kNumber;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Words for messages
// ---------------------------------------------------------------------------------------------------------

const char* typeWord(unsigned bit) {
  switch (bit) {
    case kNull: return "null";
    case kBoolean: return "true or false";
    case kObject: return "an object";
    case kArray: return "a list";
    case kString: return "a string";
    case kNumber: return "a number";
    case kInteger: return "a whole number";
    default: return "a value";
  }
}

// "a", "a or b", "a, b or c".
std::string joinOr(const std::vector<std::string>& words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? " or " : ", ";
    out += words[i];
  }
  return out;
}

std::string expectedWords(const std::vector<unsigned>& types) {
  bool hasNumber = std::find(types.begin(), types.end(), kNumber) != types.end();
  std::vector<std::string> words;
  for (unsigned t : types) {
    if (t == kInteger && hasNumber) continue;  // "a number" already covers whole numbers
    std::string w = typeWord(t);
    if (std::find(words.begin(), words.end(), w) == words.end()) words.push_back(w);
  }
  return joinOr(words);
}

// A value as an editor would recognise it in a message: strings quoted (and shortened), numbers as written.
std::string showValue(const json& v) {
  if (v.is_object()) return "an object";
  if (v.is_array()) return "a list";
  if (!v.is_string()) return v.dump();
  const std::string& s = v.get_ref<const std::string&>();
  constexpr std::size_t kMax = 60;
  if (utf8::codePoints(s) <= kMax) return json(s).dump(-1, ' ', false, json::error_handler_t::replace);
  std::string cut;
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++n > kMax - 3) break;
    cut += c;
  }
  return json(cut + "...").dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string foundWords(const json& v, const std::vector<unsigned>& expected) {
  if (v.is_boolean() || v.is_null()) return v.dump();
  if (v.is_number()) {
    // "expected a whole number, found a number" would not say what is wrong with 5.5.
    bool wantsInteger = std::find(expected.begin(), expected.end(), kInteger) != expected.end();
    return wantsInteger ? v.dump() : "a number";
  }
  return typeWord(typeOfValue(v));
}

// Optimal string alignment distance: like Levenshtein, but a swap of two neighbours ("nmae") counts once.
std::size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

// " (did you mean "name"?)" for the closest candidate within two edits, or "". A suggestion must keep at least
// one character of what was typed, so "x" does not suggest "id".
std::string didYouMean(std::string_view typed, const std::vector<std::string>& candidates) {
  constexpr std::size_t kLimit = 2;
  if (typed.size() > 200) return "";  // a pasted paragraph is not a typo; keep the table small
  const std::string* best = nullptr;
  std::size_t bestDistance = kLimit + 1;
  for (const std::string& c : candidates) {
    std::size_t d = editDistance(typed, c);
    if (d < bestDistance && d < typed.size()) {
      best = &c;
      bestDistance = d;
    }
  }
  return best ? " (did you mean \"" + *best + "\"?)" : "";
}

// ---------------------------------------------------------------------------------------------------------
// Formats, checked by hand: <regex> would bloat the WebAssembly build, and hand checks give better messages.
// Each returns "" when `s` is fine, else the message.
// ---------------------------------------------------------------------------------------------------------

bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAlpha(char c) { return isLower(c) || (c >= 'A' && c <= 'Z'); }

bool isId(std::string_view s) {
  if (s.empty() || s.size() > 64 || !(isLower(s[0]) || isDigit(s[0]))) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return isLower(c) || isDigit(c) || c == '-' || c == '_'; });
}

std::string checkId(std::string_view s, const std::string& shown) {
  if (isId(s)) return "";
  if (s.empty()) return "must not be empty";
  bool charsOk =
      std::all_of(s.begin(), s.end(), [](char c) { return isLower(c) || isDigit(c) || c == '-' || c == '_'; });
  if (!charsOk) return shown + " is not a valid id (use lower-case letters, digits, '-' and '_')";
  if (s.size() > 64)
    return shown + " is not a valid id (at most 64 characters; this one has " + std::to_string(s.size()) + ")";
  return shown + " is not a valid id (it must start with a lower-case letter or a digit)";
}

std::string checkLanguage(std::string_view s, const std::string& shown) {
  if ((s.size() == 2 || s.size() == 3) && std::all_of(s.begin(), s.end(), isLower)) return "";
  return shown + " is not a valid language code (use two or three lower-case letters, e.g. \"nl\")";
}

bool allDigits(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), isDigit); }

int toInt(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

std::string checkDate(std::string_view s, const std::string& shown) {
  bool unreal = false;
  if (values::isIsoDate(s, &unreal)) return "";
  if (unreal) return shown + " is not a real date (YYYY-MM-DD)";
  return shown + " is not a valid date (use YYYY-MM-DD, e.g. \"2025-03-31\")";
}

// Host names as people write them: letters, digits, '-', '.', and non-ASCII for international names.

std::string checkEmail(std::string_view s, const std::string& shown) {
  // Residents' mail programs handle plain addresses; RFC 5321 also allows quoted names and address literals.
  return isEmailAddress(s) ? "" : shown + " is not a valid e-mail address (name@example.nl)";
}

std::string checkUri(std::string_view s, const std::string& shown) {
  std::string problem = uriProblem(s);
  return problem.empty() ? "" : shown + " is not a valid URI (" + problem + ")";
}

std::string checkWebAddress(std::string_view s, const std::string& shown) {
  std::string problem = webAddressProblem(s);
  return problem.empty() ? "" : shown + " is not a valid web address (" + problem + ")";
}

// A positive line number; longer than 9 digits is not a line of any seed file and would overflow.
bool isLineNumber(std::string_view s) { return allDigits(s) && s.size() <= 9 && toInt(s) >= 1; }

std::string checkSource(std::string_view s, const std::string& shown) {
  std::string bad = shown + " is not a valid source (FILE:LINE or FILE:START-END)";
  std::size_t colon = s.rfind(':');
  if (colon == std::string_view::npos || colon == 0) return bad;
  std::string_view file = s.substr(0, colon);
  if (file.find_first_of("/\\") != std::string_view::npos) return bad;
  std::string_view lines = s.substr(colon + 1);
  std::size_t dash = lines.find('-');
  if (dash == std::string_view::npos) return isLineNumber(lines) ? "" : bad;
  std::string_view start = lines.substr(0, dash), end = lines.substr(dash + 1);
  if (!isLineNumber(start) || !isLineNumber(end) || toInt(start) > toInt(end)) return bad;
  return "";
}

// A field name of the person or context object: person.naam.voornamen, context.forSomeoneElse.
bool isFieldName(std::string_view s) {
  if (s.empty() || !isAlpha(s[0])) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return isAlpha(c) || isDigit(c) || c == '_' || c == '-'; });
}

std::string checkPath(std::string_view s, const std::string& shown) {
  std::string bad = shown +
                    " is not a valid path (answers.ID, facts.ID, person.NAME, context.NAME, profile.ID, summary or "
                    "summary.ID)";
  if (s == "summary") return "";
  std::size_t dot = s.find('.');
  if (dot == std::string_view::npos) return bad;
  std::string_view head = s.substr(0, dot), rest = s.substr(dot + 1);
  if (head == "answers" || head == "facts" || head == "profile" || head == "summary") return isId(rest) ? "" : bad;
  if (head == "context") return isFieldName(rest) ? "" : bad;
  if (head == "person") {
    while (true) {
      std::size_t next = rest.find('.');
      if (!isFieldName(rest.substr(0, next))) return bad;
      if (next == std::string_view::npos) return "";
      rest = rest.substr(next + 1);
    }
  }
  return bad;
}

std::string checkFormat(Format f, std::string_view s, const std::string& shown) {
  switch (f) {
    case Format::Id: return checkId(s, shown);
    case Format::Language: return checkLanguage(s, shown);
    case Format::Date: return checkDate(s, shown);
    case Format::Email: return checkEmail(s, shown);
    case Format::Uri: return checkUri(s, shown);
    case Format::WebAddress: return checkWebAddress(s, shown);
    case Format::Source: return checkSource(s, shown);
    case Format::Path: return checkPath(s, shown);
    case Format::None: return "";
  }
  return "";
}

std::optional<Format> formatByName(std::string_view name) {
  if (name == "ekw-id") return Format::Id;
  if (name == "language") return Format::Language;
  if (name == "date") return Format::Date;
  if (name == "email") return Format::Email;
  if (name == "uri") return Format::Uri;
  if (name == "ekw-web-address") return Format::WebAddress;
  if (name == "ekw-source") return Format::Source;
  if (name == "ekw-path") return Format::Path;
  return std::nullopt;
}

}  // namespace

// ---------------------------------------------------------------------------------------------------------
// The set: compiling
// ---------------------------------------------------------------------------------------------------------

struct SchemaSet::Impl {
  std::deque<Node> nodes;                                      // deque: node addresses stay valid as it grows
  std::map<std::string, const Node*, std::less<>> roots;       // file name -> root node
  std::map<std::string, std::string, std::less<>> fileById;    // $id -> file name, for cross-file $refs
  std::map<std::string, const Node*, std::less<>> byLocation;  // "file#pointer" -> node, for $ref
  std::map<std::string, JsonDocument, std::less<>> documents;  // for the positions of schema problems
  std::vector<Node*> withRef;
  Diagnostics problems;

  void problem(const std::string& file, const std::string& pointer, std::string code, std::string message) {
    auto doc = documents.find(file);
    SourcePos pos = doc != documents.end() ? doc->second.positionOf(pointer) : SourcePos{};
    problems.add({Severity::Error, file, pos, pointer, std::move(code), std::move(message)});
  }

  Node* compile(const json& s, const std::string& file, const std::string& pointer);
  void compileKeyword(Node& node, const std::string& key, const json& value, const std::string& file,
                      const std::string& pointer);
  void resolveRefs();
};

namespace {

bool isNonNegativeInteger(const json& v) { return isIntegral(v) && v.get<double>() >= 0; }

std::optional<unsigned> typeByName(const json& name) {
  if (!name.is_string()) return std::nullopt;
  const std::string& n = name.get_ref<const std::string&>();
  if (n == "null") return kNull;
  if (n == "boolean") return kBoolean;
  if (n == "object") return kObject;
  if (n == "array") return kArray;
  if (n == "string") return kString;
  if (n == "number") return kNumber;
  if (n == "integer") return kInteger;
  return std::nullopt;
}

// The fragment of a $ref with its %XX escapes decoded (RFC 3986 section 2.1); nullopt for a broken escape.
std::optional<std::string> percentDecoded(std::string_view s) {
  std::string out;
  auto hexValue = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') {
      out += s[i];
      continue;
    }
    if (i + 2 >= s.size() || !std::isxdigit(static_cast<unsigned char>(s[i + 1])) ||
        !std::isxdigit(static_cast<unsigned char>(s[i + 2])))
      return std::nullopt;
    out += static_cast<char>(hexValue(s[i + 1]) * 16 + hexValue(s[i + 2]));
    i += 2;
  }
  return out;
}

bool isAnnotation(std::string_view key) {
  return key == "$schema" || key == "$id" || key == "title" || key == "description" || key == "$comment" ||
         key == "examples" || key == "default" || key == "deprecated";
}

}  // namespace

Node* SchemaSet::Impl::compile(const json& s, const std::string& file, const std::string& pointer) {
  Node& node = nodes.emplace_back();
  byLocation[file + "#" + pointer] = &node;
  if (s.is_boolean()) {
    node.never = !s.get<bool>();
    return &node;
  }
  if (!s.is_object()) {
    problem(file, pointer, "schema-invalid", "a schema must be an object, true or false");
    return &node;
  }
  for (const auto& [key, value] : s.items()) compileKeyword(node, key, value, file, appendPointer(pointer, key));
  return &node;
}

void SchemaSet::Impl::compileKeyword(Node& node, const std::string& key, const json& value, const std::string& file,
                                     const std::string& pointer) {
  auto invalid = [&](const std::string& what) {
    problem(file, pointer, "schema-invalid", "\"" + key + "\" must be " + what);
  };
  auto size = [&](std::optional<std::size_t>& into) {
    if (isNonNegativeInteger(value)) into = static_cast<std::size_t>(value.get<double>());
    else invalid("a whole number of at least 0");
  };
  if (key == "$schema" && pointer == "/$schema" && value != "https://json-schema.org/draft/2020-12/schema")
    return problem(file, pointer, "schema-unsupported",
                   "\"$schema\" must be https://json-schema.org/draft/2020-12/schema, the only dialect the check knows");
  if (key == "$id" && pointer != "/$id")  // it would change the base URI of the $refs below it
    return problem(file, pointer, "schema-unsupported", "\"$id\" inside a schema is not supported; only at the top");
  if (isAnnotation(key)) return;
  if (key == "type") {
    std::vector<json> names = value.is_array() ? value.get<std::vector<json>>() : std::vector<json>{value};
    for (const json& n : names) {
      auto t = typeByName(n);
      if (!t) {
        invalid("a type name or a list of them (null, boolean, object, array, string, number, integer)");
        continue;
      }
      node.types.push_back(*t);
      node.typeMask |= *t;
    }
  } else if (key == "properties") {
    if (!value.is_object()) return invalid("an object");
    for (const auto& [name, sub] : value.items())
      node.properties.emplace_back(name, compile(sub, file, appendPointer(pointer, name)));
  } else if (key == "required") {
    if (!value.is_array()) return invalid("a list of field names");
    for (const json& n : value) {
      if (n.is_string()) node.required.push_back(n.get<std::string>());
      else invalid("a list of field names");
    }
  } else if (key == "additionalProperties") {
    if (value.is_boolean()) node.additionalForbidden = !value.get<bool>();
    else node.additional = compile(value, file, pointer);
  } else if (key == "propertyNames") {
    node.propertyNames = compile(value, file, pointer);
  } else if (key == "items") {
    if (value.is_array())
      return problem(file, pointer, "schema-unsupported",
                     "\"items\" as a list (tuples) is not supported; use prefixItems");
    node.items = compile(value, file, pointer);
  } else if (key == "minItems") {
    size(node.minItems);
  } else if (key == "minLength") {
    size(node.minLength);
  } else if (key == "maxLength") {
    size(node.maxLength);
  } else if (key == "minimum" || key == "maximum") {
    if (!value.is_number()) return invalid("a number");
    (key == "minimum" ? node.minimum : node.maximum) = value;
  } else if (key == "enum") {
    if (!value.is_array()) return invalid("a list");  // an empty list is allowed: no value matches it
    node.enumValues = value.get<std::vector<json>>();
  } else if (key == "const") {
    node.constValue = value;
  } else if (key == "format") {
    auto f = value.is_string() ? formatByName(value.get_ref<const std::string&>()) : std::nullopt;
    if (!f) {
      problem(
          file, pointer, "schema-unsupported",
          "format " + value.dump() + " is not supported (ekw-id, language, date, email, uri, ekw-web-address, ekw-source, ekw-path)");
      return;
    }
    node.format = *f;
  } else if (key == "oneOf") {
    if (!value.is_array() || value.empty()) return invalid("a non-empty list of schemas");
    for (std::size_t i = 0; i < value.size(); ++i)
      node.oneOf.push_back(compile(value[i], file, appendPointer(pointer, i)));
  } else if (key == "$ref") {
    if (!value.is_string()) return invalid("a string");
    node.refText = value.get<std::string>();
    node.refFile = file;
    node.refPointer = pointer;
    withRef.push_back(&node);
  } else if (key == "$defs") {
    if (!value.is_object()) return invalid("an object");
    for (const auto& [name, sub] : value.items()) compile(sub, file, appendPointer(pointer, name));
  } else {
    problem(file, pointer, "schema-unsupported",
            "keyword \"" + key + "\" is not supported by the engine's schema check; it would be ignored");
  }
}

void SchemaSet::Impl::resolveRefs() {
  for (Node* node : withRef) {
    const std::string& text = node->refText;
    std::size_t hash = text.find('#');
    std::string base = text.substr(0, hash);
    std::string fragment = hash == std::string::npos ? "" : text.substr(hash + 1);
    if (base.rfind("./", 0) == 0) base.erase(0, 2);
    std::string file = node->refFile;
    if (!base.empty()) {
      auto byId = fileById.find(base);
      file = byId != fileById.end() ? byId->second : base;
      if (!roots.count(file)) {
        problem(node->refFile, node->refPointer, "schema-unresolved-ref",
                "$ref \"" + text + "\" names a schema file that is not there: " + base);
        continue;
      }
    }
    std::optional<std::string> decoded = percentDecoded(fragment);  // RFC 3986: "#/$defs/a%25b" means "/$defs/a%b"
    if (!decoded) {
      problem(node->refFile, node->refPointer, "schema-invalid",
              "$ref \"" + text + "\" has a '%' that is not followed by two hex digits");
      continue;
    }
    fragment = *decoded;
    if (!fragment.empty() && fragment[0] != '/') {
      problem(node->refFile, node->refPointer, "schema-unsupported",
              "$ref \"" + text + "\" uses an anchor; only JSON pointers (#/$defs/...) are supported");
      continue;
    }
    auto target = byLocation.find(file + "#" + fragment);
    if (target == byLocation.end()) {
      problem(node->refFile, node->refPointer, "schema-unresolved-ref",
              "$ref \"" + text + "\" does not resolve: " + file + " has no schema at #" + fragment);
      continue;
    }
    node->ref = target->second;
  }
  // A chain of $refs that comes back to itself would make the check loop without reading any value.
  for (Node* node : withRef) {
    std::vector<const Node*> seen{node};
    for (const Node* at = node->ref; at; at = at->ref) {
      if (std::find(seen.begin(), seen.end(), at) != seen.end()) {
        problem(node->refFile, node->refPointer, "schema-ref-cycle",
                "$ref \"" + node->refText + "\" refers back to itself");
        node->ref = nullptr;
        break;
      }
      seen.push_back(at);
    }
  }
}

SchemaSet::SchemaSet(const std::vector<std::pair<std::string_view, std::string_view>>& files)
    : impl_(std::make_unique<Impl>()) {
  // Parse every file first: a $ref may point forward into a file not compiled yet.
  for (const auto& [name, text] : files) {
    std::string file(name);
    JsonDocument doc;
    JsonError error;
    if (!parseJsonDocument(text, doc, error)) {
      impl_->problems.add({Severity::Error, file, error.pos, "", "schema-not-json", error.message});
      continue;
    }
    for (const auto& d : doc.duplicateKeys)
      impl_->problems.add({Severity::Error, file, d.pos, d.pointer, "schema-invalid", d.message});
    if (doc.value.is_object() && doc.value.contains("$id") && doc.value["$id"].is_string())
      impl_->fileById[doc.value["$id"].get<std::string>()] = file;
    impl_->documents.emplace(file, std::move(doc));
  }
  for (const auto& [file, doc] : impl_->documents) impl_->roots[file] = nullptr;
  for (const auto& [file, doc] : impl_->documents) impl_->roots[file] = impl_->compile(doc.value, file, "");
  impl_->resolveRefs();
  impl_->problems.sort();
}

SchemaSet::~SchemaSet() = default;
SchemaSet::SchemaSet(SchemaSet&&) noexcept = default;
SchemaSet& SchemaSet::operator=(SchemaSet&&) noexcept = default;

const SchemaSet& SchemaSet::builtin() {
  static const SchemaSet set(embeddedSchemas());
  return set;
}

const Diagnostics& SchemaSet::schemaProblems() const { return impl_->problems; }

bool SchemaSet::has(std::string_view schemaName) const { return impl_->roots.count(schemaName) > 0; }

std::vector<std::string> SchemaSet::names() const {
  std::vector<std::string> out;
  for (const auto& [name, root] : impl_->roots) out.push_back(name);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Checking
// ---------------------------------------------------------------------------------------------------------

namespace {

// The types a schema accepts, following $ref and oneOf, in schema order; empty = any. Used to say what a
// oneOf expects and to pick the branch an editor meant.
std::vector<unsigned> effectiveTypes(const Node& s, int depth = 0) {
  if (depth > 32) return {};
  if (!s.types.empty()) return s.types;
  if (s.ref) return effectiveTypes(*s.ref, depth + 1);
  std::vector<unsigned> out;
  auto add = [&](unsigned t) {
    if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
  };
  if (!s.oneOf.empty()) {
    for (const Node* branch : s.oneOf) {
      std::vector<unsigned> b = effectiveTypes(*branch, depth + 1);
      if (b.empty()) return {};
      for (unsigned t : b) add(t);
    }
    return out;
  }
  if (s.constValue) return {typeOfValue(*s.constValue)};
  if (s.enumValues) {
    for (const json& v : *s.enumValues) add(typeOfValue(v));
    return out;
  }
  return {};
}

unsigned maskOf(const std::vector<unsigned>& types) {
  unsigned m = 0;
  for (unsigned t : types) m |= t;
  return m;
}

std::string enumWord(const json& v) { return v.is_string() ? v.get<std::string>() : v.dump(); }

class Checker {
 public:
  Checker(const JsonDocument& doc, const std::string& file, Diagnostics& out) : doc_(doc), file_(file), out_(out) {}

  // Checks `v` at `pointer` and returns how many problems it reported (here and below).
  std::size_t check(const json& v, const Node& s, const std::string& pointer) {
    // Bounds recursion through oneOf/$ref loops that resolveRefs cannot see; documents nest at most 128 deep.
    if (depth_ > 1000) return 0;
    ++depth_;
    std::size_t n = checkHere(v, s, pointer);
    --depth_;
    return n;
  }

 private:
  const JsonDocument& doc_;
  const std::string& file_;
  Diagnostics& out_;
  int depth_ = 0;

  std::size_t report(const std::string& pointer, const char* code, std::string message) {
    out_.add({Severity::Error, file_, doc_.positionOf(pointer), pointer, code, std::move(message)});
    return 1;
  }

  // Keywords that concern the value itself stop at the first failure (one problem per value); members and
  // items are other values and are all checked.
  std::size_t checkHere(const json& v, const Node& s, const std::string& pointer) {
    if (s.never) return report(pointer, "invalid-value", "no value is allowed here");
    if (s.ref) {
      if (std::size_t n = check(v, *s.ref, pointer)) return n;
    }
    if (!typeAccepts(s.typeMask, v))
      return report(pointer, "wrong-type", "expected " + expectedWords(s.types) + ", found " + foundWords(v, s.types));
    if (!s.oneOf.empty()) {
      if (std::size_t n = checkOneOf(v, s, pointer)) return n;
    }
    if (s.constValue && v != *s.constValue)
      return report(pointer, "invalid-value", "must be " + showValue(*s.constValue) + ", not " + showValue(v));
    if (s.enumValues && std::find(s.enumValues->begin(), s.enumValues->end(), v) == s.enumValues->end())
      return reportEnum(v, *s.enumValues, pointer);
    if (v.is_string()) return checkString(v.get_ref<const std::string&>(), v, s, pointer);
    if (v.is_number()) return checkNumber(v, s, pointer);
    if (v.is_array()) return checkArray(v, s, pointer);
    if (v.is_object()) return checkObject(v, s, pointer);
    return 0;
  }

  std::size_t reportEnum(const json& v, const std::vector<json>& allowed, const std::string& pointer) {
    std::string list, hint;
    std::vector<std::string> candidates;
    for (const json& a : allowed) {
      list += (list.empty() ? "" : ", ") + enumWord(a);
      if (a.is_string()) candidates.push_back(a.get<std::string>());
    }
    if (v.is_string()) hint = didYouMean(v.get_ref<const std::string&>(), candidates);
    // "a list is not one of: ..." would read oddly; name what was expected first.
    if (v.is_object() || v.is_array())
      return report(pointer, "invalid-value", "expected one of: " + list + ", found " + showValue(v));
    return report(pointer, "invalid-value", showValue(v) + " is not one of: " + list + hint);
  }

  // oneOf, for editors: a value whose type fits one branch only is checked against that branch, so its
  // problems are reported as they are ("missing required field "nl""), not as "matches no alternative".
  std::size_t checkOneOf(const json& v, const Node& s, const std::string& pointer) {
    std::vector<const Node*> fitting;
    std::vector<unsigned> all;
    for (const Node* branch : s.oneOf) {
      std::vector<unsigned> types = effectiveTypes(*branch);
      if (typeFamilyAccepts(maskOf(types), v)) fitting.push_back(branch);
      for (unsigned t : types)
        if (std::find(all.begin(), all.end(), t) == all.end()) all.push_back(t);
    }
    if (fitting.empty())
      return report(pointer, "wrong-type", "expected " + expectedWords(all) + ", found " + foundWords(v, all));
    if (fitting.size() == 1) return check(v, *fitting[0], pointer);
    // Several branches take this type: try each quietly. When none fits, the branch with the fewest problems is
    // most likely what the editor meant.
    std::vector<Diagnostics> trials(fitting.size());
    std::size_t passing = 0, best = 0;
    for (std::size_t i = 0; i < fitting.size(); ++i) {
      Checker trial(doc_, file_, trials[i]);
      trial.depth_ = depth_;
      if (trial.check(v, *fitting[i], pointer) == 0) ++passing;
      if (trials[i].items().size() < trials[best].items().size()) best = i;
    }
    if (passing == 1) return 0;
    if (passing > 1)
      return report(pointer, "invalid-value", "fits more than one of the allowed forms; it must fit exactly one");
    for (const Diagnostic& d : trials[best].items()) out_.add(d);
    return trials[best].items().size();
  }

  std::size_t checkString(const std::string& str, const json& v, const Node& s, const std::string& pointer) {
    std::string shown = showValue(v);
    if (s.format != Format::None) {
      std::string problem = checkFormat(s.format, str, shown);
      if (!problem.empty()) return report(pointer, "invalid-value", problem);
    }
    std::size_t length = utf8::codePoints(str);
    if (s.minLength && length < *s.minLength) {
      if (length == 0) return report(pointer, "invalid-value", "must not be empty");
      return report(pointer, "invalid-value",
                    shown + " is too short: at least " + std::to_string(*s.minLength) + " characters are needed");
    }
    if (s.maxLength && length > *s.maxLength)
      return report(pointer, "invalid-value",
                    "is too long: " + std::to_string(length) + " characters, at most " + std::to_string(*s.maxLength) +
                        " are allowed");
    return 0;
  }

  std::size_t checkNumber(const json& v, const Node& s, const std::string& pointer) {
    double d = v.get<double>();
    if (s.minimum && d < s.minimum->get<double>())
      return report(pointer, "invalid-value", v.dump() + " is less than the minimum " + s.minimum->dump());
    if (s.maximum && d > s.maximum->get<double>())
      return report(pointer, "invalid-value", v.dump() + " is more than the maximum " + s.maximum->dump());
    return 0;
  }

  std::size_t checkArray(const json& v, const Node& s, const std::string& pointer) {
    std::size_t n = 0;
    if (s.minItems && v.size() < *s.minItems) {
      n += report(pointer, "invalid-value",
                  v.empty() ? std::string("must not be empty")
                            : "has " + std::to_string(v.size()) + " items; at least " + std::to_string(*s.minItems) +
                                  " are needed");
    }
    if (s.items)
      for (std::size_t i = 0; i < v.size(); ++i) n += check(v[i], *s.items, appendPointer(pointer, i));
    return n;
  }

  std::size_t checkObject(const json& v, const Node& s, const std::string& pointer) {
    std::size_t n = 0;
    for (const std::string& name : s.required)
      if (!v.contains(name)) n += report(pointer, "missing-field", "missing required field \"" + name + "\"");

    // Members in the order they stand in the file, so diagnostics read top to bottom.
    struct Member {
      SourcePos pos;
      std::string pointer;
      const std::string* key;
      const json* value;
    };
    std::vector<Member> members;
    for (const auto& [key, value] : v.items()) {
      std::string p = appendPointer(pointer, key);
      members.push_back({doc_.positionOf(p), std::move(p), &key, &value});
    }
    std::stable_sort(members.begin(), members.end(), [](const Member& a, const Member& b) {
      return std::tie(a.pos.line, a.pos.column) < std::tie(b.pos.line, b.pos.column);
    });

    for (const Member& m : members) {
      if (s.propertyNames) {
        if (std::size_t k = check(json(*m.key), *s.propertyNames, m.pointer)) {
          n += k;
          continue;  // the name is wrong; its value would be one more problem at the same place
        }
      }
      if (const Node* p = s.property(*m.key)) {
        n += check(*m.value, *p, m.pointer);
      } else if (s.additional) {
        n += check(*m.value, *s.additional, m.pointer);
      } else if (s.additionalForbidden) {
        std::vector<std::string> candidates;
        for (const auto& [name, node] : s.properties)
          if (!v.contains(name)) candidates.push_back(name);
        n += report(m.pointer, "unknown-field",
                    "unknown field " + showValue(json(*m.key)) + didYouMean(*m.key, candidates));
      }
    }
    return n;
  }
};

}  // namespace

void SchemaSet::check(const JsonDocument& doc, std::string_view schemaName, const std::string& file,
                      Diagnostics& out) const {
  auto root = impl_->roots.find(schemaName);
  if (root == impl_->roots.end() || !root->second) {
    out.add(
        {Severity::Error, file, {}, "", "unknown-schema", "there is no schema \"" + std::string(schemaName) + "\""});
    return;
  }
  Checker(doc, file, out).check(doc.value, *root->second, "");
}

}  // namespace ekw

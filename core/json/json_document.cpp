#include "core/json/json_document.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace ekw {

std::string appendPointer(std::string_view pointer, std::string_view token) {
  std::string out(pointer);
  out += '/';
  for (char c : token) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

std::string appendPointer(std::string_view pointer, std::size_t index) {
  return std::string(pointer) + "/" + std::to_string(index);
}

bool nestingWithin(std::string_view text, int maxDepth) {
  int depth = 0;
  bool inString = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (inString) {
      if (c == '\\') ++i;
      else if (c == '"') inString = false;
    } else if (c == '"') {
      inString = true;
    } else if (c == '[' || c == '{') {
      if (++depth > maxDepth) return false;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return true;
}

SourcePos JsonDocument::positionOf(std::string_view pointer) const {
  std::string p(pointer);
  while (true) {
    auto it = positions.find(p);
    if (it != positions.end()) return it->second;
    if (p.empty()) return {};
    p.erase(p.rfind('/'));
  }
}

namespace {

// Recursive descent over the text; depth is capped by JsonLimits so recursion is bounded.
class Parser {
 public:
  Parser(std::string_view text, JsonDocument& doc, const JsonLimits& limits)
      : text_(text), doc_(doc), limits_(limits) {}

  bool run(JsonError& error) {
    // A NUL byte is never part of content: an editor would not keep one. Report the first, wherever it is.
    if (std::size_t nul = text_.find('\0'); nul != std::string_view::npos) {
      error.message = "a NUL byte is not allowed in a content file";
      error.pos = positionAt(nul);
      return false;
    }
    skipBom();
    skipSpace();
    if (atEnd()) return fail("the file is empty: expected a JSON value", error);
    if (!parseValue(doc_.value, "", 0)) return report(error);
    skipSpace();
    if (!atEnd()) {
      failHere("unexpected text after the end of the JSON value");
      return report(error);
    }
    return true;
  }

 private:
  std::string_view text_;
  JsonDocument& doc_;
  const JsonLimits& limits_;
  std::size_t at_ = 0;
  int line_ = 1;
  std::size_t lineStart_ = 0;
  mutable std::size_t cacheLineStart_ = 0, cacheOffset_ = 0;
  mutable int cacheColumn_ = 1;
  std::string message_;
  SourcePos errorPos_;

  bool atEnd() const { return at_ >= text_.size(); }
  char peek() const { return atEnd() ? '\0' : text_[at_]; }
  // Columns count characters, not bytes, so that they match what an editor shows for accented text.
  // The column is counted on from the last position asked for on the same line, so that a long line
  // (a minified file) costs linear time, not quadratic.
  SourcePos here() const {
    std::size_t end = std::min(at_, text_.size());
    if (cacheLineStart_ != lineStart_ || cacheOffset_ > end) {
      cacheLineStart_ = lineStart_;
      cacheOffset_ = lineStart_;
      cacheColumn_ = 1;
    }
    for (std::size_t i = cacheOffset_; i < end; ++i)
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++cacheColumn_;
    cacheOffset_ = std::max(cacheOffset_, end);
    return {line_, cacheColumn_};
  }
  // Position of any offset, counted from the start of the text (for errors found before parsing).
  SourcePos positionAt(std::size_t offset) const {
    int line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text_.size(); ++i) {
      if (text_[i] == '\n') {
        ++line;
        column = 1;
      } else if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) {
        ++column;
      }
    }
    return {line, column};
  }
  bool failAt(std::string message, SourcePos pos) {
    if (message_.empty()) {
      message_ = std::move(message);
      errorPos_ = pos;
    }
    return false;
  }
  // An unexpected character where `expected` should be; names the usual mistakes (comments, single quotes).
  bool atComment() const {
    return peek() == '/' && at_ + 1 < text_.size() && (text_[at_ + 1] == '/' || text_[at_ + 1] == '*');
  }
  bool unexpected(const std::string& expected) {
    char c = peek();
    if (atComment())
      return failHere("comments are not allowed in JSON");
    if (c == '\'') return failHere("unexpected \"'\": member names and strings need double quotes in JSON");
    // "expected a value, found 'x'": what should be there first, then what is.
    std::string message = expected.empty() ? std::string("found ") : expected + ", found ";
    message += at_ >= text_.size() ? std::string("the end of the text") : describe(c);
    return failHere(std::move(message));
  }

  bool fail(const std::string& message, JsonError& error) {
    error.message = message;
    error.pos = here();
    return false;
  }
  bool failHere(std::string message) {
    if (message_.empty()) {
      message_ = std::move(message);
      errorPos_ = here();
    }
    return false;
  }
  bool report(JsonError& error) {
    error.message = message_;
    error.pos = errorPos_;
    return false;
  }

  void skipBom() {
    if (text_.size() >= 3 && std::memcmp(text_.data(), "\xEF\xBB\xBF", 3) == 0) at_ = 3, lineStart_ = 3;
  }

  void skipSpace() {
    while (!atEnd()) {
      char c = text_[at_];
      if (c == '\n') {
        ++at_;
        ++line_;
        lineStart_ = at_;
      } else if (c == ' ' || c == '\t' || c == '\r') {
        ++at_;
      } else {
        break;
      }
    }
  }

  static std::string describe(char c) {
    if (c == '\0') return "a NUL byte";
    if (static_cast<unsigned char>(c) < 0x20) return "a control character";
    if (static_cast<unsigned char>(c) >= 0x80) return "a non-ASCII character";
    if (c == '\'') return "\"'\"";
    return std::string("'") + c + "'";
  }

  bool parseValue(nlohmann::json& out, const std::string& pointer, int depth) {
    if (depth > limits_.maxDepth)
      return failHere("nesting is deeper than " + std::to_string(limits_.maxDepth) + " levels");
    skipSpace();
    if (atEnd()) return failHere("the file ends too early: expected a value (is the file cut off?)");
    if (!doc_.positions.count(pointer)) doc_.positions.emplace(pointer, here());
    char c = peek();
    switch (c) {
      case '{': return parseObject(out, pointer, depth);
      case '[': return parseArray(out, pointer, depth);
      case '"': {
        std::string s;
        if (!parseString(s)) return false;
        out = std::move(s);
        return true;
      }
      case 't': return parseLiteral("true", out, true);
      case 'f': return parseLiteral("false", out, false);
      case 'n': return parseLiteral("null", out, nullptr);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) return parseNumber(out);
        return unexpected("expected a value");
    }
  }

  bool parseLiteral(std::string_view word, nlohmann::json& out, nlohmann::json value) {
    if (text_.substr(at_, word.size()) != word) return failHere("unexpected text: expected a value");
    at_ += word.size();
    out = std::move(value);
    return true;
  }

  bool parseNumber(nlohmann::json& out) {
    std::size_t start = at_;
    bool isFloat = false;
    if (peek() == '-') ++at_;
    if (peek() == '0') {
      ++at_;
      if (peek() >= '0' && peek() <= '9') {
        std::size_t digitsStart = at_ - 1;
        while (peek() >= '0' && peek() <= '9') ++at_;
        std::string written(text_.substr(digitsStart, at_ - digitsStart));
        std::string meant = written.substr(std::min(written.find_first_not_of('0'), written.size() - 1));
        at_ = start;
        std::string message = "a number must not have a leading zero (write ";
        message += meant;
        message += ", not ";
        message += written;
        message += ")";
        return failHere(std::move(message));
      }
    } else if (peek() >= '1' && peek() <= '9') {
      while (peek() >= '0' && peek() <= '9') ++at_;
    } else {
      return failHere("a number must have digits after '-'");
    }
    if (peek() == '.') {
      isFloat = true;
      ++at_;
      if (!(peek() >= '0' && peek() <= '9')) return failHere("a number needs digits after the decimal point");
      while (peek() >= '0' && peek() <= '9') ++at_;
    }
    if (peek() == 'e' || peek() == 'E') {
      isFloat = true;
      ++at_;
      if (peek() == '+' || peek() == '-') ++at_;
      if (!(peek() >= '0' && peek() <= '9')) return failHere("a number needs digits in its exponent");
      while (peek() >= '0' && peek() <= '9') ++at_;
    }
    std::string digits(text_.substr(start, at_ - start));
    if (!isFloat) {
      errno = 0;
      char* end = nullptr;
      long long v = std::strtoll(digits.c_str(), &end, 10);
      if (errno == 0) {
        out = static_cast<std::int64_t>(v);
        return true;
      }
    }
    errno = 0;
    double d = std::strtod(digits.c_str(), nullptr);
    if (errno == ERANGE && std::isinf(d)) {  // too small is read as 0 (or nearly); too large has no value at all
      at_ = start;
      return failHere("the number " + (digits.size() > 24 ? digits.substr(0, 20) + "..." : digits) +
                      " is too large (numbers go up to about 1.8e308)");
    }
    out = d;
    return true;
  }

  static void appendUtf8(std::string& s, unsigned cp) {
    if (cp < 0x80) {
      s += static_cast<char>(cp);
    } else if (cp < 0x800) {
      s += static_cast<char>(0xC0 | (cp >> 6));
      s += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      s += static_cast<char>(0xE0 | (cp >> 12));
      s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      s += static_cast<char>(0xF0 | (cp >> 18));
      s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  bool parseHex4(unsigned& out) {
    out = 0;
    for (int i = 0; i < 4; ++i) {
      char c = peek();
      unsigned d;
      if (c >= '0' && c <= '9') d = static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f') d = static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') d = static_cast<unsigned>(c - 'A' + 10);
      else return failHere("\\u must be followed by four hexadecimal digits");
      out = out * 16 + d;
      ++at_;
    }
    return true;
  }

  // Length of the valid UTF-8 sequence at at_, or 0 when it is not valid (overlongs and surrogates included).
  std::size_t utf8Length() const {
    auto b = [&](std::size_t i) { return at_ + i < text_.size() ? static_cast<unsigned char>(text_[at_ + i]) : 0u; };
    unsigned c0 = b(0);
    auto cont = [&](std::size_t i) { return (b(i) & 0xC0u) == 0x80u; };
    if (c0 >= 0xC2 && c0 <= 0xDF) return cont(1) ? 2 : 0;
    if (c0 == 0xE0) return (b(1) >= 0xA0 && b(1) <= 0xBF && cont(2)) ? 3 : 0;
    if ((c0 >= 0xE1 && c0 <= 0xEC) || c0 == 0xEE || c0 == 0xEF) return (cont(1) && cont(2)) ? 3 : 0;
    if (c0 == 0xED) return (b(1) >= 0x80 && b(1) <= 0x9F && cont(2)) ? 3 : 0;
    if (c0 == 0xF0) return (b(1) >= 0x90 && b(1) <= 0xBF && cont(2) && cont(3)) ? 4 : 0;
    if (c0 >= 0xF1 && c0 <= 0xF3) return (cont(1) && cont(2) && cont(3)) ? 4 : 0;
    if (c0 == 0xF4) return (b(1) >= 0x80 && b(1) <= 0x8F && cont(2) && cont(3)) ? 4 : 0;
    return 0;
  }

  bool parseString(std::string& out) {
    ++at_;  // opening quote
    while (true) {
      if (atEnd()) return failHere("the file ends inside a string (a closing '\"' is missing)");
      unsigned char c = static_cast<unsigned char>(text_[at_]);
      if (c == '"') {
        ++at_;
        return true;
      }
      if (c == '\n') return failHere("a string runs past the end of the line (a closing '\"' is missing)");
      if (c < 0x20) return failHere(describe(static_cast<char>(c)) + " inside a string must be written as an escape");
      if (c == '\\') {
        ++at_;
        char e = peek();
        ++at_;
        switch (e) {
          case '"': out += '"'; break;
          case '\\': out += '\\'; break;
          case '/': out += '/'; break;
          case 'b': out += '\b'; break;
          case 'f': out += '\f'; break;
          case 'n': out += '\n'; break;
          case 'r': out += '\r'; break;
          case 't': out += '\t'; break;
          case 'u': {
            unsigned cp;
            if (!parseHex4(cp)) return false;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
              unsigned low;
              if (peek() != '\\' || at_ + 1 >= text_.size() || text_[at_ + 1] != 'u')
                return failHere("a \\u escape for a high surrogate must be followed by a low surrogate");
              at_ += 2;
              if (!parseHex4(low)) return false;
              if (low < 0xDC00 || low > 0xDFFF) return failHere("invalid low surrogate in a \\u escape");
              cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
              return failHere("a lone low surrogate in a \\u escape");
            }
            if (cp == 0) return failHere("a NUL character (\\u0000) is not allowed in content text");
            appendUtf8(out, cp);
            break;
          }
          default:
            --at_;
            return failHere("unknown escape sequence in a string");
        }
        continue;
      }
      if (c < 0x80) {
        out += static_cast<char>(c);
        ++at_;
        continue;
      }
      std::size_t n = utf8Length();
      if (n == 0) return failHere("invalid UTF-8 in a string (save the file as UTF-8)");
      out.append(text_.substr(at_, n));
      at_ += n;
    }
  }

  bool parseObject(nlohmann::json& out, const std::string& pointer, int depth) {
    ++at_;  // '{'
    out = nlohmann::json::object();
    SourcePos commaPos;
    skipSpace();
    if (peek() == '}') {
      ++at_;
      return true;
    }
    while (true) {
      skipSpace();
      if (atEnd()) return failHere("the file ends inside an object (a closing '}' is missing)");
      if (peek() != '"') {
        if (peek() == '}') return failAt("a comma before '}' is not allowed in JSON", commaPos);
        return unexpected("expected a member name in double quotes");
      }
      SourcePos keyPos = here();
      std::string key;
      if (!parseString(key)) return false;
      std::string memberPointer = appendPointer(pointer, key);
      if (out.contains(key)) {
        doc_.duplicateKeys.push_back({memberPointer, keyPos, "the member \"" + key + "\" appears twice in this object"});
      }
      doc_.positions[memberPointer] = keyPos;
      skipSpace();
      if (peek() != ':') return failHere("expected ':' after the member name \"" + key + "\"");
      ++at_;
      nlohmann::json value;
      if (!parseValue(value, memberPointer, depth + 1)) return false;
      out[key] = std::move(value);
      skipSpace();
      if (peek() == ',') {
        commaPos = here();
        ++at_;
        continue;
      }
      if (peek() == '}') {
        ++at_;
        return true;
      }
      if (atEnd()) return failHere("the file ends inside an object (a closing '}' is missing)");
      if (atComment() || peek() == '\'') return unexpected("");
      return failHere("expected ',' or '}' after a member, found " + describe(peek()));
    }
  }

  bool parseArray(nlohmann::json& out, const std::string& pointer, int depth) {
    ++at_;  // '['
    out = nlohmann::json::array();
    SourcePos commaPos;
    skipSpace();
    if (peek() == ']') {
      ++at_;
      return true;
    }
    while (true) {
      skipSpace();
      if (peek() == ']') return failAt("a comma before ']' is not allowed in JSON", commaPos);
      nlohmann::json value;
      if (!parseValue(value, appendPointer(pointer, out.size()), depth + 1)) return false;
      out.push_back(std::move(value));
      skipSpace();
      if (peek() == ',') {
        commaPos = here();
        ++at_;
        continue;
      }
      if (peek() == ']') {
        ++at_;
        return true;
      }
      if (atEnd()) return failHere("the file ends inside a list (a closing ']' is missing)");
      if (atComment() || peek() == '\'') return unexpected("");
      return failHere("expected ',' or ']' after a list item, found " + describe(peek()));
    }
  }
};

}  // namespace

bool parseJsonDocument(std::string_view text, JsonDocument& doc, JsonError& error, const JsonLimits& limits) {
  doc = JsonDocument{};
  if (text.size() > limits.maxBytes) {
    error.message = "the file is " + std::to_string(text.size() / (1024 * 1024)) + " MB; content files may be at most " +
                    std::to_string(limits.maxBytes / (1024 * 1024)) + " MB";
    error.pos = {};
    return false;
  }
  Parser parser(text, doc, limits);
  return parser.run(error);
}

}  // namespace ekw

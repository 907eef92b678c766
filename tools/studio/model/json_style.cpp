#include "tools/studio/model/json_style.h"

#include <stdexcept>

namespace ekw::studio {
namespace {

// Scans valid JSON text for the byte ranges of its values (nlohmann has checked the syntax already).
class SpanScanner {
 public:
  explicit SpanScanner(std::string_view text) : text_(text) {}

  JsonSpan scan() {
    skipSpace();
    JsonSpan span = value();
    return span;
  }

 private:
  void skipSpace() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\n' || text_[pos_] == '\r' || text_[pos_] == '\t')) {
      ++pos_;
    }
  }
  void expect(char c) {
    if (pos_ >= text_.size() || text_[pos_] != c) throw std::runtime_error("json_style: unexpected text");
    ++pos_;
  }
  std::string stringToken() {
    std::size_t start = pos_;
    expect('"');
    while (pos_ < text_.size() && text_[pos_] != '"') pos_ += text_[pos_] == '\\' ? 2 : 1;
    expect('"');
    return Json::parse(text_.substr(start, pos_ - start)).get<std::string>();
  }
  JsonSpan value() {
    JsonSpan span;
    span.begin = pos_;
    if (pos_ >= text_.size()) throw std::runtime_error("json_style: unexpected end");
    char c = text_[pos_];
    if (c == '{') {
      ++pos_;
      skipSpace();
      if (text_[pos_] != '}') {
        while (true) {
          skipSpace();
          std::string key = stringToken();
          skipSpace();
          expect(':');
          skipSpace();
          JsonSpan member = value();
          member.key = std::move(key);
          span.members.push_back(std::move(member));
          skipSpace();
          if (text_[pos_] == ',') { ++pos_; continue; }
          break;
        }
      }
      expect('}');
    } else if (c == '[') {
      ++pos_;
      skipSpace();
      if (text_[pos_] != ']') {
        while (true) {
          skipSpace();
          span.items.push_back(value());
          skipSpace();
          if (text_[pos_] == ',') { ++pos_; continue; }
          break;
        }
      }
      expect(']');
    } else if (c == '"') {
      stringToken();
    } else {
      while (pos_ < text_.size() && std::string_view(",]} \n\r\t").find(text_[pos_]) == std::string_view::npos) ++pos_;
    }
    span.end = pos_;
    return span;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

void appendInline(std::string& out, const Json& value) {
  if (value.is_object()) {
    out += '{';
    bool first = true;
    for (const auto& [key, member] : value.items()) {
      if (!first) out += ", ";
      first = false;
      out += Json(key).dump();
      out += ": ";
      appendInline(out, member);
    }
    out += '}';
  } else if (value.is_array()) {
    out += '[';
    for (std::size_t i = 0; i < value.size(); ++i) {
      if (i) out += ", ";
      appendInline(out, value[i]);
    }
    out += ']';
  } else {
    out += value.dump(-1, ' ', false, Json::error_handler_t::replace);
  }
}

bool anyInlineContainer(std::string_view text, const JsonSpan& span) {
  bool container = !span.members.empty() || !span.items.empty();
  if (container && text.substr(span.begin, span.end - span.begin).find('\n') == std::string_view::npos) return true;
  for (const JsonSpan& member : span.members) {
    if (anyInlineContainer(text, member)) return true;
  }
  for (const auto& item : span.items) {
    if (anyInlineContainer(text, item)) return true;
  }
  return false;
}

}  // namespace

std::string inlineJson(const Json& value) {
  std::string out;
  appendInline(out, value);
  return out;
}

JsonStyle::JsonStyle(std::string text, Json value) : text_(std::move(text)), original_(std::move(value)) {
  root_ = SpanScanner(text_).scan();
  expandAll_ = !anyInlineContainer(text_, root_);
}

bool JsonStyle::multiline(const JsonSpan& span) const {
  return std::string_view(text_).substr(span.begin, span.end - span.begin).find('\n') != std::string_view::npos;
}

std::string JsonStyle::write(const Json& value) const {
  std::string out;
  out.reserve(text_.size() + 64);
  writeValue(out, value, text_.empty() ? nullptr : &root_, text_.empty() ? nullptr : &original_, 0, 0, 0);
  out += '\n';
  return out;
}

void JsonStyle::writeValue(std::string& out, const Json& value, const JsonSpan* span, const Json* before, int indent,
                           std::size_t column, std::size_t trailing) const {
  if (span && before && *before == value) {
    out.append(text_, span->begin, span->end - span->begin);
    return;
  }
  const bool sameContainer = span && before && !value.empty() &&
                             ((value.is_object() && before->is_object()) || (value.is_array() && before->is_array()));
  if (sameContainer && !multiline(*span)) {
    appendInline(out, value);  // it stood on one line: it stays there, so the diff is that one line
    return;
  }
  if (!sameContainer) {
    writeFresh(out, value, indent, column, trailing);
    return;
  }
  const std::string pad(static_cast<std::size_t>(indent + 2), ' ');
  if (value.is_object()) {
    out += "{\n";
    std::size_t i = 0;
    for (const auto& [key, member] : value.items()) {
      const JsonSpan* childSpan = nullptr;
      const Json* childBefore = nullptr;
      for (const JsonSpan& s : span->members) {
        if (s.key == key) { childSpan = &s; break; }
      }
      if (childSpan && before->contains(key)) childBefore = &(*before)[key];
      else childSpan = nullptr;
      out += pad;
      const std::string keyText = Json(key).dump() + ": ";
      out += keyText;
      const std::size_t comma = ++i < value.size() ? 1 : 0;
      writeValue(out, member, childSpan, childBefore, indent + 2, pad.size() + keyText.size(), comma);
      if (comma) out += ',';
      out += '\n';
    }
    out += std::string(static_cast<std::size_t>(indent), ' ') + "}";
  } else {
    out += "[\n";
    std::vector<bool> used(before->size(), false);
    for (std::size_t i = 0; i < value.size(); ++i) {
      // The same item, wherever it now stands (reordering keeps each item's text); else the item at this index.
      std::size_t match = before->size();
      if (i < before->size() && !used[i] && (*before)[i] == value[i]) match = i;
      for (std::size_t j = 0; match == before->size() && j < before->size(); ++j) {
        if (!used[j] && (*before)[j] == value[i]) match = j;
      }
      if (match == before->size() && i < before->size() && !used[i]) match = i;
      const JsonSpan* childSpan = match < span->items.size() ? &span->items[match] : nullptr;
      const Json* childBefore = childSpan ? &(*before)[match] : nullptr;
      if (childSpan) used[match] = true;
      out += pad;
      const std::size_t comma = i + 1 < value.size() ? 1 : 0;
      writeValue(out, value[i], childSpan, childBefore, indent + 2, pad.size(), comma);
      if (comma) out += ',';
      out += '\n';
    }
    out += std::string(static_cast<std::size_t>(indent), ' ') + "]";
  }
}

void JsonStyle::writeFresh(std::string& out, const Json& value, int indent, std::size_t column,
                           std::size_t trailing) const {
  if (!value.is_structured() || value.empty()) {
    appendInline(out, value);
    return;
  }
  if (!expandAll_) {
    std::string one = inlineJson(value);
    if (column + one.size() + trailing <= kLineWidth) {
      out += one;
      return;
    }
  }
  const std::string pad(static_cast<std::size_t>(indent + 2), ' ');
  out += value.is_object() ? "{\n" : "[\n";
  std::size_t i = 0;
  for (const auto& [key, member] : value.items()) {
    out += pad;
    std::size_t col = pad.size();
    if (value.is_object()) {
      const std::string keyText = Json(key).dump() + ": ";
      out += keyText;
      col += keyText.size();
    }
    const std::size_t comma = ++i < value.size() ? 1 : 0;
    writeFresh(out, member, indent + 2, col, comma);
    if (comma) out += ',';
    out += '\n';
  }
  out += std::string(static_cast<std::size_t>(indent), ' ') + (value.is_object() ? "}" : "]");
}

}  // namespace ekw::studio

#include "core/content/json_writer.h"

#include <deque>
#include <optional>
#include <unordered_map>
#include <vector>

namespace ekw {

using nlohmann::ordered_json;

namespace json_writer_detail {
// Where each value of the original text stands: enough to copy unchanged parts and their separators.
struct Span {
  char kind = 's';  // '{', '[' or 's' (scalar)
  std::size_t begin = 0, end = 0;
  struct Member {
    std::string key;
    std::size_t keyBegin = 0, keyEnd = 0;
    Span* value = nullptr;
  };
  std::vector<Member> members;
  std::vector<Span*> items;
};
}  // namespace json_writer_detail
using json_writer_detail::Span;

struct JsonRewriter::Layout {
  std::string text;
  ordered_json value;         // the original, parsed once: unchanged parts are found by comparing with it
  std::deque<Span> spans;     // every value's span, the root first (a deque: the members' pointers stay valid)
  bool inlineStyle = false;   // the file writes some non-empty container on one line
};

namespace {

class Scanner {
 public:
  Scanner(std::string_view text, std::deque<Span>& spans) : t_(text), spans_(spans) {}

  Span* value() {
    skip();
    spans_.emplace_back();
    Span* span = &spans_.back();
    span->begin = i_;
    char c = t_[i_];
    if (c == '{') {
      span->kind = '{';
      ++i_;
      skip();
      while (t_[i_] != '}') {
        Span::Member m;
        m.keyBegin = i_;
        string();
        m.keyEnd = i_;
        std::string_view raw = t_.substr(m.keyBegin + 1, m.keyEnd - m.keyBegin - 2);
        m.key = raw.find('\\') == std::string_view::npos
                    ? std::string(raw)
                    : ordered_json::parse(t_.substr(m.keyBegin, m.keyEnd - m.keyBegin)).get<std::string>();
        skip();
        ++i_;  // ':'
        m.value = value();
        span->members.push_back(std::move(m));
        skip();
        if (t_[i_] == ',') ++i_, skip();
      }
      ++i_;
    } else if (c == '[') {
      span->kind = '[';
      ++i_;
      skip();
      while (t_[i_] != ']') {
        span->items.push_back(value());
        skip();
        if (t_[i_] == ',') ++i_, skip();
      }
      ++i_;
    } else if (c == '"') {
      string();
    } else {
      while (i_ < t_.size() && t_[i_] != ',' && t_[i_] != '}' && t_[i_] != ']' && !space(t_[i_])) ++i_;
    }
    span->end = i_;
    return span;
  }

 private:
  std::string_view t_;
  std::deque<Span>& spans_;
  std::size_t i_ = 0;
  static bool space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
  void skip() {
    while (i_ < t_.size() && space(t_[i_])) ++i_;
  }
  void string() {
    ++i_;
    while (t_[i_] != '"') i_ += t_[i_] == '\\' ? 2 : 1;
    ++i_;
  }
};

std::string scalar(const ordered_json& v) { return v.dump(-1, ' ', false, ordered_json::error_handler_t::replace); }

// A value on one line: {"a": 1, "b": [2, 3]}.
void appendInline(const ordered_json& v, std::string& out) {
  if (!v.is_structured()) {
    out += scalar(v);
    return;
  }
  out += v.is_object() ? '{' : '[';
  bool first = true;
  for (auto it = v.begin(); it != v.end(); ++it) {
    if (!first) out += ", ";
    first = false;
    if (v.is_object()) out += scalar(ordered_json(it.key())) + ": ";
    appendInline(*it, out);
  }
  out += v.is_object() ? '}' : ']';
}

// The indentation a separator gives the next line ("\n    " -> "    "); `fallback` when it has no line break.
std::string indentOf(std::string_view separator, const std::string& fallback) {
  auto nl = separator.rfind('\n');
  return nl == std::string_view::npos ? fallback : std::string(separator.substr(nl + 1));
}

// Where a value stands relative to the pointers changed since the original.
enum class Relation { Unchanged, Inside, Above };  // Inside: at or under a change; Above: a change is under it

Relation relation(const std::vector<std::string>& changed, const std::string& path) {
  bool above = false;
  for (const std::string& c : changed) {
    if (c.size() <= path.size() && path.compare(0, c.size(), c) == 0 && (c.size() == path.size() || path[c.size()] == '/'))
      return Relation::Inside;
    if (c.size() > path.size() && c.compare(0, path.size(), path) == 0 && c[path.size()] == '/') above = true;
  }
  return above ? Relation::Above : Relation::Unchanged;
}

std::string pointerToken(const std::string& key) {
  std::string t;
  for (char c : key) t += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
  return t;
}

class Writer {
 public:
  Writer(const JsonRewriter::Layout& layout, const std::vector<std::string>* changed)
      : l_(layout), t_(layout.text), changed_(changed) {}

  // `old` is where the value stood, `before` what it was (null when it cannot be told: then read from the text).
  // `path` is its pointer while `aboveChange` (a change is somewhere under it and nothing above it changed): then
  // what no change touches is copied without comparing, and array items still stand where they stood.
  void emit(const ordered_json& v, const Span* old, const ordered_json* before, const std::string& indent,
            std::string& out, bool aboveChange = false, const std::string& path = "") const {
    if (changed_ && old && aboveChange) {
      Relation r = relation(*changed_, path);
      if (r == Relation::Unchanged) {
        out.append(t_.substr(old->begin, old->end - old->begin));
        return;
      }
      aboveChange = r == Relation::Above;
    } else {
      aboveChange = false;
    }
    if (aboveChange && before && old->kind == '{' && v.is_object() && before->is_object() && !old->members.empty() &&
        !v.empty()) {
      object(v, *old, *before, indent, out, &path);
      return;
    }
    if (aboveChange && before && old->kind == '[' && v.is_array() && before->is_array() &&
        v.size() == old->items.size() && before->size() == old->items.size() && !v.empty()) {
      alignedArray(v, *old, *before, indent, out, path);
      return;
    }
    std::optional<ordered_json> reread;
    if (old && !before) before = &reread.emplace(ordered_json::parse(t_.substr(old->begin, old->end - old->begin)));
    if (old && *before == v) {
      out.append(t_.substr(old->begin, old->end - old->begin));
    } else if (old && old->kind == '{' && v.is_object() && before->is_object() && !old->members.empty() && !v.empty()) {
      object(v, *old, *before, indent, out);
    } else if (old && old->kind == '[' && v.is_array() && before->is_array() && !old->items.empty() && !v.empty()) {
      array(v, *old, *before, indent, out);
    } else {
      fresh(v, indent, out);
    }
  }

 private:
  const JsonRewriter::Layout& l_;
  std::string_view t_;
  const std::vector<std::string>* changed_;  // null: compare everything

  std::string_view between(std::size_t from, std::size_t to) const { return t_.substr(from, to - from); }
  // The separator after the item ending at `end` and before the one starting at `next`, without its comma.
  std::string_view afterComma(std::size_t end, std::size_t next) const {
    std::string_view s = between(end, next);
    auto comma = s.find(',');
    return comma == std::string_view::npos ? s : s.substr(comma + 1);
  }

  // A new value: two spaces deeper per level, or on one line where the file writes such values on one line.
  void fresh(const ordered_json& v, const std::string& indent, std::string& out) const {
    if (!v.is_structured() || v.empty()) {
      out += scalar(v);
      return;
    }
    if (l_.inlineStyle) {
      std::string one;
      appendInline(v, one);
      std::size_t lineStart = out.rfind('\n');
      std::size_t column = out.size() - (lineStart == std::string::npos ? 0 : lineStart + 1);
      if (column + one.size() + 1 <= kLineWidth) {  // + 1: the comma that may follow
        out += one;
        return;
      }
    }
    const std::string inner = indent + "  ";
    out += v.is_object() ? '{' : '[';
    bool first = true;
    for (auto it = v.begin(); it != v.end(); ++it) {
      out += first ? "\n" : ",\n";
      first = false;
      out += inner;
      if (v.is_object()) out += scalar(ordered_json(it.key())) + ": ";
      fresh(*it, inner, out);
    }
    out += '\n';
    out += indent;
    out += v.is_object() ? '}' : ']';
  }

  void object(const ordered_json& v, const Span& old, const ordered_json& before, const std::string& indent,
              std::string& out, const std::string* path = nullptr) const {
    const auto& m = old.members;
    // The old value of each member, in text order (the parsed object keeps it; a key written twice does not match).
    std::vector<const ordered_json*> was(m.size(), nullptr);
    auto b = before.begin();
    for (std::size_t j = 0; j < m.size() && b != before.end(); ++j, ++b)
      if (b.key() == m[j].key) was[j] = &*b;
    std::unordered_map<std::string_view, std::size_t> byKey;
    for (std::size_t j = 0; j < m.size(); ++j) byKey.emplace(m[j].key, j);

    std::string_view lead0 = between(old.begin + 1, m[0].keyBegin);
    std::string_view leadN = m.size() > 1 ? afterComma(m[0].value->end, m[1].keyBegin) : lead0;
    std::string_view trail = between(m.back().value->end, old.end - 1);
    std::string_view colon = between(m[0].keyEnd, m[0].value->begin);
    std::string inner = indentOf(lead0, indent);
    out += '{';
    bool first = true;
    for (auto it = v.begin(); it != v.end(); ++it) {
      if (!first) out += ',';
      out.append(first ? lead0 : leadN);
      first = false;
      auto found = byKey.find(it.key());
      if (found != byKey.end()) {
        const Span::Member& member = m[found->second];
        out.append(between(member.keyBegin, member.value->begin));
        if (path) emit(*it, member.value, was[found->second], inner, out, true, *path + "/" + pointerToken(it.key()));
        else emit(*it, member.value, was[found->second], inner, out);
      } else {
        out += scalar(ordered_json(it.key()));
        out.append(colon);
        fresh(*it, inner, out);
      }
    }
    out.append(trail);
    out += '}';
  }

  // An array whose items did not move (no change at the array itself): item i is still item i.
  void alignedArray(const ordered_json& v, const Span& old, const ordered_json& before, const std::string& indent,
                    std::string& out, const std::string& path) const {
    const auto& items = old.items;
    std::string_view lead0 = between(old.begin + 1, items[0]->begin);
    std::string_view trail = between(items.back()->end, old.end - 1);
    std::string inner = indentOf(lead0, indent);
    out += '[';
    out.append(lead0);
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i > 0) out.append(between(items[i - 1]->end, items[i]->begin));  // the comma and the spacing as they were
      emit(v[i], items[i], &before[i], inner, out, true, path + "/" + std::to_string(i));
    }
    out.append(trail);
    out += ']';
  }

  void array(const ordered_json& v, const Span& old, const ordered_json& before, const std::string& indent,
             std::string& out) const {
    const auto& items = old.items;
    const bool aligned = before.size() == items.size();
    std::string_view lead0 = between(old.begin + 1, items[0]->begin);
    std::string_view leadN = items.size() > 1 ? afterComma(items[0]->end, items[1]->begin) : lead0;
    std::string_view trail = between(items.back()->end, old.end - 1);
    std::string inner = indentOf(lead0, indent);
    // Objects with an id are matched by id (an item inserted or removed does not shift the others).
    auto idOf = [](const ordered_json& item) -> std::optional<std::string> {
      if (!item.is_object()) return std::nullopt;
      auto id = item.find("id");
      if (id == item.end() || !id->is_string()) return std::nullopt;
      return id->get<std::string>();
    };
    std::vector<bool> hasId(items.size(), false);
    std::unordered_map<std::string, std::vector<std::size_t>> byId;  // id -> old positions, last first
    for (std::size_t k = items.size(); k-- > 0;) {
      std::optional<std::string> id =
          idOf(aligned ? before[k] : ordered_json::parse(between(items[k]->begin, items[k]->end)));
      if (!id) continue;
      hasId[k] = true;
      byId[*id].push_back(k);
    }
    std::vector<bool> used(items.size(), false);
    out += '[';
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i > 0) out += ',';
      out.append(i == 0 ? lead0 : leadN);
      std::optional<std::size_t> match;
      const ordered_json& item = v[i];
      if (std::optional<std::string> id = idOf(item)) {
        auto found = byId.find(*id);
        if (found != byId.end() && !found->second.empty()) {
          match = found->second.back();
          found->second.pop_back();
        }
      } else if (i < items.size() && !hasId[i] && !used[i]) {
        match = i;
      }
      if (match) used[*match] = true;
      emit(item, match ? items[*match] : nullptr, match && aligned ? &before[*match] : nullptr, inner, out);
    }
    out.append(trail);
    out += ']';
  }
};

}  // namespace

std::string writeJson(const ordered_json& value) { return value.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n"; }

JsonRewriter::JsonRewriter(std::string original) {
  auto layout = std::make_shared<Layout>();
  try {
    layout->value = ordered_json::parse(original);
  } catch (const ordered_json::exception&) {
    return;
  }
  layout->text = std::move(original);
  Scanner(layout->text, layout->spans).value();
  for (const Span& s : layout->spans)
    if (s.kind != 's' && (!s.members.empty() || !s.items.empty()) &&
        std::string_view(layout->text).substr(s.begin, s.end - s.begin).find('\n') == std::string_view::npos) {
      layout->inlineStyle = true;
      break;
    }
  layout_ = std::move(layout);
}

std::string JsonRewriter::write(const ordered_json& value, const std::vector<std::string>* changed) const {
  if (!layout_) return writeJson(value);
  const Span& root = layout_->spans.front();
  std::string out(layout_->text.substr(0, root.begin));  // leading whitespace, if any
  out.reserve(layout_->text.size() + 256);
  Writer(*layout_, changed).emit(value, &root, &layout_->value, "", out, changed != nullptr);
  return out + "\n";
}

std::string rewriteJson(std::string_view original, const ordered_json& value) {
  return JsonRewriter(std::string(original)).write(value);
}

}  // namespace ekw

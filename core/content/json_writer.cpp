#include "core/content/json_writer.h"

#include <memory>
#include <optional>
#include <vector>

namespace ekw {

using nlohmann::ordered_json;

namespace {

// Where each value of a (valid) JSON text stands: enough to copy unchanged parts and their separators.
struct Span {
  char kind = 's';  // '{', '[' or 's' (scalar)
  std::size_t begin = 0, end = 0;
  struct Member {
    std::string key;
    std::size_t keyBegin = 0, keyEnd = 0;
    std::unique_ptr<Span> value;
  };
  std::vector<Member> members;
  std::vector<std::unique_ptr<Span>> items;
};

class Scanner {
 public:
  explicit Scanner(std::string_view text) : t_(text) {}

  std::unique_ptr<Span> value() {
    skip();
    auto span = std::make_unique<Span>();
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
        m.key = ordered_json::parse(t_.substr(m.keyBegin, m.keyEnd - m.keyBegin)).get<std::string>();
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

// A fresh value, nested lines indented by two spaces more than `indent` per level.
std::string fresh(const ordered_json& v, const std::string& indent) {
  std::string s = v.dump(2);
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    out += c;
    if (c == '\n') out += indent;
  }
  return out;
}

// The indentation a separator gives the next line ("\n    " -> "    "); `fallback` when it has no line break.
std::string indentOf(std::string_view separator, const std::string& fallback) {
  auto nl = separator.rfind('\n');
  return nl == std::string_view::npos ? fallback : std::string(separator.substr(nl + 1));
}

class Writer {
 public:
  explicit Writer(std::string_view text) : t_(text) {}

  void emit(const ordered_json& v, const Span* old, const std::string& indent, std::string& out) {
    if (old && ordered_json::parse(t_.substr(old->begin, old->end - old->begin)) == v) {
      out.append(t_.substr(old->begin, old->end - old->begin));
    } else if (old && old->kind == '{' && v.is_object() && !old->members.empty() && !v.empty()) {
      object(v, *old, indent, out);
    } else if (old && old->kind == '[' && v.is_array() && !old->items.empty() && !v.empty()) {
      array(v, *old, indent, out);
    } else {
      out += fresh(v, indent);
    }
  }

 private:
  std::string_view t_;

  std::string_view between(std::size_t from, std::size_t to) const { return t_.substr(from, to - from); }
  // The separator after the item ending at `end` and before the one starting at `next`, without its comma.
  std::string_view afterComma(std::size_t end, std::size_t next) const {
    std::string_view s = between(end, next);
    auto comma = s.find(',');
    return comma == std::string_view::npos ? s : s.substr(comma + 1);
  }

  void object(const ordered_json& v, const Span& old, const std::string& indent, std::string& out) {
    const auto& m = old.members;
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
      const Span::Member* was = nullptr;
      for (const Span::Member& member : m)
        if (member.key == it.key()) was = &member;
      if (was) {
        out.append(between(was->keyBegin, was->keyEnd));
        out.append(between(was->keyEnd, was->value->begin));
        emit(*it, was->value.get(), inner, out);
      } else {
        out += ordered_json(it.key()).dump();
        out.append(colon);
        out += fresh(*it, inner);
      }
    }
    out.append(trail);
    out += '}';
  }

  void array(const ordered_json& v, const Span& old, const std::string& indent, std::string& out) {
    const auto& items = old.items;
    std::string_view lead0 = between(old.begin + 1, items[0]->begin);
    std::string_view leadN = items.size() > 1 ? afterComma(items[0]->end, items[1]->begin) : lead0;
    std::string_view trail = between(items.back()->end, old.end - 1);
    std::string inner = indentOf(lead0, indent);
    // Objects with an id are matched by id (an item inserted or removed does not shift the others).
    std::vector<std::optional<std::string>> oldIds;
    for (const auto& item : items) {
      std::optional<std::string> id;
      if (item->kind == '{')
        for (const Span::Member& member : item->members)
          if (member.key == "id" && member.value->kind == 's' && t_[member.value->begin] == '"')
            id = ordered_json::parse(between(member.value->begin, member.value->end)).get<std::string>();
      oldIds.push_back(id);
    }
    std::vector<bool> used(items.size(), false);
    out += '[';
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i > 0) out += ',';
      out.append(i == 0 ? lead0 : leadN);
      const Span* was = nullptr;
      const ordered_json& item = v[i];
      if (item.is_object() && item.contains("id") && item["id"].is_string()) {
        for (std::size_t k = 0; k < items.size() && !was; ++k)
          if (!used[k] && oldIds[k] == item["id"].get<std::string>()) was = items[k].get(), used[k] = true;
      } else if (i < items.size() && !oldIds[i] && !used[i]) {
        was = items[i].get(), used[i] = true;
      }
      emit(item, was, inner, out);
    }
    out.append(trail);
    out += ']';
  }
};

}  // namespace

std::string writeJson(const ordered_json& value) { return value.dump(2) + "\n"; }

std::string rewriteJson(std::string_view original, const ordered_json& value) {
  if (!ordered_json::accept(original)) return writeJson(value);
  Scanner scanner(original);
  std::unique_ptr<Span> root = scanner.value();
  std::string out(original.substr(0, root->begin));  // leading whitespace, if any
  Writer(original).emit(value, root.get(), "", out);
  return out + "\n";
}

}  // namespace ekw

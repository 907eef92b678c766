#include "core/engine/buuv.h"

#include <vector>

#include "core/engine/value_checks.h"

namespace ekw {

namespace {

// Replaces every {name}; `complete` turns false when one of them has no value.
std::string substitute(const std::string& text, const std::map<std::string, std::string>& values, bool& complete) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::size_t close = text[i] == '{' ? text.find('}', i) : std::string::npos;
    if (close == std::string::npos) {
      out += text[i];
      continue;
    }
    auto it = values.find(text.substr(i + 1, close - i - 1));
    std::string value = it == values.end() ? std::string() : values::trim(it->second);
    if (value.empty()) complete = false;
    out += value;
    i = close;
  }
  return out;
}

std::vector<std::string> alternatives(const std::string& group) {
  std::vector<std::string> out(1);
  for (char ch : group) {
    if (ch == '|') out.emplace_back();
    else out.back() += ch;
  }
  return out;
}

}  // namespace

std::string fillBuuvTemplate(const std::string& text, const std::map<std::string, std::string>& values) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t open = text.find('[', i);
    std::size_t close = open == std::string::npos ? std::string::npos : text.find(']', open);
    bool ignored = true;
    if (close == std::string::npos) {
      out += substitute(text.substr(i), values, ignored);
      break;
    }
    out += substitute(text.substr(i, open - i), values, ignored);
    std::string chosen;
    for (const std::string& alt : alternatives(text.substr(open + 1, close - open - 1))) {
      bool complete = true;
      std::string filled = substitute(alt, values, complete);
      if (complete) {
        chosen = filled;
        break;
      }
    }
    out += chosen;
    i = close + 1;
  }
  return out;
}

}  // namespace ekw

#include "core/engine/buuv.h"

#include <vector>

#include "core/content/value_checks.h"
#include "core/engine/messages.h"

namespace ekw {

namespace {

// Replaces every {name}; `complete` turns false when one of them has no value (`values` holds no blank ones).
std::string substitute(const std::string& text, const std::map<std::string, std::string>& values, bool& complete) {
  bool missing = false;
  std::string out = fillPlaceholders(text, values, &missing);
  if (missing) complete = false;
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

std::string fillBuuvTemplate(const std::string& text, const std::map<std::string, std::string>& given) {
  std::map<std::string, std::string> values;  // a blank value counts as none
  for (const auto& [name, value] : given)
    if (std::string v = values::trim(value); !v.empty()) values.emplace(name, std::move(v));
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

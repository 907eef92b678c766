#include "tools/studio/model/translations.h"

#include <algorithm>

namespace ekw::studio {
namespace {

bool isText(const Json& v, const std::vector<std::string>& languages) {
  if (!v.is_object() || !v.contains("nl")) return false;
  for (const auto& [key, member] : v.items()) {
    if (!member.is_string()) return false;
    if (std::find(languages.begin(), languages.end(), key) == languages.end() && key.size() != 2) return false;
  }
  return true;
}

void walk(const Json& v, const std::string& file, const std::string& pointer, const std::vector<std::string>& languages,
          std::vector<TextRow>& out) {
  if (isText(v, languages)) {
    TextRow row;
    row.file = file;
    row.pointer = pointer;
    for (const auto& lang : languages) {
      std::string text = v.contains(lang) ? v[lang].get<std::string>() : "";
      row.missing = row.missing || text.empty();
      row.values.push_back(std::move(text));
    }
    out.push_back(std::move(row));
    return;
  }
  if (v.is_object()) {
    for (const auto& [key, member] : v.items()) {
      std::string token = key;
      for (std::size_t i = 0; (i = token.find_first_of("~/", i)) != std::string::npos; i += 2) {
        token.replace(i, 1, token[i] == '~' ? "~0" : "~1");
      }
      walk(member, file, pointer + "/" + token, languages, out);
    }
  } else if (v.is_array()) {
    for (std::size_t i = 0; i < v.size(); ++i) walk(v[i], file, pointer + "/" + std::to_string(i), languages, out);
  }
}

}  // namespace

std::vector<std::string> contentLanguages(const Workspace& ws) {
  std::vector<std::string> out{"nl"};
  const Json* langs = ws.value("manifest.json", "/languages");
  if (langs && langs->is_array()) {
    for (const auto& l : *langs) {
      if (l.is_string() && l != "nl") out.push_back(l.get<std::string>());
    }
  }
  if (out.size() == 1) out.push_back("en");
  return out;
}

std::vector<TextRow> collectTexts(const Workspace& ws, const std::vector<std::string>& languages) {
  std::vector<TextRow> out;
  for (const auto& doc : ws.documents()) {
    if (doc.value) walk(*doc.value, doc.path, "", languages, out);
  }
  return out;
}

}  // namespace ekw::studio

// ekw simulate --content DIR --answers FILE: walk a resident through and print advice, profile and draft forms.
#include <iostream>
#include <sstream>

#include "core/api/simulate.h"
#include "tools/ekw/cli_support.h"
#include "tools/ekw/commands.h"
#include "tools/files/content_files.h"

namespace ekw::cli {

namespace {

using nlohmann::json;

// The result as readable text for a person (Dutch or English): what --text prints.
std::string simulationText(const json& r, const std::string& language) {
  bool en = language == "en";
  std::ostringstream out;
  if (!r.value("ok", false)) {
    out << (en ? "The simulation stopped: " : "De simulatie is gestopt: ") << r.value("error", "") << "\n";
    return out.str();
  }
  if (!r["urgent"].empty()) {
    out << (en ? "== HELP RIGHT NOW ==\n" : "== DIRECT HULP ==\n");
    for (const json& a : r["urgent"]) out << "! " << a["title"].get<std::string>() << "\n  " << a["text"].get<std::string>() << "\n";
    out << "\n";
  }
  for (const json& g : r["advice"]) {
    out << "== " << g["name"].get<std::string>();
    if (!g["level"].is_null())
      out << " (" << (en ? "level " : "niveau ") << g["level"].get<int>() << ": " << g["levelText"].get<std::string>() << ")";
    else if (!g.value("levelText", "").empty())
      out << " (" << g["levelText"].get<std::string>() << ")";  // "Niet bekend"
    out << " ==\n";
    if (!g["outcome"].get<std::string>().empty()) out << g["outcome"].get<std::string>() << "\n";
    int lastRung = -1;
    for (const json& a : g["advice"]) {
      if (a["rung"].get<int>() != lastRung) {
        lastRung = a["rung"].get<int>();
        out << "\n" << lastRung << ". " << a["rungName"].get<std::string>() << "\n";
      }
      out << "   - " << a["title"].get<std::string>() << "\n";
      for (const json& s : a["steps"]) out << "       * " << s.get<std::string>() << "\n";
      for (const json& s : a["services"]) out << "       > " << s["name"].get<std::string>() << "\n";
      if (!a["form"].is_null()) out << "       = " << (en ? "form: " : "formulier: ") << a["form"]["name"].get<std::string>() << "\n";
    }
    out << "\n";
  }
  for (const json& f : r["forms"]) {
    out << "== " << (en ? "Form: " : "Formulier: ") << f["name"].get<std::string>() << " ==\n";
    for (const json& s : f["sections"])
      for (const json& fld : s["fields"])
        if (fld.value("applies", true) && !fld["value"].is_null())
          out << "   " << fld["label"].get<std::string>() << ": "
              << (fld["value"].is_string() ? fld["value"].get<std::string>() : fld["value"].dump()) << "\n";
    out << "\n";
  }
  return out.str();
}

}  // namespace

int runSimulate(const Args& args, std::ostream& out, std::ostream& err) {
  const char* usage = "usage: ekw simulate --content DIR --answers FILE [--text] [--language nl|en]\n";
  std::string dir, answersFile, language = "nl";
  bool text = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--content" && i + 1 < args.size()) dir = args[++i];
    else if (args[i] == "--answers" && i + 1 < args.size()) answersFile = args[++i];
    else if (args[i] == "--language" && i + 1 < args.size()) language = args[++i];
    else if (args[i] == "--text") text = true;
    else {
      err << usage;
      return 2;
    }
  }
  if (dir.empty() || answersFile.empty()) {
    err << usage;
    return 2;
  }
  std::optional<LoadedContent> loaded = loadValidContent(dir, "simulate", err);
  if (!loaded) return 1;
  std::optional<std::string> scriptText = files::readFile(answersFile, 64u * 1024u * 1024u, "answers files");
  if (!scriptText) {
    err << "ekw simulate: cannot read " << answersFile << "\n";
    return 1;
  }
  JsonDocument doc;
  JsonError error;
  if (!parseJsonDocument(*scriptText, doc, error)) {
    err << answersFile << ":" << error.pos.line << ":" << error.pos.column << ": error: " << error.message << "\n";
    return 1;
  }
  nlohmann::json result = simulate(*loaded->content, doc.value, language);
  if (text) out << simulationText(result, language);
  else out << result.dump(2) << "\n";
  if (!result.value("ok", false)) {
    if (!text) err << "ekw simulate: " << result.value("error", "") << "\n";
    return 1;
  }
  return 0;
}

}  // namespace ekw::cli

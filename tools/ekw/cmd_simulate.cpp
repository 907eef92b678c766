// ekw simulate --content DIR --answers FILE: walk a resident through and print advice, profile and draft forms.
#include <iostream>

#include "core/api/simulate.h"
#include "tools/ekw/cli_support.h"
#include "tools/ekw/commands.h"
#include "tools/files/content_files.h"

namespace ekw::cli {

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

// ekw csv import DIR FILE --map MAPPING [--apply]: a sociale-kaart spreadsheet merged into the content, as a dry
// run first. The file and mapping formats are in core/content/csv_import.h.
#include <iostream>

#include "core/content/csv_import.h"
#include "tools/ekw/cli_support.h"
#include "tools/ekw/commands.h"
#include "tools/files/content_files.h"

namespace ekw::cli {

int runCsv(const Args& args, std::ostream& out, std::ostream& err) {
  const char* usage = "usage: ekw csv import DIR FILE --map MAPPING [--apply]\n";
  std::string dir, file, map;
  bool apply = false;
  if (args.empty() || args[0] != "import") return err << usage, 2;
  for (std::size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "--apply") apply = true;
    else if (args[i] == "--map" && i + 1 < args.size()) map = args[++i];
    else if (!args[i].empty() && args[i][0] != '-' && dir.empty()) dir = args[i];
    else if (!args[i].empty() && args[i][0] != '-' && file.empty()) file = args[i];
    else return err << usage, 2;
  }
  if (dir.empty() || file.empty() || map.empty()) return err << usage, 2;
  std::optional<nlohmann::json> mapping = readJsonArgument(map, "csv import", err);
  if (!mapping) return 1;
  std::string problem = csvMappingProblem(*mapping);
  if (!problem.empty()) return err << "ekw csv import: " << map << ": " << problem << "\n", 1;
  std::optional<std::string> text = files::readFile(file);
  if (!text) return err << "ekw csv import: cannot read " << file << "\n", 1;
  Diagnostics diagnostics;
  LoadedContent loaded = loadContent(files::directoryReader(dir), diagnostics);
  if (!loaded.content) return err << "ekw csv import: " << dir << " is not a content directory\n", 1;
  MergeOptions options = csvMergeOptions(*mapping);
  Incoming incoming = importCsv(*text, *mapping, *loaded.content);
  for (const IncomingProblem& p : incoming.problems)
    if (p.origin == "file") return err << "ekw csv import: " << file << ": " << p.message << "\n", 1;
  return mergeIntoContent(dir, incoming, options, apply, "csv import", out, err);
}

}  // namespace ekw::cli

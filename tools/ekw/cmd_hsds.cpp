// ekw hsds export DIR [-o FILE]       the sociale kaart as Open Referral HSDS 3 records
// ekw hsds import DIR FILE [--apply] [--defaults FILE]
//                                     merge HSDS records by id: a dry-run report first, written only with --apply
#include <iostream>

#include "core/content/hsds.h"
#include "core/content/json_writer.h"
#include "tools/ekw/cli_support.h"
#include "tools/ekw/commands.h"
#include "tools/files/content_files.h"

namespace ekw::cli {

namespace {

constexpr const char* kUsage =
    "usage: ekw hsds export DIR [-o FILE]\n"
    "       ekw hsds import DIR FILE [--apply] [--defaults FILE]\n";

int exportCommand(const Args& args, std::ostream& out, std::ostream& err) {
  std::string dir, output;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if ((args[i] == "-o" || args[i] == "--output") && i + 1 < args.size()) output = args[++i];
    else if (dir.empty() && !args[i].empty() && args[i][0] != '-') dir = args[i];
    else return err << kUsage, 2;
  }
  if (dir.empty()) return err << kUsage, 2;
  std::optional<LoadedContent> loaded = loadValidContent(dir, "hsds export", err);
  if (!loaded) return 1;
  std::string text = writeJson(exportHsds(*loaded->content));
  if (output.empty()) {
    out << text;
    return 0;
  }
  std::string problem = files::writeFileAtomic(output, text);
  if (!problem.empty()) return err << "ekw hsds export: " << problem << "\n", 1;
  out << "wrote " << output << "\n";
  return 0;
}

int importCommand(const Args& args, std::ostream& out, std::ostream& err) {
  std::string dir, file, defaults;
  bool apply = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--apply") apply = true;
    else if (args[i] == "--defaults" && i + 1 < args.size()) defaults = args[++i];
    else if (!args[i].empty() && args[i][0] != '-' && dir.empty()) dir = args[i];
    else if (!args[i].empty() && args[i][0] != '-' && file.empty()) file = args[i];
    else return err << kUsage, 2;
  }
  if (dir.empty() || file.empty()) return err << kUsage, 2;
  std::optional<nlohmann::json> records = readJsonArgument(file, "hsds import", err);
  if (!records) return 1;
  MergeOptions options;
  if (!defaults.empty()) {
    std::optional<nlohmann::json> d = readJsonArgument(defaults, "hsds import", err);
    if (!d) return 1;
    if (!d->is_object()) return err << "ekw hsds import: " << defaults << ": the defaults must be a JSON object\n", 1;
    options.serviceDefaults = nlohmann::ordered_json::parse(d->dump());
  }
  return mergeIntoContent(dir, importHsds(*records), options, apply, "hsds import", out, err);
}

}  // namespace

int runHsds(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.empty()) return err << kUsage, 2;
  Args rest(args.begin() + 1, args.end());
  if (args[0] == "export") return exportCommand(rest, out, err);
  if (args[0] == "import") return importCommand(rest, out, err);
  err << kUsage;
  return 2;
}

}  // namespace ekw::cli

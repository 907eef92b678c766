// ekw: the Eigen Krachtwijzer command line. Validates content, evaluates rules, simulates a resident, lists and
// bundles content. Every decision is made by core; this is a thin shell.
#include <exception>
#include <functional>
#include <iostream>
#include <map>
#include <string>

#include "tools/ekw/commands.h"

namespace {

const char* kUsage =
    "usage: ekw COMMAND [ARGS]\n"
    "\n"
    "commands:\n"
    "  validate DIR [--seeds DIR] [--today YYYY-MM-DD] [--hints] [--json]\n"
    "                                                              check a content directory (--hints: B1, spelling,\n"
    "                                                              translations, readability)\n"
    "  eval RULE_JSON [DATA_JSON]                                  evaluate a JSON Logic rule\n"
    "  simulate --content DIR --answers FILE [--text] [--language nl|en]\n"
    "                                                              walk a resident through; print advice, profile, forms\n"
    "  list --json DIR                                             list what a content directory holds\n"
    "  bundle DIR -o FILE                                          write the compact content bundle for the site\n"
    "  diff OLD NEW [--json] [--sessions FILE...]                  what changes for residents between two contents\n"
    "  hsds export DIR [-o FILE]                                   the sociale kaart as Open Referral HSDS 3 records\n"
    "  hsds import DIR FILE [--apply] [--defaults FILE]            merge HSDS records by id (dry run unless --apply)\n"
    "  csv import DIR FILE --map MAPPING [--apply]                 merge a sociale-kaart spreadsheet (dry run unless --apply)\n"
    "  dossier validate FILE...                                    check dossier files against the dossier schema\n"
    "  stats [--json] FILE...                                      counts report over recorded tracking requests\n"
    "  match --content DIR [--language nl|en] TEXT...              what the engine reads in a resident's own words\n"
    "  match --content DIR --corpus FILE [--json]                  precision and recall over a corpus of sentences\n"
    "  version                                                     print the version\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace ekw::cli;
  static const std::map<std::string, std::function<int(const Args&, std::ostream&, std::ostream&)>> commands = {
      {"validate", runValidate}, {"eval", runEval},     {"simulate", runSimulate},
      {"list", runList},         {"bundle", runBundle}, {"version", runVersion},
      {"diff", runDiff},         {"hsds", runHsds},     {"csv", runCsv},
      {"dossier", runDossier},   {"stats", runStats},
      {"match", runMatch},
  };
  if (argc < 2) {
    std::cerr << kUsage;
    return 2;
  }
  std::string name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    std::cout << kUsage;
    return 0;
  }
  if (name == "--version") name = "version";
  auto it = commands.find(name);
  if (it == commands.end()) {
    std::cerr << "ekw: unknown command \"" << name << "\"\n" << kUsage;
    return 2;
  }
  try {
    return it->second(Args(argv + 2, argv + argc), std::cout, std::cerr);
  } catch (const std::exception& e) {  // a last guard: report, never crash
    std::cerr << "ekw " << name << ": " << e.what() << "\n";
    return 1;
  }
}

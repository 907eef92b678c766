// ekw validate DIR: every problem in a content directory, with file, line:column and JSON pointer.
#include <filesystem>
#include <iostream>
#include <string>

#include "core/content/validate.h"
#include "tools/ekw/commands.h"
#include "tools/files/content_files.h"

namespace ekw::cli {

namespace {

// YYYY-MM-DD naming a real day.
bool validDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (s[i] < '0' || s[i] > '9') return false;
  int y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(5, 2)), d = std::stoi(s.substr(8, 2));
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

}  // namespace

int runValidate(const Args& args, std::ostream& out, std::ostream& err) {
  std::string dir, seeds, today = files::today();
  bool asJson = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--seeds" && i + 1 < args.size()) seeds = args[++i];
    else if (args[i] == "--today" && i + 1 < args.size()) today = args[++i];
    else if (args[i] == "--json") asJson = true;
    else if (!args[i].empty() && args[i][0] != '-' && dir.empty()) dir = args[i];
    else {
      err << "usage: ekw validate DIR [--seeds DIR] [--today YYYY-MM-DD] [--json]\n";
      return 2;
    }
  }
  if (dir.empty() || !validDate(today)) {
    err << "usage: ekw validate DIR [--seeds DIR] [--today YYYY-MM-DD] [--json]\n";
    return 2;
  }
  Diagnostics diagnostics;
  LoadedContent loaded = loadContent(files::directoryReader(dir), diagnostics);
  ValidateOptions options;
  options.today = today;
  if (!seeds.empty()) {
    std::error_code ec;
    if (!std::filesystem::is_directory(seeds, ec)) {  // else every citation would say its seed file is missing
      err << "ekw validate: the seeds folder " << seeds << " does not exist\n";
      return 2;
    }
    options.seedLineCount = files::seedLineCounter(seeds);
  }
  validateContent(loaded, diagnostics, options);
  diagnostics.sort();
  std::string prefix = dir.back() == '/' ? dir : dir + "/";
  if (asJson) {
    nlohmann::json list = nlohmann::json::array();
    for (const Diagnostic& d : diagnostics.items())
      list.push_back({{"severity", d.severity == Severity::Error ? "error" : "warning"},
                      {"file", prefix + d.file},
                      {"line", d.pos.line},
                      {"column", d.pos.column},
                      {"pointer", d.pointer},
                      {"code", d.code},
                      {"message", d.message}});
    out << nlohmann::json{{"errors", diagnostics.errorCount()}, {"warnings", diagnostics.warningCount()},
                          {"diagnostics", list}}
               .dump(2)
        << "\n";
  } else {
    for (Diagnostic d : diagnostics.items()) {
      d.file = prefix + d.file;
      out << formatDiagnostic(d) << "\n";
    }
    out << diagnostics.errorCount() << " error" << (diagnostics.errorCount() == 1 ? "" : "s") << ", "
        << diagnostics.warningCount() << " warning" << (diagnostics.warningCount() == 1 ? "" : "s") << " in "
        << loaded.files.size() << " file" << (loaded.files.size() == 1 ? "" : "s") << "\n";
  }
  return diagnostics.hasErrors() ? 1 : 0;
}

}  // namespace ekw::cli

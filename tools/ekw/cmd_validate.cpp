// ekw validate DIR: every problem in a content directory, with file, line:column and JSON pointer.
#include <filesystem>
#include <iostream>
#include <string>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

#include "core/content/hints.h"
#include "core/content/validate.h"
#include "core/content/value_checks.h"
#include "tools/ekw/commands.h"
#include "tools/files/content_files.h"
#include "tools/spelling/hunspell_checker.h"

namespace ekw::cli {

int runValidate(const Args& args, std::ostream& out, std::ostream& err) {
  std::string dir, seeds, today = files::today();
  bool asJson = false, hints = false;
  const char* usage = "usage: ekw validate DIR [--seeds DIR] [--today YYYY-MM-DD] [--hints] [--json]\n";
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--seeds" && i + 1 < args.size()) seeds = args[++i];
    else if (args[i] == "--today" && i + 1 < args.size()) today = args[++i];
    else if (args[i] == "--json") asJson = true;
    else if (args[i] == "--hints") hints = true;
    else if (!args[i].empty() && args[i][0] != '-' && dir.empty()) dir = args[i];
    else {
      err << usage;
      return 2;
    }
  }
  if (dir.empty() || !values::isIsoDate(today)) {
    err << usage;
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
  HintReport report;
  if (hints) {
    // Spelling needs Debian's hunspell-nl; without it the other hints are still given.
    std::unique_ptr<spelling::HunspellChecker> speller = spelling::HunspellChecker::open();
    if (!speller) err << "ekw validate: no Dutch dictionary at " << spelling::kDutchDictionary << ".dic; spelling not checked\n";
    HintOptions hintOptions;
    hintOptions.spelling = speller.get();
    report = contentHints(loaded, hintOptions);
    for (const Diagnostic& d : report.hints.items()) diagnostics.add(d);
  }
  diagnostics.sort();
  std::string prefix = dir.back() == '/' ? dir : dir + "/";
  if (asJson) {
    nlohmann::json list = nlohmann::json::array();
    for (const Diagnostic& d : diagnostics.items())
      list.push_back({{"severity", d.severity == Severity::Error ? "error" : d.severity == Severity::Hint ? "hint" : "warning"},
                      {"file", prefix + d.file},
                      {"line", d.pos.line},
                      {"column", d.pos.column},
                      {"pointer", d.pointer},
                      {"code", d.code},
                      {"message", d.message}});
    nlohmann::json result{{"errors", diagnostics.errorCount()}, {"warnings", diagnostics.warningCount()},
                          {"diagnostics", list}};
    if (hints) {
      nlohmann::json scores = nlohmann::json::array();
      for (const TextReadability& r : report.readability)
        scores.push_back({{"file", prefix + r.file},
                          {"line", r.pos.line},
                          {"column", r.pos.column},
                          {"pointer", r.pointer},
                          {"words", r.measure.words},
                          {"sentences", r.measure.sentences},
                          {"syllables", r.measure.syllables},
                          {"fleschDouma", std::round(r.measure.score * 10) / 10}});
      result["hints"] = diagnostics.hintCount();
      result["readability"] = scores;
    }
    out << result.dump(2) << "\n";
  } else {
    for (Diagnostic d : diagnostics.items()) {
      d.file = prefix + d.file;
      out << formatDiagnostic(d) << "\n";
    }
    out << diagnostics.errorCount() << " error" << (diagnostics.errorCount() == 1 ? "" : "s") << ", "
        << diagnostics.warningCount() << " warning" << (diagnostics.warningCount() == 1 ? "" : "s");
    if (hints) out << ", " << diagnostics.hintCount() << " hint" << (diagnostics.hintCount() == 1 ? "" : "s");
    out << " in "
        << loaded.files.size() << " file" << (loaded.files.size() == 1 ? "" : "s") << "\n";
    if (hints && !report.readability.empty()) {
      std::vector<double> scores;
      for (const TextReadability& r : report.readability) scores.push_back(r.measure.score);
      std::sort(scores.begin(), scores.end());
      char line[160];
      std::snprintf(line, sizeof line, "readability (Flesch-Douma) of %zu Dutch texts: median %.0f, lowest %.0f\n",
                    scores.size(), scores[scores.size() / 2], scores.front());
      out << line;
    }
  }
  return diagnostics.hasErrors() ? 1 : 0;
}

}  // namespace ekw::cli

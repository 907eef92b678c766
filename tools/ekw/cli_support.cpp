#include "tools/ekw/cli_support.h"

#include <ostream>

#include "core/content/validate.h"
#include "core/json/json_document.h"
#include "tools/files/content_files.h"

namespace ekw::cli {

std::optional<LoadedContent> loadValidContent(const std::string& dir, const std::string& command, std::ostream& err) {
  Diagnostics diagnostics;
  LoadedContent loaded = loadContent(files::directoryReader(dir), diagnostics);
  ValidateOptions options;
  options.today = files::today();
  validateContent(loaded, diagnostics, options);
  if (!diagnostics.hasErrors() && loaded.content) return loaded;
  diagnostics.sort();
  std::string prefix = dir.back() == '/' ? dir : dir + "/";
  for (Diagnostic d : diagnostics.items()) {
    if (d.severity != Severity::Error) continue;
    d.file = prefix + d.file;
    err << formatDiagnostic(d) << "\n";
  }
  err << "ekw " << command << ": the content in " << dir << " has " << diagnostics.errorCount()
      << " error(s); run `ekw validate " << dir << "` and fix them first\n";
  return std::nullopt;
}

std::optional<nlohmann::json> readJsonArgument(const std::string& path, const std::string& command, std::ostream& err) {
  std::optional<std::string> text = files::readFile(path);
  if (!text) {
    err << "ekw " << command << ": cannot read " << path << "\n";
    return std::nullopt;
  }
  JsonDocument doc;
  JsonError error;
  if (!parseJsonDocument(*text, doc, error)) {
    err << path << ":" << error.pos.line << ":" << error.pos.column << ": error: " << error.message << "\n";
    return std::nullopt;
  }
  return std::move(doc.value);
}

int mergeIntoContent(const std::string& dir, const Incoming& incoming, const MergeOptions& given, bool apply,
                     const std::string& command, std::ostream& out, std::ostream& err) {
  Diagnostics diagnostics;
  ReadFile read = files::directoryReader(dir);
  LoadedContent loaded = loadContent(read, diagnostics);
  if (!loaded.content) {
    err << "ekw " << command << ": " << dir << " is not a content directory (no readable manifest.json)\n";
    return 1;
  }
  MergeOptions options = given;
  if (options.today.empty()) options.today = files::today();
  MergePlan plan = planMerge(loaded, read, incoming, options);
  bool write = apply && plan.newErrors.empty() && !plan.edits.empty();
  std::string prefix = dir.back() == '/' ? dir : dir + "/";
  if (write)
    for (const FileEdit& e : plan.edits) {
      std::string problem = files::writeFileAtomic(prefix + e.path, e.text);
      if (!problem.empty()) {
        err << "ekw " << command << ": " << problem << "\n";
        return 1;
      }
    }
  out << mergeReport(plan, write);
  return plan.newErrors.empty() ? 0 : 1;
}

}  // namespace ekw::cli

#include "tools/ekw/cli_support.h"

#include <ostream>

#include "core/content/validate.h"
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

}  // namespace ekw::cli

// `ekw dossier validate FILE...`: checks dossier files (balie mode's hand-over) against content/schema/dossier.schema.json,
// with the project's own JSON reader and schema checker, so every problem names file:line:column and JSON pointer.
#include <ostream>
#include <string>

#include "core/content/schema_check.h"
#include "core/diagnostics.h"
#include "core/json/json_document.h"
#include "tools/ekw/commands.h"
#include "tools/files/content_files.h"

namespace ekw::cli {

namespace {

constexpr const char* kUsage =
    "usage: ekw dossier validate FILE...\n"
    "  Checks dossier files (format ekw-dossier/2) against content/schema/dossier.schema.json.\n"
    "  Prints every problem as FILE:LINE:COL: error: POINTER: MESSAGE [code]; exit 0 when all are valid, 1 otherwise.\n";

// Appends the problems of one file; returns whether it is valid.
bool validateOne(const std::string& path, Diagnostics& out) {
  std::optional<std::string> text = files::readFile(path);
  if (!text) {
    out.add({Severity::Error, path, {}, "", "unreadable", "the file cannot be read"});
    return false;
  }
  JsonDocument doc;
  JsonError error;
  if (!parseJsonDocument(*text, doc, error)) {
    out.add({Severity::Error, path, error.pos, "", "invalid-json", error.message});
    return false;
  }
  Diagnostics found;
  for (const JsonDocument::Finding& f : doc.duplicateKeys) found.add({Severity::Error, path, f.pos, f.pointer, "duplicate-key", f.message});
  SchemaSet::builtin().check(doc, "dossier.schema.json", path, found);
  bool ok = found.items().empty();
  for (const Diagnostic& d : found.items()) out.add(d);
  return ok;
}

}  // namespace

int runDossier(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.size() < 2 || args[0] != "validate") {
    err << kUsage;
    return 2;
  }
  Diagnostics all;
  std::size_t valid = 0;
  for (std::size_t i = 1; i < args.size(); ++i) valid += validateOne(args[i], all) ? 1 : 0;
  for (const Diagnostic& d : all.items()) out << formatDiagnostic(d) << "\n";
  std::size_t files = args.size() - 1;
  out << valid << " of " << files << (files == 1 ? " dossier" : " dossiers") << " valid\n";
  return valid == files ? 0 : 1;
}

}  // namespace ekw::cli

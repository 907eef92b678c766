// The sociale kaart as the studio's tables show it: one row per organisation, service or location, with the
// columns editors sort and filter by, and the commands on entries (add, remove, "verified today").
#pragma once

#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "tools/studio/model/validation.h"
#include "tools/studio/model/workspace.h"

namespace ekw::studio {

struct EntryRow {
  std::string kind;  // "services", "organizations", "locations"
  std::string file, pointer;  // "/services/12"
  std::string key;            // entryKey(file, pointer): its problems in the validation results
  std::string id, name, organization, levensgebieden, level, wijk, lastVerified;
  int rung = -1;
  int problems = 0;  // editor tasks and errors the validator reports for this entry
  int hints = 0;     // B1, readability and spelling hints on its texts (not "needs work" on their own)
  bool needsWork() const { return problems > 0; }
};

// Rows of one kind ("services", "organizations" or "locations") over every sociale-kaart file, with the problems
// `validation` (if any) found in each entry.
std::vector<EntryRow> entryRows(const Workspace& ws, const std::string& kind, const ValidationResult* validation);
// Only the problem counts of `rows` again, from newer validation results (the fields are kept).
void recountRows(std::vector<EntryRow>& rows, const ValidationResult& validation);
// The row of the entry at `pointer` of `file` again (after an edit of it), or false when it is not an entry.
bool refreshRow(const Workspace& ws, const ValidationResult* validation, EntryRow& row);

// The file that holds entries of `kind` (the first sociale-kaart file that has that list), or "".
std::string fileFor(const Workspace& ws, const std::string& kind);

Command verifiedToday(const std::string& file, const std::string& pointer, const std::string& today);
// A new entry at the end of its list, with a fresh id and the fields the schema requires left for the editor.
Command addEntry(const Workspace& ws, const std::string& kind);

}  // namespace ekw::studio

// Exchange with other systems from the studio: the sociale kaart exported as Open Referral HSDS 3 records, and HSDS
// records or a spreadsheet (CSV with a column mapping) merged in. The same core code as `ekw hsds export`, `ekw
// hsds import` and `ekw csv import` (core/content/hsds.h, csv_import.h, kaart_merge.h): an import is planned first
// (added, changed, conflicts, rows that could not be read), and nothing changes until the editor applies the plan;
// applying is one undoable edit of the workspace, written by Save like any other.
#pragma once

#include <cstdint>
#include <string>

#include "core/content/kaart_merge.h"
#include "core/content/loader.h"
#include "tools/studio/model/workspace.h"

namespace ekw::studio {

struct ImportPreview {
  std::string source;          // the file read
  std::string error;           // why nothing could be planned ("" when `plan` stands)
  MergePlan plan;
  std::uint64_t revision = 0;  // the workspace revision planned against: a plan for older texts is not applied
  bool canApply() const { return error.empty() && plan.newErrors.empty() && !plan.edits.empty(); }
};

// Plans merging the HSDS records in `file`; `defaults` is a JSON object of fields new services get ("" for none).
ImportPreview previewHsdsImport(const Workspace& ws, const std::string& file, const std::string& defaults);
// Plans merging the spreadsheet `file` read with the mapping in `mappingFile` (format: core/content/csv_import.h).
ImportPreview previewCsvImport(const Workspace& ws, const std::string& file, const std::string& mappingFile);
// Applies a plan to the workspace as one command. False (with `error`) when the plan cannot be applied or the
// content changed since it was made.
bool applyImport(Workspace& ws, const ImportPreview& preview, std::string* error);

// Writes the sociale kaart of `loaded` to `path` as HSDS 3 records (what `ekw hsds export -o` writes). Refuses
// content with errors. Returns what was done, in words.
std::string exportHsdsFile(const LoadedContent& loaded, std::size_t errorCount, const std::string& path);

}  // namespace ekw::studio

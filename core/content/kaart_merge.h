// Merging records from outside (HSDS, a spreadsheet) into the sociale kaart by id, as a plan first: what would be
// added, changed or left alone, what conflicts, and the new text of each file, written in the content's own style
// (core/content/json_writer.h). Nothing is written here: the shell shows the plan (a dry run) and writes the
// edits only when the editor confirms.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/loader.h"

namespace ekw {

// One record in the content's own sociale-kaart shape (see content/README.md), holding only the fields the
// source gave. `list` is "organizations", "services", "locations" or "servicesAtLocation".
struct IncomingRecord {
  std::string list;
  nlohmann::ordered_json value;
  std::string origin;      // where it came from, for the report: "/services/0", "row 5"
  std::string externalId;  // the id the source uses, when it differs (an HSDS UUID): references may use it
};

// A part of the source that could not be read ("row 7, column Telefoon: ..."): reported and skipped.
struct IncomingProblem {
  std::string origin, message;
};

struct Incoming {
  std::vector<IncomingRecord> records;
  std::vector<IncomingProblem> problems;
  std::set<std::string> unmapped;  // source fields with no place in the sociale kaart ("service.accreditations")
  std::vector<std::string> notes;  // records of kinds the sociale kaart does not hold (taxonomies, API metadata)
};

struct MergeOptions {
  // Fields a new service gets when the source does not give them (the editor's own choice, never guessed):
  // e.g. {"levensgebieden": ["netwerk"], "rung": 4, "level": "algemeen", "indicatie": false}.
  nlohmann::ordered_json serviceDefaults = nlohmann::ordered_json::object();
  std::string today;  // for validating the merged content
};

enum class MergeAction { Added, Changed, Unchanged };

struct MergeChange {
  MergeAction action = MergeAction::Unchanged;
  std::string list, id, origin;
  std::vector<std::string> fields;  // Changed: the fields that change
  std::string file;                 // where it is (or goes)
};

struct MergeConflict {
  std::string list, id, origin, message;  // the record is not merged
};

struct FileEdit {
  std::string path;  // relative to the content directory
  std::string text;  // the new text
};

struct MergePlan {
  std::vector<MergeChange> changes;
  std::vector<MergeConflict> conflicts;
  std::vector<IncomingProblem> problems;  // from the source
  std::set<std::string> unmapped;
  std::vector<std::string> notes;
  std::vector<FileEdit> edits;            // only files whose text changes
  std::vector<std::string> newErrors;     // validation errors the merged content would have: nothing may be written
  std::size_t count(MergeAction a) const;
};

// Plans merging `incoming` into `loaded` (read through `read`, which gives the files' current text).
MergePlan planMerge(const LoadedContent& loaded, const ReadFile& read, const Incoming& incoming,
                    const MergeOptions& options);

// The plan for people: counts, each added and changed record, conflicts, skipped parts, files to write.
std::string mergeReport(const MergePlan& plan, bool applied);

}  // namespace ekw

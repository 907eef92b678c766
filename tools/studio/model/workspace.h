// The editing model of ekw-studio: a content directory opened for editing. It holds every file the manifest names
// (a file that does not parse is kept as text, with its error, so that it can be fixed), applies commands with
// undo and redo, writes back only the files that changed, in their own style and atomically, and notices when
// someone else changed a file on disk. No window: the studio's panes and the tests drive it the same way.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "tools/studio/model/edit.h"
#include "core/content/json_writer.h"

namespace ekw::studio {

struct Document {
  std::string path;      // relative to the content directory ("trees/geld.json")
  std::string diskText;  // the text as last read from or written to disk ("" when the file did not exist)
  bool existsOnDisk = false;
  // Size and modification time of the file when diskText was read or written: the disk is only read again to look
  // for someone else's change when these differ (reading a large content every few seconds would stall frames).
  std::uintmax_t diskSize = 0;
  std::int64_t diskTime = 0;
  // Parsed value, or none when the text does not parse (then `text` is what the editor edits).
  std::optional<Json> value;
  std::string text;           // current text of a broken file
  std::string parseError;     // why it does not parse, with line:column
  SourcePos parseErrorPos;
  JsonRewriter layout;        // the layout of diskText, to write the value back in it (core/content/json_writer.h)
  std::uint64_t revision = 0;       // increases with every change, for caches
  std::uint64_t savedRevision = 0;  // the revision on disk

  bool dirty() const { return revision != savedRevision; }
  // The text this document would be written as (made once per revision: only edited files are written again).
  const std::string& currentText() const { return *sharedText(); }
  std::shared_ptr<const std::string> sharedText() const;
  // Whether currentText() differs from the disk text (edited and edited back is no change).
  bool differsFromDisk() const;

  // Pointers changed since `layout` was made, so that writing a large file after an edit only compares what changed
  // (core/content/json_writer.h). Kept by the workspace.
  std::vector<std::string> changed;

 private:
  mutable std::shared_ptr<const std::string> cachedText_;
  mutable std::uint64_t cachedRevision_ = ~std::uint64_t{0};
  mutable bool cachedDiffers_ = false;
};

// Every file's current text, shared (handing a snapshot to the validator copies no text).
using TextSnapshot = std::map<std::string, std::shared_ptr<const std::string>>;

struct SaveResult {
  std::vector<std::string> written;    // files written
  std::vector<std::string> conflicts;  // files changed on disk since they were read: not written
  std::vector<std::string> errors;     // files that could not be written, with the reason
};

class Workspace {
 public:
  // Opens `directory`: the manifest and every file it names. Never throws for bad content: unreadable or broken
  // files are kept (broken ones as text) and reported by problems().
  static Workspace open(const std::string& directory);
  // An in-memory workspace (tests, benchmarks): path -> text, saved nowhere.
  static Workspace fromTexts(const std::map<std::string, std::string>& files);

  const std::string& directory() const { return directory_; }
  const std::vector<Document>& documents() const { return docs_; }
  const Document* find(const std::string& path) const;
  // The files the manifest names under `key` ("trees", "socialeKaart", ...): one file or a list; none when broken.
  std::vector<std::string> manifestFiles(const std::string& key) const;
  // The value at `pointer` in `file`, or null when the file is broken or the pointer does not exist.
  const Json* value(const std::string& file, const std::string& pointer) const;

  // Applies a command. Returns false (and changes nothing) when a step does not fit the documents; `error` says why.
  bool apply(Command command, std::string* error = nullptr);
  // Replaces the text of a broken file (or of any file, editing it as text); it is parsed again at once.
  bool setText(const std::string& file, std::string text);

  bool canUndo() const { return !undo_.empty(); }
  bool canRedo() const { return !redo_.empty(); }
  std::string undoName() const { return undo_.empty() ? "" : undo_.back().name; }
  std::string redoName() const { return redo_.empty() ? "" : redo_.back().name; }
  bool undo();
  bool redo();
  // Ends the current typing run: the next coalescable edit starts a new undo step.
  void sealUndo() { sealed_ = true; }

  bool dirty() const;
  std::vector<std::string> dirtyFiles() const;
  // Every path -> current text (what validation and the bundle read).
  std::map<std::string, std::string> texts() const;
  TextSnapshot snapshot() const;
  std::uint64_t revision() const { return revision_; }
  // Where the last change (an edit, undo or redo) was: file and pointer of each step. Lets a pane refresh the one
  // row an edit touched instead of all of them.
  const std::vector<std::pair<std::string, std::string>>& lastChanges() const { return lastChanges_; }

  // Writes every changed file whose disk text is still what was read; files changed on disk are listed in
  // conflicts and left alone unless named in `overwrite`.
  SaveResult save(const std::vector<std::string>& overwrite = {});
  // Files whose text on disk differs from what was last read or written (someone else changed them).
  std::vector<std::string> changedOnDisk() const;
  // Reads `file` from disk again, dropping unsaved changes to it (and the undo history, which may refer to it).
  bool reload(const std::string& file);

  // Problems with the files themselves (syntax errors, unreadable files), with line:column.
  std::vector<Diagnostic> fileProblems() const;

 private:
  Document* findMutable(const std::string& path);
  // Adds the files the manifest names that are not open yet (after a broken manifest has been fixed).
  void openNewFiles();
  void setDocumentText(Document& doc, std::string text);
  void touch(Document& doc);
  void stamp(Document& doc) const;  // records the file's size and time on disk
  void touch(Document& doc, const EditStep& step);  // and notes what the step changed

  std::string directory_;  // "" for an in-memory workspace
  std::vector<Document> docs_;
  std::map<std::string, std::size_t> index_;
  std::vector<Command> undo_, redo_;
  bool sealed_ = true;
  std::uint64_t revision_ = 0;
  std::vector<std::pair<std::string, std::string>> lastChanges_;
};

}  // namespace ekw::studio

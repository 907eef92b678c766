// The studio's state between frames: the workspace being edited, the live validation, and what each pane has
// selected. The panes (one file each, listed in kPanes) draw from it and change the content only through
// Studio::apply, so that every edit can be undone and is validated.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tools/studio/model/validation.h"
#include "tools/studio/model/workspace.h"

namespace ekw::studio {

struct StudioOptions {
  std::string content;       // the content directory
  std::string seeds;         // seed directory for checking sources ("" = not checked)
  std::string publishPath;   // where Publish writes the bundle
};

// Where a click in the problems pane (or a link) wants to go.
struct JumpTarget {
  std::string file, pointer;
  int serial = 0;  // increases on every jump, so a pane can tell a new jump from an old one
};

class Studio {
 public:
  explicit Studio(StudioOptions options);

  Workspace& workspace() { return ws_; }
  const StudioOptions& options() const { return options_; }

  // Applies a command (an edit from a pane) and schedules validation. Returns false when it did not fit.
  bool apply(Command command);
  bool setText(const std::string& file, std::string text);
  void undo();
  void redo();
  void save(bool overwriteConflicts = false);

  // Latest validation; revision() tells whether it is up to date.
  const ValidationResult& validation() const { return validation_; }
  bool validating() const { return validator_.busy(); }
  // Increases whenever new results come in (also the hints for the same revision): panes cache by it.
  std::uint64_t resultSerial() const { return resultSerial_; }
  void waitForValidation();  // screenshots and benchmarks
  // Called every frame: picks up finished validation, starts a new one after edits, checks the disk now and then.
  void tick();

  // Problems as the panes show them: the validator's (which include syntax errors).
  const std::vector<Diagnostic>& problems() const { return validation_.diagnostics.items(); }

  void jumpTo(const std::string& file, const std::string& pointer);
  const JumpTarget& jump() const { return jump_; }

  // Messages for the status bar and dialogs.
  std::string status;
  std::vector<std::string> conflicts;   // files changed on disk that a save would overwrite: ask
  std::vector<std::string> externallyChanged;  // files changed on disk while open

  // UI state shared between panes.
  std::string activePane = "kaart";
  std::string requestedPane;  // set by jumps; the tab bar selects it once
  bool focusSearch = false;   // Ctrl+F
  std::string today;

 private:
  StudioOptions options_;
  Workspace ws_;
  BackgroundValidator validator_;
  ValidationResult validation_;
  std::uint64_t requested_ = ~std::uint64_t{0};
  std::chrono::steady_clock::time_point lastDiskCheck_;
  JumpTarget jump_;
  std::uint64_t resultSerial_ = 0;
};

// The panes, in tab order: one table, so adding a pane is one line.
struct Pane {
  const char* name;   // for --pane and jumps
  const char* title;  // tab label
  void (*draw)(Studio&);
};
const std::vector<Pane>& panes();
// The pane that shows `file` (by its manifest kind).
std::string paneFor(const Workspace& ws, const std::string& file);

void drawKaartPane(Studio&);
void drawTreesPane(Studio&);
void drawAdvicePane(Studio&);
void drawFormsPane(Studio&);
void drawBuuvPane(Studio&);
void drawTextsPane(Studio&);
void drawProblemsPane(Studio&);
void drawSimulatePane(Studio&);
void drawPublishPane(Studio&);
void drawFilesPane(Studio&);
void drawHsdsPane(Studio&);
// Publishes the validated content now (the Publish button); false when it is not up to date or has errors.
bool publishNow(Studio&);
// Fills the HSDS import with `file` and runs its dry run (--hsds-import).
void prepareHsdsImport(Studio&, const std::string& file);

}  // namespace ekw::studio

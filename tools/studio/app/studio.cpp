#include "tools/studio/app/studio.h"

#include <algorithm>

#include "tools/files/content_files.h"

namespace ekw::studio {

const std::vector<Pane>& panes() {
  static const std::vector<Pane> list = {
      {"kaart", "Sociale kaart", drawKaartPane},
      {"trees", "Question trees", drawTreesPane},
      {"advice", "Advice", drawAdvicePane},
      {"forms", "Forms", drawFormsPane},
      {"buuv", "BUUV", drawBuuvPane},
      {"texts", "Texts nl | en", drawTextsPane},
      {"problems", "Problems", drawProblemsPane},
      {"simulate", "Simulate", drawSimulatePane},
      {"publish", "Publish", drawPublishPane},
      {"files", "Files", drawFilesPane},
      {"hsds", "HSDS / CSV", drawHsdsPane},
  };
  return list;
}

std::string paneFor(const Workspace& ws, const std::string& file) {
  const Json* manifest = ws.value("manifest.json", "");
  const Document* doc = ws.find(file);
  if (!manifest || !doc || !doc->value) return "files";
  auto names = [&](const char* key) {
    const std::vector<std::string> files = ws.manifestFiles(key);
    return std::find(files.begin(), files.end(), file) != files.end();
  };
  if (names("socialeKaart")) return "kaart";
  if (names("trees")) return "trees";
  if (names("advice")) return "advice";
  if (names("forms")) return "forms";
  if (names("buuv")) return "buuv";
  return "files";
}

namespace {
ValidationSettings settingsFor(const StudioOptions& options) {
  ValidationSettings s;
  s.today = files::today();
  if (!options.seeds.empty()) s.seedLineCount = files::seedLineCounter(options.seeds);
  return s;
}
}  // namespace

Studio::Studio(StudioOptions options)
    : options_(std::move(options)), ws_(Workspace::open(options_.content)), validator_(settingsFor(options_)) {
  today = files::today();
  lastDiskCheck_ = std::chrono::steady_clock::now();
  tick();
}

bool Studio::apply(Command command) {
  std::string error;
  if (!ws_.apply(std::move(command), &error)) {
    status = "Not changed: " + error;
    return false;
  }
  return true;
}

bool Studio::setText(const std::string& file, std::string text) { return ws_.setText(file, std::move(text)); }

void Studio::undo() {
  std::string name = ws_.undoName();
  if (ws_.undo()) status = "Undone: " + name;
}

void Studio::redo() {
  std::string name = ws_.redoName();
  if (ws_.redo()) status = "Redone: " + name;
}

void Studio::save(bool overwriteConflicts) {
  SaveResult r = ws_.save(overwriteConflicts ? conflicts : std::vector<std::string>{});
  conflicts = r.conflicts;
  status = "Saved " + std::to_string(r.written.size()) + " file(s)";
  if (!r.conflicts.empty()) status += "; " + std::to_string(r.conflicts.size()) + " changed on disk by someone else";
  for (const auto& e : r.errors) status += "; " + e;
  externallyChanged = ws_.changedOnDisk();
}

void Studio::waitForValidation() {
  validator_.wait();
  tick();
}

void Studio::tick() {
  if (auto done = validator_.take()) {
    validator_.dispose(std::move(validation_));
    validation_ = std::move(*done);
    ++resultSerial_;
  }
  // One validation at a time: edits made meanwhile are validated together when it is done, so typing never waits.
  if (requested_ != ws_.revision() && !validator_.busy()) {
    requested_ = ws_.revision();
    validator_.request(ws_.snapshot(), ws_.revision());
  }
  auto now = std::chrono::steady_clock::now();
  if (now - lastDiskCheck_ > std::chrono::seconds(2)) {
    lastDiskCheck_ = now;
    externallyChanged = ws_.changedOnDisk();
  }
}

void Studio::jumpTo(const std::string& file, const std::string& pointer) {
  jump_.file = file;
  jump_.pointer = pointer;
  ++jump_.serial;
  requestedPane = paneFor(ws_, file);
}

}  // namespace ekw::studio

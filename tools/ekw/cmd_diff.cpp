// ekw diff OLD NEW [--json] [--sessions FILE...]: what changes for residents between two versions of content
// (directories or bundles), and which answers saved sessions would lose.
#include <filesystem>
#include <iostream>

#include "core/content/diff.h"
#include "core/engine/session.h"
#include "tools/ekw/cli_support.h"
#include "tools/ekw/commands.h"
#include "tools/files/content_files.h"

namespace ekw::cli {

namespace {

// A bundle file (what `ekw bundle` wrote, what the site loads) or a content directory.
std::optional<LoadedContent> loadEither(const std::string& path, std::ostream& err) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return loadValidContent(path, "diff", err);
  std::optional<std::string> text = files::readFile(path);
  Diagnostics diagnostics;
  LoadedContent loaded = text ? loadBundle(*text, diagnostics) : LoadedContent{};
  if (!text) err << "ekw diff: cannot read " << path << "\n";
  for (const Diagnostic& d : diagnostics.items())
    if (d.severity == Severity::Error) err << path << ": " << formatDiagnostic(d) << "\n";
  if (!text || diagnostics.hasErrors() || !loaded.content) return std::nullopt;
  return loaded;
}

}  // namespace

int runDiff(const Args& args, std::ostream& out, std::ostream& err) {
  const char* usage = "usage: ekw diff OLD NEW [--json] [--sessions FILE...]   (OLD, NEW: content directories or bundles)\n";
  std::vector<std::string> paths, sessions;
  bool asJson = false, inSessions = false;
  for (const std::string& a : args) {
    if (a == "--json") asJson = true, inSessions = false;
    else if (a == "--sessions") inSessions = true;
    else if (!a.empty() && a[0] == '-') return err << usage, 2;
    else (inSessions ? sessions : paths).push_back(a);
  }
  if (paths.size() != 2) return err << usage, 2;
  std::optional<LoadedContent> before = loadEither(paths[0], err);
  std::optional<LoadedContent> after = loadEither(paths[1], err);
  if (!before || !after) return 1;
  ContentDiff d = diffContent(*before, *after);

  // Real saved sessions, restored against the new content exactly as the site would.
  nlohmann::json checked = nlohmann::json::array();
  int unreadable = 0;
  for (const std::string& file : sessions) {
    nlohmann::json entry{{"file", file}};
    std::optional<std::string> text = files::readFile(file);
    JsonDocument doc;
    JsonError error;
    SessionState state;
    std::vector<DroppedAnswer> dropped;
    std::string problem;
    if (!text) problem = "cannot read the file";
    else if (!parseJsonDocument(*text, doc, error)) problem = "not JSON: " + error.message;
    else sessionFromJson(*after->content, doc.value, state, dropped, problem);
    if (!problem.empty()) {
      ++unreadable;
      entry["error"] = problem;
    } else {
      entry["lost"] = nlohmann::json::array();
      for (const DroppedAnswer& a : dropped) entry["lost"].push_back({{"question", a.question}, {"reason", a.reason}});
    }
    checked.push_back(std::move(entry));
  }

  if (asJson) {
    nlohmann::json j = diffToJson(d);
    if (!sessions.empty()) j["sessions"] = checked;
    out << j.dump(2) << "\n";
  } else {
    out << diffText(d);
    for (const nlohmann::json& s : checked) {
      out << "session " << s["file"].get<std::string>() << ": ";
      if (s.contains("error")) out << "cannot be restored: " << s["error"].get<std::string>() << "\n";
      else if (s["lost"].empty()) out << "keeps every answer\n";
      else {
        out << "loses " << s["lost"].size() << " answer(s)\n";
        for (const nlohmann::json& l : s["lost"])
          out << "  " << l["question"].get<std::string>() << " (" << l["reason"].get<std::string>() << ")\n";
      }
    }
  }
  return unreadable ? 1 : 0;
}

}  // namespace ekw::cli

// Texts and translations side by side (nl | en), missing translations marked; the problems list with file,
// line:column and pointer, where a click jumps to the item; and every file, with a text editor for broken ones.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <map>

#include "tools/studio/app/widgets.h"
#include "tools/studio/model/translations.h"

namespace ekw::studio {
namespace {

bool containsText(const std::string& hay, const std::string& needle) {
  if (needle.empty()) return true;
  auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(),
                        [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b)); });
  return it != hay.end();
}

}  // namespace

void drawTextsPane(Studio& studio) {
  static std::string search;
  static bool missingOnly = false;
  static std::uint64_t revision = ~std::uint64_t{0};
  static std::vector<TextRow> rows;
  static std::vector<std::string> languages;
  Workspace& ws = studio.workspace();
  if (revision != ws.revision()) {
    // Typing in a text changes that row only; anything else (a text added or removed elsewhere) collects again.
    // (Only when the pane saw every revision before: each step of a change is one revision.)
    bool again = rows.empty() || revision + ws.lastChanges().size() != ws.revision();
    for (const auto& change : ws.lastChanges()) {
      if (again) break;
      // Plain names, not a structured binding: clang 14 does not let a lambda capture a binding.
      const std::string& file = change.first;
      const std::string& pointer = change.second;
      std::size_t slash = pointer.rfind('/');
      auto row = slash == std::string::npos ? rows.end() : std::find_if(rows.begin(), rows.end(), [&](const TextRow& r) {
        return r.file == file && r.pointer.size() == slash && pointer.compare(0, slash, r.pointer) == 0;
      });
      if (row == rows.end()) {
        again = true;
        break;
      }
      row->missing = false;
      for (std::size_t l = 0; l < languages.size(); ++l) {
        const Json* v = ws.value(file, child(row->pointer, languages[l]));
        row->values[l] = v && v->is_string() ? v->get<std::string>() : "";
        row->missing = row->missing || row->values[l].empty();
      }
    }
    if (again) {
      languages = contentLanguages(ws);
      rows = collectTexts(ws, languages);
    }
    revision = ws.revision();
  }
  if (studio.focusSearch) {
    ImGui::SetKeyboardFocusHere();
    studio.focusSearch = false;
  }
  ImGui::SetNextItemWidth(300);
  ImGui::InputTextWithHint("##search", "search texts (Ctrl+F)", &search);
  ImGui::SameLine();
  ImGui::Checkbox("missing translations only", &missingOnly);
  const auto missing = std::count_if(rows.begin(), rows.end(), [](const TextRow& r) { return r.missing; });
  ImGui::SameLine(0, 30);
  ImGui::Text("%zu texts, ", rows.size());
  ImGui::SameLine(0, 0);
  ImGui::TextColored(missing ? ImVec4(0.8f, 0.15f, 0.15f, 1) : ImVec4(0.1f, 0.5f, 0.25f, 1), "%ld missing a translation",
                     static_cast<long>(missing));
  std::vector<const TextRow*> shown;
  for (const auto& r : rows) {
    if (missingOnly && !r.missing) continue;
    bool hit = containsText(r.file + r.pointer, search);
    for (const auto& v : r.values) hit = hit || containsText(v, search);
    if (hit) shown.push_back(&r);
  }
  const int columns = 1 + static_cast<int>(languages.size());
  if (ImGui::BeginTable("texts", columns, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                                              ImGuiTableFlags_Resizable)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("where", ImGuiTableColumnFlags_WidthFixed, 300);
    for (const auto& l : languages) ImGui::TableSetupColumn(l.c_str(), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(shown.size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const TextRow& r = *shown[static_cast<std::size_t>(i)];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (ImGui::Selectable((r.file + "##" + r.pointer).c_str())) studio.jumpTo(r.file, r.pointer);
        ImGui::TextDisabled("%s", r.pointer.c_str());
        for (std::size_t l = 0; l < languages.size(); ++l) {
          ImGui::TableNextColumn();
          const std::string pointer = child(r.pointer, languages[l]);
          if (r.values[l].empty() && !ws.value(r.file, pointer)) {
            ImGui::PushID((r.file + pointer).c_str());
            if (ImGui::SmallButton(("+ " + languages[l]).c_str()))
              studio.apply(insertValue(r.file, pointer, Json(""), "add translation"));
            ImGui::PopID();
            ImGui::SameLine();
            ImGui::TextColored(ImVec4(0.8f, 0.15f, 0.15f, 1), "missing");
            continue;
          }
          if (r.values[l].empty()) ImGui::PushStyleColor(ImGuiCol_FrameBg, IM_COL32(250, 215, 215, 255));
          editString(studio, r.file, pointer, "##t", -1, false);
          if (r.values[l].empty()) ImGui::PopStyleColor();
        }
      }
    }
    ImGui::EndTable();
  }
}

void drawProblemsPane(Studio& studio) {
  static std::string search, code;
  static int severity = 0;  // 0 all, 1 errors, 2 warnings and editor tasks, 3 hints (B1, readability, spelling)
  // The shown list is rebuilt when the validation or a filter changes, not every frame (tens of thousands of
  // problems on a large content).
  static std::uint64_t shownSerial = ~std::uint64_t{0};
  static std::string shownKey;
  static std::vector<const Diagnostic*> shown;
  static std::map<std::string, std::size_t> codes;
  const auto& v = studio.validation();
  const auto& items = studio.problems();
  if (studio.focusSearch) {
    ImGui::SetKeyboardFocusHere();
    studio.focusSearch = false;
  }
  ImGui::SetNextItemWidth(260);
  ImGui::InputTextWithHint("##search", "filter problems (Ctrl+F)", &search);
  ImGui::SameLine();
  ImGui::RadioButton("all", &severity, 0);
  ImGui::SameLine();
  ImGui::RadioButton("errors", &severity, 1);
  ImGui::SameLine();
  ImGui::RadioButton("warnings and editor tasks", &severity, 2);
  ImGui::SameLine();
  ImGui::RadioButton("hints (B1, spelling)", &severity, 3);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(200);
  if (ImGui::BeginCombo("##code", code.empty() ? "every kind" : code.c_str())) {
    if (ImGui::Selectable("every kind", code.empty())) code.clear();
    for (const auto& [c, n] : codes)
      if (ImGui::Selectable((c + "  (" + std::to_string(n) + ")").c_str(), code == c)) code = c;
    ImGui::EndCombo();
  }
  const std::string key = search + '\x1f' + code + '\x1f' + std::to_string(severity);
  if (shownSerial != studio.resultSerial() || shownKey != key) {
    shownSerial = studio.resultSerial();
    shownKey = key;
    shown.clear();
    codes.clear();
    for (const auto& d : items) {
      ++codes[d.code];
      if (severity == 1 && d.severity != Severity::Error) continue;
      if (severity == 2 && d.severity != Severity::Warning) continue;
      if (severity == 3 && d.severity != Severity::Hint) continue;
      if (!code.empty() && d.code != code) continue;
      if (!search.empty() && !containsText(d.file + " " + d.pointer + " " + d.message + " " + d.code, search)) continue;
      shown.push_back(&d);
    }
  }
  ImGui::Text("%zu errors, %zu warnings and editor tasks, %zu hints", v.diagnostics.errorCount(),
              v.diagnostics.warningCount(), v.diagnostics.hintCount());
  ImGui::SameLine();
  if (!v.readability.empty()) {
    std::vector<double> scores;
    for (const auto& r : v.readability) scores.push_back(r.measure.score);
    std::nth_element(scores.begin(), scores.begin() + static_cast<long>(scores.size() / 2), scores.end());
    ImGui::TextDisabled("| readability (Flesch-Douma) of %zu Dutch texts: median %.0f |", scores.size(),
                        scores[scores.size() / 2]);
    ImGui::SameLine();
  }
  ImGui::TextDisabled("validated in %.0f ms%s; showing %zu", v.milliseconds, studio.validating() ? ", validating..." : "",
                      shown.size());
  if (ImGui::BeginTable("problems", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerV |
                                           ImGuiTableFlags_Resizable)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 50);
    ImGui::TableSetupColumn("file:line:column", ImGuiTableColumnFlags_WidthFixed, 290);
    ImGui::TableSetupColumn("pointer", ImGuiTableColumnFlags_WidthFixed, 250);
    ImGui::TableSetupColumn("problem", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("code", ImGuiTableColumnFlags_WidthFixed, 170);
    ImGui::TableHeadersRow();
    // One line a row (the clipper needs rows of one height); the whole message is in the tooltip.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(shown.size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const Diagnostic& d = *shown[static_cast<std::size_t>(i)];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushStyleColor(ImGuiCol_Text, severityColour(d.severity));
        const std::string where = d.file + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column);
        if (ImGui::Selectable((std::string(severityName(d.severity)) + "##" + std::to_string(i)).c_str(), false,
                              ImGuiSelectableFlags_SpanAllColumns)) {
          studio.jumpTo(d.file, d.pointer);
        }
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\nClick to go to %s", d.message.c_str(), where.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(where.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(d.pointer.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(d.message.c_str());
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s", d.code.c_str());
      }
    }
    ImGui::EndTable();
  }
}

void drawFilesPane(Studio& studio) {
  static std::string selected;
  static int jumpSerial = 0;
  Workspace& ws = studio.workspace();
  if (studio.jump().serial != jumpSerial && studio.requestedPane.empty()) {
    jumpSerial = studio.jump().serial;
    selected = studio.jump().file;
  }
  if (selected.empty() && !ws.documents().empty()) selected = ws.documents().front().path;
  ImGui::BeginChild("files", ImVec2(340, 0), true);
  const auto dirty = ws.dirtyFiles();
  for (const auto& doc : ws.documents()) {
    const bool changed = std::find(dirty.begin(), dirty.end(), doc.path) != dirty.end();
    std::string label = doc.path + (changed ? "  *" : "");
    if (!doc.value) ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
    if (ImGui::Selectable(label.c_str(), selected == doc.path)) selected = doc.path;
    if (!doc.value) ImGui::PopStyleColor();
  }
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("file", ImVec2(0, 0), true);
  const Document* doc = ws.find(selected);
  if (doc && !doc->value) {
    // Broken: the text itself, with the error; every keystroke is kept, and the file parses again once fixed.
    ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
    ImGui::TextWrapped("%s:%d:%d: %s", doc->path.c_str(), doc->parseErrorPos.line, doc->parseErrorPos.column,
                       doc->parseError.c_str());
    ImGui::PopStyleColor();
    std::string text = doc->text;
    ImGui::PushFont(ImGui::GetIO().Fonts->Fonts.size() > 1 ? ImGui::GetIO().Fonts->Fonts[1] : ImGui::GetFont());
    if (ImGui::InputTextMultiline("##text", &text, ImVec2(-1, -1))) studio.setText(doc->path, text);
    ImGui::PopFont();
  } else if (doc) {
    ImGui::Text("%s", doc->path.c_str());
    drawProblemsFor(studio, doc->path, "");
    editMembers(studio, doc->path, "");
  }
  ImGui::EndChild();
}

}  // namespace ekw::studio

// Texts and translations side by side (nl | en), missing translations marked; the problems list with file,
// line:column and pointer, where a click jumps to the item; and every file, with a text editor for broken ones.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

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
    languages = contentLanguages(ws);
    rows = collectTexts(ws, languages);
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
  static std::string search;
  static int severity = 0;  // 0 all, 1 errors, 2 editor tasks
  const auto& items = studio.problems();
  if (studio.focusSearch) {
    ImGui::SetKeyboardFocusHere();
    studio.focusSearch = false;
  }
  ImGui::SetNextItemWidth(300);
  ImGui::InputTextWithHint("##search", "filter problems (Ctrl+F)", &search);
  ImGui::SameLine();
  ImGui::RadioButton("all", &severity, 0);
  ImGui::SameLine();
  ImGui::RadioButton("errors", &severity, 1);
  ImGui::SameLine();
  ImGui::RadioButton("warnings and editor tasks", &severity, 2);
  ImGui::SameLine(0, 30);
  const auto& v = studio.validation();
  ImGui::Text("%zu errors, %zu warnings", v.diagnostics.errorCount(), v.diagnostics.warningCount());
  ImGui::SameLine();
  ImGui::TextDisabled("(validated in %.0f ms%s)", v.milliseconds, studio.validating() ? ", validating..." : "");
  if (ImGui::BeginTable("problems", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerV |
                                           ImGuiTableFlags_Resizable)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 60);
    ImGui::TableSetupColumn("file:line:column", ImGuiTableColumnFlags_WidthFixed, 280);
    ImGui::TableSetupColumn("pointer", ImGuiTableColumnFlags_WidthFixed, 240);
    ImGui::TableSetupColumn("problem", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("code", ImGuiTableColumnFlags_WidthFixed, 150);
    ImGui::TableHeadersRow();
    std::vector<const Diagnostic*> shown;
    for (const auto& d : items) {
      if (severity == 1 && d.severity != Severity::Error) continue;
      if (severity == 2 && d.severity == Severity::Error) continue;
      if (!containsText(d.file + " " + d.pointer + " " + d.message + " " + d.code, search)) continue;
      shown.push_back(&d);
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(shown.size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const Diagnostic& d = *shown[static_cast<std::size_t>(i)];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushStyleColor(ImGuiCol_Text, d.severity == Severity::Error ? errorColour() : warningColour());
        const std::string where = d.file + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column);
        if (ImGui::Selectable(((d.severity == Severity::Error ? "error##" : "task##") + std::to_string(i)).c_str(), false,
                              ImGuiSelectableFlags_SpanAllColumns)) {
          studio.jumpTo(d.file, d.pointer);
        }
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Go to %s", where.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(where.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(d.pointer.c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", d.message.c_str());
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
  ImGui::BeginChild("files", ImVec2(290, 0), true);
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

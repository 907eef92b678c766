// HSDS and spreadsheets: export the sociale kaart as Open Referral HSDS 3 records, and import HSDS records or a
// CSV sheet with its column mapping. An import is a dry run first (added, changed, conflicts, rows skipped by row
// and column); the content changes only when the editor applies it, as one undoable edit that Save writes.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "tools/studio/app/widgets.h"
#include "tools/studio/model/exchange.h"

namespace ekw::studio {
namespace {

struct ExchangeState {
  std::string exportPath = "build/hsds/sociale-kaart.json";
  std::string exportMessage;
  std::string hsdsFile, defaults, csvFile, mappingFile;
  std::optional<ImportPreview> preview;
  std::string applyMessage;
};

ExchangeState& state() {
  static ExchangeState st;
  return st;
}

void pathField(const char* label, std::string& value, const char* hint) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label);
  ImGui::SameLine(190);
  ImGui::SetNextItemWidth(520);
  ImGui::InputTextWithHint((std::string("##") + label).c_str(), hint, &value);
}

const char* actionName(MergeAction a) {
  return a == MergeAction::Added ? "added" : a == MergeAction::Changed ? "changed" : "unchanged";
}

void drawPreview(Studio& studio, ExchangeState& st) {
  const ImportPreview& p = *st.preview;
  ImGui::TextColored(ImVec4(0.2f, 0.35f, 0.6f, 1), "Dry run: %s", p.source.c_str());
  if (!p.error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
    ImGui::TextWrapped("Nothing can be imported: %s", p.error.c_str());
    ImGui::PopStyleColor();
    return;
  }
  const MergePlan& plan = p.plan;
  ImGui::Text("%zu added, %zu changed, %zu unchanged, ", plan.count(MergeAction::Added), plan.count(MergeAction::Changed),
              plan.count(MergeAction::Unchanged));
  ImGui::SameLine(0, 0);
  ImGui::TextColored(plan.conflicts.empty() ? ImVec4(0.1f, 0.5f, 0.25f, 1) : ImVec4(0.8f, 0.15f, 0.15f, 1),
                     "%zu conflicts, ", plan.conflicts.size());
  ImGui::SameLine(0, 0);
  ImGui::TextColored(plan.problems.empty() ? ImVec4(0.1f, 0.5f, 0.25f, 1) : ImVec4(0.7f, 0.43f, 0, 1),
                     "%zu parts skipped", plan.problems.size());
  ImGui::SameLine(0, 30);
  const bool stale = p.revision != studio.workspace().revision();
  const bool can = p.canApply() && !stale;
  if (!can) ImGui::BeginDisabled();
  if (ImGui::Button("Apply to the content")) {
    std::string error;
    if (applyImport(studio.workspace(), p, &error)) {
      st.applyMessage = "Applied: " + std::to_string(plan.edits.size()) +
                        " file(s) changed in the studio. Ctrl+S writes them, Ctrl+Z undoes the import.";
      studio.status = st.applyMessage;
      st.preview.reset();
      return;
    }
    st.applyMessage = "Not applied: " + error;
  }
  if (!can) ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Discard")) {
    st.preview.reset();
    return;
  }
  if (stale) {
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(0.7f, 0.43f, 0, 1), "The content changed since: check again.");
  }
  ImGui::TextDisabled("Nothing is written until you apply the import and save.");
  for (const std::string& e : plan.newErrors) {
    ImGui::PushStyleColor(ImGuiCol_Text, errorColour());
    ImGui::TextWrapped("would be an error: %s", e.c_str());
    ImGui::PopStyleColor();
  }

  ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(255, 255, 255, 255));
  ImGui::BeginChild("plan", ImVec2(0, 0), true);
  if (!plan.problems.empty()) {
    ImGui::TextColored(ImVec4(0.7f, 0.43f, 0, 1), "Skipped (the other rows and records are kept)");
    if (ImGui::BeginTable("skipped", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV)) {
      ImGui::TableSetupColumn("where", ImGuiTableColumnFlags_WidthFixed, 160);
      ImGui::TableSetupColumn("why", ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableHeadersRow();
      for (const IncomingProblem& q : plan.problems) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(q.origin.c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", q.message.c_str());
      }
      ImGui::EndTable();
    }
    ImGui::Spacing();
  }
  if (!plan.conflicts.empty()) {
    ImGui::TextColored(ImVec4(0.8f, 0.15f, 0.15f, 1), "Conflicts (not merged)");
    for (const MergeConflict& c : plan.conflicts)
      ImGui::BulletText("%s %s: %s (from %s)", c.list.c_str(), c.id.c_str(), c.message.c_str(),
                        c.origin.empty() ? "/" : c.origin.c_str());
    ImGui::Spacing();
  }
  if (ImGui::BeginTable("changes", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable)) {
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 80);
    ImGui::TableSetupColumn("kind", ImGuiTableColumnFlags_WidthFixed, 120);
    ImGui::TableSetupColumn("id", ImGuiTableColumnFlags_WidthFixed, 300);
    ImGui::TableSetupColumn("fields that change", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("file; from", ImGuiTableColumnFlags_WidthFixed, 330);
    ImGui::TableHeadersRow();
    for (const MergeChange& c : plan.changes) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushStyleColor(ImGuiCol_Text, c.action == MergeAction::Unchanged ? mutedColour() : okColour());
      ImGui::TextUnformatted(actionName(c.action));
      ImGui::PopStyleColor();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(c.list.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(c.id.c_str());
      ImGui::TableNextColumn();
      std::string fields;
      for (const std::string& f : c.fields) fields += (fields.empty() ? "" : ", ") + f;
      ImGui::TextWrapped("%s", fields.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%s; %s", c.file.c_str(), c.origin.empty() ? "/" : c.origin.c_str());
    }
    ImGui::EndTable();
  }
  if (!plan.unmapped.empty()) {
    std::string list;
    for (const std::string& u : plan.unmapped) list += (list.empty() ? "" : ", ") + u;
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, mutedColour());
    ImGui::TextWrapped("Not carried (the sociale kaart has no place for them): %s", list.c_str());
    ImGui::PopStyleColor();
  }
  for (const std::string& n : plan.notes) ImGui::TextDisabled("%s", n.c_str());
  if (!plan.edits.empty()) {
    std::string files;
    for (const FileEdit& e : plan.edits) files += (files.empty() ? "" : ", ") + e.path;
    ImGui::TextDisabled("Files that change: %s", files.c_str());
  }
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

}  // namespace

void prepareHsdsImport(Studio& studio, const std::string& file) {
  ExchangeState& st = state();
  st.hsdsFile = file;
  st.preview = previewHsdsImport(studio.workspace(), file, st.defaults);
}

void drawHsdsPane(Studio& studio) {
  ExchangeState& st = state();
  const ValidationResult& v = studio.validation();
  ImGui::TextColored(ImVec4(0.2f, 0.35f, 0.6f, 1), "Export the sociale kaart as Open Referral HSDS 3");
  pathField("HSDS file to write", st.exportPath, "sociale-kaart.hsds.json");
  ImGui::SameLine();
  const bool current = v.loaded && v.revision == studio.workspace().revision();
  if (!current) ImGui::BeginDisabled();
  if (ImGui::Button("Export")) st.exportMessage = exportHsdsFile(*v.loaded, v.diagnostics.errorCount(), st.exportPath);
  if (!current) ImGui::EndDisabled();
  if (!st.exportMessage.empty()) ImGui::TextWrapped("%s", st.exportMessage.c_str());
  ImGui::Separator();

  ImGui::TextColored(ImVec4(0.2f, 0.35f, 0.6f, 1), "Import HSDS records (merged by id)");
  pathField("HSDS file", st.hsdsFile, "organizations, services, locations: one record, a list or an API page");
  pathField("defaults (--defaults)", st.defaults, "optional, e.g. {\"levensgebieden\": [\"netwerk\"], \"rung\": 4, \"level\": \"algemeen\"}");
  ImGui::SameLine();
  if (ImGui::Button("Check HSDS import")) prepareHsdsImport(studio, st.hsdsFile);
  ImGui::Separator();

  ImGui::TextColored(ImVec4(0.2f, 0.35f, 0.6f, 1), "Import a spreadsheet (CSV, ; or , separated, UTF-8)");
  pathField("CSV file", st.csvFile, "sociale-kaart.csv");
  pathField("column mapping", st.mappingFile, "mapping.json: {\"list\": \"services\", \"columns\": {\"Naam\": \"name\", ...}}");
  ImGui::SameLine();
  if (ImGui::Button("Check CSV import")) st.preview = previewCsvImport(studio.workspace(), st.csvFile, st.mappingFile);
  if (!st.applyMessage.empty()) ImGui::TextWrapped("%s", st.applyMessage.c_str());
  ImGui::Separator();
  if (st.preview) drawPreview(studio, st);
  else ImGui::TextDisabled("Check an import to see what it would add and change before anything is merged.");
}

}  // namespace ekw::studio

// The advice (per levensgebied and rung), the forms with their sections and fields, and the BUUV templates: each a
// list on the left and the selected item's every field on the right.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <map>

#include "tools/studio/app/widgets.h"

namespace ekw::studio {
namespace {


// Errors and editor tasks (not hints) at or under `pointer`, through the validation's indexes.
int problemCount(Studio& studio, const std::string& file, const std::string& pointer) {
  const ValidationResult& v = studio.validation();
  if (pointer.empty()) return static_cast<int>(v.count(file, Severity::Error) + v.count(file, Severity::Warning));
  int n = 0;
  if (const auto* found = v.problemsOf(file, pointer))
    for (std::size_t i : *found) {
      const Diagnostic& d = studio.problems()[i];
      n += d.severity != Severity::Hint && under(d.pointer, pointer);
    }
  return n;
}

// "/advice/3/title/nl" -> 3 for list "advice"
int indexIn(const std::string& pointer, const std::string& list) {
  const std::string prefix = "/" + list + "/";
  if (pointer.rfind(prefix, 0) != 0) return -1;
  try {
    return std::stoi(pointer.substr(prefix.size()));
  } catch (const std::exception&) {
    return -1;
  }
}

struct Selection {
  std::string file;
  int index = -1;
  int jumpSerial = 0;
};

void takeJump(Studio& studio, Selection& sel, const std::string& list) {
  if (studio.jump().serial == sel.jumpSerial || !studio.requestedPane.empty()) return;
  sel.jumpSerial = studio.jump().serial;
  sel.file = studio.jump().file;
  sel.index = list.empty() ? 0 : indexIn(studio.jump().pointer, list);
}

void itemEditor(Studio& studio, const std::string& file, const std::string& list, Selection& sel, const char* what) {
  const std::string pointer = "/" + list + "/" + std::to_string(sel.index);
  const Json* item = studio.workspace().value(file, pointer);
  if (!item) {
    ImGui::TextDisabled("Select %s.", what);
    return;
  }
  ImGui::Text("%s", item->value("id", std::string()).c_str());
  ImGui::SameLine();
  ImGui::TextDisabled("%s %s", file.c_str(), pointer.c_str());
  ImGui::SameLine(0, 20);
  if (ImGui::Button("Remove")) {
    studio.apply(removeValue(file, pointer, std::string("remove ") + what));
    sel.index = -1;
    return;
  }
  drawProblemsFor(studio, file, pointer);
  editMembers(studio, file, pointer);
}

}  // namespace

void drawAdvicePane(Studio& studio) {
  static Selection sel;
  static std::string levensgebied;
  Workspace& ws = studio.workspace();
  takeJump(studio, sel, "advice");
  const auto files = ws.manifestFiles("advice");
  ImGui::BeginChild("list", ImVec2(ImGui::GetContentRegionAvail().x * 0.38f, 0), true);
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##lg", levensgebied.empty() ? "every levensgebied" : levensgebied.c_str())) {
    if (ImGui::Selectable("every levensgebied", levensgebied.empty())) levensgebied.clear();
    const Json* lgs = ws.value("levensgebieden.json", "/levensgebieden");
    if (lgs && lgs->is_array()) {
      for (const auto& lg : *lgs) {
        std::string id = lg.value("id", std::string());
        if (ImGui::Selectable(id.c_str(), levensgebied == id)) levensgebied = id;
      }
    }
    ImGui::EndCombo();
  }
  // Grouped by rung, as the resident sees the ladder.
  for (int rung = 0; rung <= 7; ++rung) {
    bool header = false;
    for (const auto& f : files) {
      const Json* list = ws.value(f, "/advice");
      if (!list || !list->is_array()) continue;
      for (std::size_t i = 0; i < list->size(); ++i) {
        const Json& a = (*list)[i];
        if (!a.is_object() || a.value("rung", -1) != rung) continue;
        if (!levensgebied.empty() && a.value("levensgebied", std::string()) != levensgebied) continue;
        if (!header) {
          ImGui::Spacing();
          ImGui::TextColored(ImVec4(0.2f, 0.35f, 0.6f, 1), "Rung %d", rung);
          ImGui::Separator();
          header = true;
        }
        const std::string pointer = "/advice/" + std::to_string(i);
        const int problems = problemCount(studio, f, pointer);
        std::string label = dutch(a.contains("title") ? &a["title"] : nullptr);
        if (label.empty()) label = a.value("id", std::string("(no id)"));
        if (ImGui::Selectable((label + "##" + f + pointer).c_str(), sel.file == f && sel.index == static_cast<int>(i))) {
          sel.file = f;
          sel.index = static_cast<int>(i);
        }
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - 105);
        if (problems) ImGui::TextColored(ImVec4(0.7f, 0.43f, 0, 1), "%d", problems);
        else ImGui::TextDisabled("%s", a.value("levensgebied", std::string()).c_str());
      }
    }
  }
  ImGui::Spacing();
  if (!files.empty() && ImGui::Button("+ Add advice")) {
    std::string file = files.front();
    for (const auto& f : files) {
      const Json* lg = ws.value(f, "/advice/0/levensgebied");
      if (lg && *lg == levensgebied) file = f;
    }
    const Json* list = ws.value(file, "/advice");
    if (list) {
      Json item = {{"id", "advies-nieuw-" + std::to_string(list->size() + 1)},
                   {"levensgebied", levensgebied},
                   {"rung", 1},
                   {"title", {{"nl", ""}, {"en", ""}}},
                   {"text", {{"nl", ""}, {"en", ""}}},
                   {"sources", Json::array()}};
      if (studio.apply(insertValue(file, "/advice/" + std::to_string(list->size()), item, "add advice"))) {
        sel.file = file;
        sel.index = static_cast<int>(list->size()) - 1;
      }
    }
  }
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("item", ImVec2(0, 0), true);
  itemEditor(studio, sel.file, "advice", sel, "advice");
  ImGui::EndChild();
}

void drawFormsPane(Studio& studio) {
  static Selection sel;
  Workspace& ws = studio.workspace();
  takeJump(studio, sel, "");
  const auto files = ws.manifestFiles("forms");
  if (sel.file.empty() && !files.empty()) sel.file = files.front();
  ImGui::BeginChild("list", ImVec2(300, 0), true);
  for (const auto& f : files) {
    const Json* name = ws.value(f, "/name");
    const Json* kind = ws.value(f, "/kind");
    std::string label = dutch(name);
    if (label.empty()) label = f;
    if (ImGui::Selectable((label + "##" + f).c_str(), sel.file == f)) sel.file = f;
    const int problems = problemCount(studio, f, "");
    ImGui::TextDisabled("   %s%s", kind && kind->is_string() ? kind->get<std::string>().c_str() : "",
                        problems ? ("  " + std::to_string(problems) + " problems").c_str() : "");
  }
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("form", ImVec2(0, 0), true);
  const Json* form = ws.value(sel.file, "");
  if (form && form->is_object()) {
    // The fields at a glance, then every field of the form.
    const Json* sections = ws.value(sel.file, "/sections");
    // Half the height, scrolling: the form's own fields and its problems stay in view below.
    if (sections && sections->is_array() &&
        ImGui::BeginTable("fields", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_ScrollY,
                          ImVec2(0, ImGui::GetContentRegionAvail().y * 0.5f))) {
      ImGui::TableSetupScrollFreeze(0, 1);
      ImGui::TableSetupColumn("section / field", ImGuiTableColumnFlags_WidthStretch, 1.0f);
      ImGui::TableSetupColumn("type", ImGuiTableColumnFlags_WidthFixed, 80);
      ImGui::TableSetupColumn("required", ImGuiTableColumnFlags_WidthFixed, 70);
      ImGui::TableSetupColumn("prefilled from", ImGuiTableColumnFlags_WidthStretch, 1.2f);
      ImGui::TableHeadersRow();
      for (const auto& s : *sections) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextColored(ImVec4(0.2f, 0.35f, 0.6f, 1), "%s", dutch(s.contains("title") ? &s["title"] : nullptr).c_str());
        if (!s.contains("fields") || !s["fields"].is_array()) continue;
        for (const auto& fl : s["fields"]) {
          ImGui::TableNextRow();
          ImGui::TableNextColumn();
          ImGui::Text("   %s", dutch(fl.contains("label") ? &fl["label"] : nullptr).c_str());
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(fl.value("type", std::string()).c_str());
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(fl.value("required", false) ? "yes" : "");
          ImGui::TableNextColumn();
          const Json* prefill = fl.contains("prefill") ? &fl["prefill"] : nullptr;
          ImGui::TextUnformatted(!prefill ? "" : prefill->is_string() ? prefill->get<std::string>().c_str() : prefill->dump().c_str());
        }
      }
      ImGui::EndTable();
    }
    drawProblemsFor(studio, sel.file, "");
    editMembers(studio, sel.file, "");
  } else {
    ImGui::TextDisabled("Select a form.");
  }
  ImGui::EndChild();
}

void drawBuuvPane(Studio& studio) {
  static Selection sel;
  Workspace& ws = studio.workspace();
  takeJump(studio, sel, "templates");
  const auto files = ws.manifestFiles("buuv");
  ImGui::BeginChild("list", ImVec2(320, 0), true);
  for (const auto& f : files) {
    const Json* list = ws.value(f, "/templates");
    if (!list || !list->is_array()) continue;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const Json& t = (*list)[i];
      std::string label = dutch(t.contains("title") ? &t["title"] : nullptr);
      if (label.empty()) label = t.value("id", std::string("(no id)"));
      if (ImGui::Selectable((label + "##" + f + std::to_string(i)).c_str(), sel.file == f && sel.index == static_cast<int>(i))) {
        sel.file = f;
        sel.index = static_cast<int>(i);
      }
    }
    if (ImGui::Button("+ Add template")) {
      Json item = {{"id", "buuv-nieuw-" + std::to_string(list->size() + 1)},
                   {"kinds", Json::array({"vraag", "aanbod"})},
                   {"title", {{"nl", ""}, {"en", ""}}},
                   {"request", {{"nl", ""}, {"en", ""}}},
                   {"sources", Json::array()}};
      if (studio.apply(insertValue(f, "/templates/" + std::to_string(list->size()), item, "add template"))) {
        sel.file = f;
        sel.index = static_cast<int>(ws.value(f, "/templates")->size()) - 1;
      }
    }
  }
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("item", ImVec2(0, 0), true);
  itemEditor(studio, sel.file, "templates", sel, "a template");
  ImGui::EndChild();
}

}  // namespace ekw::studio

// Publish: writes the bundle the site loads (what `ekw bundle` writes) and shows what changes for residents
// compared with the bundle published before: core's content diff, the report `ekw diff OLD NEW` prints.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "tools/studio/app/widgets.h"
#include "tools/studio/model/publish.h"

namespace ekw::studio {
namespace {

const char* sign(ChangeKind k) { return k == ChangeKind::Added ? "+" : k == ChangeKind::Removed ? "-" : "~"; }

void drawChanges(Studio& studio, const ContentDiff& d) {
  ImGui::Text("content %s %s -> %s %s", d.oldId.c_str(), d.oldVersion.c_str(), d.newId.c_str(), d.newVersion.c_str());
  if (d.empty()) {
    ImGui::TextColored(ImVec4(0.1f, 0.5f, 0.25f, 1), "Nothing changes for residents.");
    return;
  }
  for (const char* entity : kDiffEntities) {
    std::size_t counts[3] = {0, 0, 0};
    for (const ContentChange& c : d.changes)
      if (c.entity == entity) ++counts[static_cast<int>(c.kind)];
    if (counts[0] + counts[1] + counts[2] == 0) continue;
    const std::string title = std::string(entity) + ": " + std::to_string(counts[0]) + " added, " +
                              std::to_string(counts[1]) + " removed, " + std::to_string(counts[2]) + " changed";
    if (!ImGui::TreeNodeEx(title.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) continue;
    int n = 0;
    for (const ContentChange& c : d.changes) {
      if (c.entity != entity) continue;
      std::string line = std::string(sign(c.kind)) + " " + c.id;
      for (std::size_t i = 0; i < c.fields.size(); ++i) line.append(i ? ", " : ": ").append(c.fields[i]);
      line.append("   (").append(c.file);
      if (c.pos.line > 0) line.append(":").append(std::to_string(c.pos.line)).append(":").append(std::to_string(c.pos.column));
      line.append(")");
      ImGui::PushStyleColor(ImGuiCol_Text, c.kind == ChangeKind::Removed ? errorColour() : c.kind == ChangeKind::Added ? okColour()
                                                                                                                  : warningColour());
      // What is still there can be opened; a removed item is only in the old bundle.
      if (ImGui::Selectable((line + "##" + std::to_string(n++)).c_str()) && c.kind != ChangeKind::Removed)
        studio.jumpTo(c.file, c.pointer);
      ImGui::PopStyleColor();
    }
    ImGui::TreePop();
  }
  ImGui::Spacing();
  if (d.lostAnswers.empty()) {
    ImGui::TextColored(ImVec4(0.1f, 0.5f, 0.25f, 1), "Saved sessions keep all their answers.");
    return;
  }
  ImGui::TextColored(ImVec4(0.8f, 0.15f, 0.15f, 1), "Saved sessions would lose answers (%zu):", d.lostAnswers.size());
  for (const LostAnswer& l : d.lostAnswers) {
    if (!l.levensgebied.empty()) ImGui::BulletText("levensgebied %s (%s)", l.levensgebied.c_str(), l.reason.c_str());
    else ImGui::BulletText("question %s: %s (%s)", l.question.c_str(), l.which.c_str(), l.reason.c_str());
  }
}

struct PublishState {
  std::string path;
  std::optional<PublishResult> last;
};

PublishState& state(Studio& studio) {
  static PublishState st;
  if (st.path.empty()) st.path = studio.options().publishPath;
  return st;
}

}  // namespace

bool publishNow(Studio& studio) {
  PublishState& st = state(studio);
  const auto& v = studio.validation();
  if (!v.loaded || v.revision != studio.workspace().revision()) return false;
  st.last = publish(*v.loaded, v.diagnostics.errorCount(), st.path);
  studio.status = st.last->message;
  return st.last->ok;
}

void drawPublishPane(Studio& studio) {
  PublishState& st = state(studio);
  std::string& path = st.path;
  std::optional<PublishResult>& last = st.last;
  const auto& v = studio.validation();
  ImGui::TextWrapped("Publishing writes the content as one bundle for the site. Content with errors is not published. "
                     "The report lists what changes for residents against the bundle published before, and which saved "
                     "sessions lose answers (the same report as `ekw diff OLD NEW`).");
  ImGui::Spacing();
  ImGui::SetNextItemWidth(500);
  ImGui::InputText("bundle file", &path);
  ImGui::Text("%zu errors, %zu warnings.", v.diagnostics.errorCount(), v.diagnostics.warningCount());
  if (!studio.workspace().dirtyFiles().empty()) {
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(0.7f, 0.43f, 0, 1), "Unsaved changes are published as they are now; save them too.");
  }
  const bool ready = v.loaded && v.revision == studio.workspace().revision() && v.diagnostics.errorCount() == 0;
  if (!ready) ImGui::BeginDisabled();
  if (ImGui::Button("Publish")) publishNow(studio);
  if (!ready) ImGui::EndDisabled();
  if (!last) return;
  ImGui::TextWrapped("%s", last->message.c_str());
  if (!last->ok) return;
  ImGui::Separator();
  ImGui::TextColored(ImVec4(0.2f, 0.35f, 0.6f, 1), "What changes for residents");
  ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(255, 255, 255, 255));
  ImGui::BeginChild("report", ImVec2(0, 0), true);
  if (last->changes) drawChanges(studio, *last->changes);
  else ImGui::TextUnformatted(last->report().c_str());
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

}  // namespace ekw::studio

// Publish: writes the bundle the site loads (what `ekw bundle` writes) and shows what changes for residents
// compared with the bundle published before.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "tools/studio/app/widgets.h"
#include "tools/studio/model/publish.h"

namespace ekw::studio {

void drawPublishPane(Studio& studio) {
  static std::string path;
  static std::string message;
  static std::string report;
  if (path.empty()) path = studio.options().publishPath;
  const auto& v = studio.validation();
  ImGui::TextWrapped("Publishing writes the content as one bundle for the site. Content with errors is not published. "
                     "The report lists what changes for residents against the bundle published before, and which saved "
                     "sessions lose answers.");
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
  if (ImGui::Button("Publish")) {
    PublishResult r = publish(*v.loaded, v.diagnostics.errorCount(), path);
    message = r.message;
    report = r.ok ? r.report.text() : "";
    studio.status = r.message;
  }
  if (!ready) ImGui::EndDisabled();
  if (!message.empty()) ImGui::TextWrapped("%s", message.c_str());
  if (!report.empty()) {
    ImGui::Separator();
    ImGui::TextColored(ImVec4(0.2f, 0.35f, 0.6f, 1), "What changes for residents");
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(255, 255, 255, 255));
    ImGui::BeginChild("report", ImVec2(0, 0), true);
    ImGui::TextUnformatted(report.c_str());
    ImGui::EndChild();
    ImGui::PopStyleColor();
  }
}

}  // namespace ekw::studio

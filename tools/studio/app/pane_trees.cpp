// The question trees: an outline of each tree in path order with its next-links, unreachable nodes and dead ends
// marked (as the validator finds them); the selected node's fields and options, which can be added, removed and
// reordered; nodes can be added, removed, moved up or down, or moved to another tree.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "tools/studio/app/widgets.h"
#include "tools/studio/model/tree_outline.h"

namespace ekw::studio {
namespace {

struct TreesState {
  std::string file;
  int node = -1;
  int jumpSerial = 0;
  std::string filter;
  std::vector<OutlineNode> outline;
  std::string outlineFile;
  std::uint64_t outlineRevision = ~std::uint64_t{0}, outlineSerial = ~std::uint64_t{0};
};


int nodeIndexOf(const std::string& pointer) {
  if (pointer.rfind("/nodes/", 0) != 0) return -1;
  try {
    return std::stoi(pointer.substr(7));
  } catch (const std::exception&) {
    return -1;
  }
}

}  // namespace

void drawTreesPane(Studio& studio) {
  static TreesState st;
  Workspace& ws = studio.workspace();
  const auto files = ws.manifestFiles("trees");
  if (studio.jump().serial != st.jumpSerial && studio.requestedPane.empty()) {
    st.jumpSerial = studio.jump().serial;
    st.file = studio.jump().file;
    st.node = nodeIndexOf(studio.jump().pointer);
  }
  if (st.file.empty() && !files.empty()) st.file = files.front();

  // Trees, with their problem counts.
  ImGui::BeginChild("trees", ImVec2(190, 0), true);
  for (const auto& f : files) {
    const std::size_t errors = studio.validation().count(f, Severity::Error);
    const Json* id = ws.value(f, "/id");
    std::string label = (id && id->is_string() ? id->get<std::string>() : f);
    if (!ws.find(f) || !ws.find(f)->value) label += "  (broken)";
    if (ImGui::Selectable((label + "##" + f).c_str(), st.file == f)) {
      st.file = f;
      st.node = -1;
    }
    if (errors) {
      ImGui::SameLine(150);
      ImGui::TextColored(ImVec4(0.8f, 0.15f, 0.15f, 1), "%zu", errors);
    }
  }
  ImGui::EndChild();
  ImGui::SameLine();

  const Json* tree = ws.value(st.file, "");
  ImGui::BeginChild("outline", ImVec2(ImGui::GetContentRegionAvail().x * 0.45f, 0), true);
  if (!tree) {
    ImGui::TextWrapped("%s does not parse. Fix it in the Files pane.", st.file.c_str());
    ImGui::EndChild();
    return;
  }
  // The outline follows the content and the validation, not every frame (a large tree has hundreds of nodes).
  if (st.outlineFile != st.file || st.outlineRevision != ws.revision() || st.outlineSerial != studio.resultSerial()) {
    st.outline = outlineTree(*tree, st.file, studio.problems());
    st.outlineFile = st.file;
    st.outlineRevision = ws.revision();
    st.outlineSerial = studio.resultSerial();
  }
  const std::vector<OutlineNode>& outline = st.outline;
  ImGui::Text("%s", st.file.c_str());
  ImGui::SameLine();
  ImGui::TextDisabled("start: %s, %zu nodes", tree->value("start", std::string()).c_str(), outline.size());
  ImGui::SetNextItemWidth(-1);
  if (studio.focusSearch) {
    ImGui::SetKeyboardFocusHere();
    studio.focusSearch = false;
  }
  ImGui::InputTextWithHint("##filter", "find a node (Ctrl+F)", &st.filter);
  if (ImGui::BeginTable("outline", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerV)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("node", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("type", ImGuiTableColumnFlags_WidthFixed, 62);
    ImGui::TableSetupColumn("next", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    for (const auto& n : outline) {
      if (!st.filter.empty() && n.id.find(st.filter) == std::string::npos) continue;
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const float indent = static_cast<float>(std::max(0, std::min(n.depth, 8))) * 12.0f;
      if (indent > 0) ImGui::Indent(indent);
      ImVec4 colour = n.unreachable || n.deadEnd || n.missingTarget ? ImVec4(0.8f, 0.15f, 0.15f, 1)
                      : n.type == "outcome"                          ? ImVec4(0.1f, 0.45f, 0.2f, 1)
                                                                     : ImGui::GetStyle().Colors[ImGuiCol_Text];
      ImGui::PushStyleColor(ImGuiCol_Text, colour);
      std::string label = (n.start ? "> " : "") + n.id;
      if (ImGui::Selectable((label + "##" + n.pointer).c_str(), st.node == static_cast<int>(n.index))) {
        st.node = static_cast<int>(n.index);
      }
      ImGui::PopStyleColor();
      if (indent > 0) ImGui::Unindent(indent);
      ImGui::TableNextColumn();
      ImGui::TextDisabled("%s", n.type.c_str());
      ImGui::TableNextColumn();
      if (n.unreachable) {
        ImGui::TextColored(ImVec4(0.8f, 0.15f, 0.15f, 1), "unreachable");
        ImGui::SameLine();
      }
      if (n.deadEnd) {
        ImGui::TextColored(ImVec4(0.8f, 0.15f, 0.15f, 1), "dead end");
        ImGui::SameLine();
      }
      if (n.missingTarget) {
        ImGui::TextColored(ImVec4(0.8f, 0.15f, 0.15f, 1), "leads to a missing node");
        ImGui::SameLine();
      }
      if (n.type == "outcome") {
        const Json* level = ws.value(st.file, n.pointer + "/level");
        ImGui::TextColored(ImVec4(0.1f, 0.45f, 0.2f, 1), "level %s", level ? level->dump().c_str() : "?");
      } else {
        std::string targets;
        for (const auto& t : n.targets) targets += (targets.empty() ? "-> " : ", ") + t;
        ImGui::TextWrapped("%s", targets.c_str());
      }
    }
    ImGui::EndTable();
  }
  ImGui::EndChild();
  ImGui::SameLine();

  ImGui::BeginChild("node", ImVec2(0, 0), true);
  const Json* nodes = ws.value(st.file, "/nodes");
  if (!nodes || !nodes->is_array()) {
    ImGui::EndChild();
    return;
  }
  if (ImGui::Button("+ Add question")) {
    std::string id = tree->value("id", std::string("vraag")) + "-nieuw-" + std::to_string(nodes->size() + 1);
    Json node = {{"id", id}, {"type", "single"}, {"text", {{"nl", ""}, {"en", ""}}}, {"options", Json::array()}};
    if (studio.apply(insertValue(st.file, "/nodes/" + std::to_string(nodes->size()), node, "add question")))
      st.node = static_cast<int>(nodes->size()) - 1;
  }
  nodes = ws.value(st.file, "/nodes");
  if (st.node < 0 || st.node >= static_cast<int>(nodes->size())) {
    ImGui::TextDisabled("Select a node in the outline.");
    ImGui::EndChild();
    return;
  }
  const std::size_t index = static_cast<std::size_t>(st.node);
  const std::string pointer = "/nodes/" + std::to_string(index);
  ImGui::SameLine();
  if (ImGui::Button("Up") && index > 0 && studio.apply(moveItem(st.file, "/nodes", index, index - 1, *nodes, "move node up")))
    --st.node;
  ImGui::SameLine();
  if (ImGui::Button("Down") && index + 1 < nodes->size() &&
      studio.apply(moveItem(st.file, "/nodes", index, index + 1, *nodes, "move node down")))
    ++st.node;
  ImGui::SameLine();
  ImGui::SetNextItemWidth(150);
  if (ImGui::BeginCombo("##moveto", "Move to tree")) {
    for (const auto& f : files) {
      const Json* other = ws.value(f, "");
      if (f == st.file || !other) continue;
      if (ImGui::Selectable(f.c_str())) {
        const Json fromTree = *tree;
        if (studio.apply(moveNodeToTree(st.file, index, f, fromTree, *other))) {
          st.file = f;
          st.node = static_cast<int>(ws.value(f, "/nodes")->size()) - 1;
        }
      }
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  if (ImGui::Button("Remove node")) {
    studio.apply(removeValue(st.file, pointer, "remove node"));
    st.node = -1;
    ImGui::EndChild();
    return;
  }
  drawProblemsFor(studio, st.file, pointer);
  editMembers(studio, st.file, pointer);
  ImGui::EndChild();
}

}  // namespace ekw::studio

#include "tools/studio/app/widgets.h"
#include "tools/studio/model/tree_outline.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <optional>

namespace ekw::studio {

unsigned errorColour() { return IM_COL32(200, 40, 40, 255); }
unsigned warningColour() { return IM_COL32(176, 110, 0, 255); }
unsigned okColour() { return IM_COL32(30, 130, 60, 255); }
unsigned mutedColour() { return IM_COL32(110, 110, 110, 255); }
unsigned hintColour() { return IM_COL32(40, 90, 170, 255); }

std::string child(const std::string& pointer, const std::string& token) {
  std::string t = token;
  for (std::size_t i = 0; (i = t.find_first_of("~/", i)) != std::string::npos; i += 2) t.replace(i, 1, t[i] == '~' ? "~0" : "~1");
  return pointer + "/" + t;
}
std::string child(const std::string& pointer, std::size_t index) { return pointer + "/" + std::to_string(index); }

std::string dutch(const Json* v) {
  if (!v) return "";
  if (v->is_string()) return v->get<std::string>();
  if (v->is_object() && v->contains("nl") && (*v)["nl"].is_string()) return (*v)["nl"].get<std::string>();
  return "";
}

bool under(const std::string& pointer, const std::string& prefix) {
  return pointer == prefix || prefix.empty() ||
         (pointer.size() > prefix.size() && pointer.compare(0, prefix.size(), prefix) == 0 && pointer[prefix.size()] == '/');
}

namespace {

bool isText(const Json& v) {
  if (!v.is_object() || !v.contains("nl")) return false;
  for (const auto& [k, m] : v.items()) {
    if (!m.is_string() || k.size() != 2) return false;
  }
  return true;
}

void commit(Studio& studio, const std::string& file, const std::string& pointer, Json value, bool typing) {
  Command c = setValue(file, pointer, std::move(value), "edit " + pointer);
  c.coalescable = typing;
  studio.apply(std::move(c));
}

// An empty value of the same shape as `like`, for "add".
Json blankLike(const Json& like) {
  if (like.is_string()) return "";
  if (like.is_number_integer()) return 0;
  if (like.is_number()) return 0.0;
  if (like.is_boolean()) return false;
  if (like.is_object()) {
    Json out = Json::object();
    for (const auto& [k, v] : like.items()) out[k] = blankLike(v);
    return out;
  }
  return Json::array();
}

void editScalar(Studio& studio, const std::string& file, const std::string& pointer, const char* label, const Json& v) {
  ImGui::PushID(pointer.c_str());
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label);
  ImGui::SameLine(150);
  ImGui::SetNextItemWidth(-40);
  if (v.is_string()) {
    editString(studio, file, pointer, "##v", -40, v.get<std::string>().size() > 70);
  } else if (v.is_boolean()) {
    bool b = v.get<bool>();
    if (ImGui::Checkbox("##v", &b)) commit(studio, file, pointer, b, false);
  } else if (v.is_number_integer()) {
    int i = v.get<int>();
    if (ImGui::InputInt("##v", &i)) commit(studio, file, pointer, i, true);
    if (ImGui::IsItemDeactivatedAfterEdit()) studio.workspace().sealUndo();
  } else if (v.is_number()) {
    double d = v.get<double>();
    if (ImGui::InputDouble("##v", &d)) commit(studio, file, pointer, d, true);
    if (ImGui::IsItemDeactivatedAfterEdit()) studio.workspace().sealUndo();
  } else {
    ImGui::TextDisabled("null");
  }
  ImGui::PopID();
}

}  // namespace

bool editString(Studio& studio, const std::string& file, const std::string& pointer, const char* label, float width,
                bool multiline) {
  const Json* v = studio.workspace().value(file, pointer);
  std::string text = v && v->is_string() ? v->get<std::string>() : "";
  ImGui::PushID(pointer.c_str());
  bool changed;
  if (multiline) {
    float lines = std::min(6.0f, std::ceil(static_cast<float>(text.size()) / 70.0f) + 1.0f);
    changed = ImGui::InputTextMultiline(label, &text, ImVec2(width, ImGui::GetTextLineHeight() * lines + 8));
  } else {
    ImGui::SetNextItemWidth(width);
    changed = ImGui::InputText(label, &text);
  }
  if (changed) commit(studio, file, pointer, text, true);
  if (ImGui::IsItemDeactivatedAfterEdit()) studio.workspace().sealUndo();
  ImGui::PopID();
  return changed;
}

void editMembers(Studio& studio, const std::string& file, const std::string& pointer) {
  const Json* v = studio.workspace().value(file, pointer);
  if (!v || !v->is_object()) return;
  const Json copy = *v;  // an edit below may change the object while we draw it
  std::string removeKey;
  for (const auto& [key, member] : copy.items()) {
    if (key == "$schema") continue;
    ImGui::PushID(key.c_str());
    if (ImGui::SmallButton("x")) removeKey = key;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove the field \"%s\"", key.c_str());
    ImGui::SameLine();
    editValue(studio, file, child(pointer, key), key.c_str());
    ImGui::PopID();
  }
  static std::string newKey;
  ImGui::PushID((pointer + "#add").c_str());
  ImGui::SetNextItemWidth(160);
  ImGui::InputTextWithHint("##key", "new field", &newKey);
  ImGui::SameLine();
  if (ImGui::SmallButton("+ text") && !newKey.empty()) {
    studio.apply(insertValue(file, child(pointer, newKey), Json{{"nl", ""}, {"en", ""}}, "add " + newKey));
    newKey.clear();
  }
  ImGui::SameLine();
  if (ImGui::SmallButton("+ string") && !newKey.empty()) {
    studio.apply(insertValue(file, child(pointer, newKey), Json(""), "add " + newKey));
    newKey.clear();
  }
  ImGui::SameLine();
  if (ImGui::SmallButton("+ number") && !newKey.empty()) {
    studio.apply(insertValue(file, child(pointer, newKey), Json(0), "add " + newKey));
    newKey.clear();
  }
  ImGui::SameLine();
  if (ImGui::SmallButton("+ list") && !newKey.empty()) {
    studio.apply(insertValue(file, child(pointer, newKey), Json::array(), "add " + newKey));
    newKey.clear();
  }
  ImGui::PopID();
  if (!removeKey.empty()) studio.apply(removeValue(file, child(pointer, removeKey), "remove " + removeKey));
}

void editValue(Studio& studio, const std::string& file, const std::string& pointer, const char* label) {
  const Json* found = studio.workspace().value(file, pointer);
  if (!found) return;
  const Json v = *found;
  if (!v.is_structured()) {
    editScalar(studio, file, pointer, label, v);
    return;
  }
  ImGui::PushID(pointer.c_str());
  if (isText(v)) {
    // Languages side by side; a long text also shows wrapped below its field (ImGui's fields do not wrap).
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    const float avail = ImGui::GetContentRegionAvail().x - 150 - 40;
    const float column = avail / static_cast<float>(v.size());
    const float top = ImGui::GetCursorPosY();
    float bottom = top;
    int i = 0;
    for (const auto& [lang, text] : v.items()) {
      const float x = 150.0f + column * static_cast<float>(i);
      ImGui::SetCursorPos(ImVec2(x, top - ImGui::GetFrameHeightWithSpacing()));
      ImGui::TextColored(ImVec4(0.45f, 0.45f, 0.45f, 1), "%s", lang.c_str());
      ImGui::SameLine();
      editString(studio, file, child(pointer, lang), ("##" + lang).c_str(), column - 34, false);
      if (text.is_string() && text.get<std::string>().size() > 55) {
        ImGui::SetCursorPosX(x + 26);
        ImGui::PushTextWrapPos(x + column - 8);
        ImGui::PushStyleColor(ImGuiCol_Text, mutedColour());
        ImGui::TextWrapped("%s", text.get<std::string>().c_str());
        ImGui::PopStyleColor();
        ImGui::PopTextWrapPos();
      }
      bottom = std::max(bottom, ImGui::GetCursorPosY());
      ++i;
    }
    ImGui::SetCursorPosY(bottom);
    if (!v.contains("en")) {
      ImGui::SetCursorPosX(150);
      if (ImGui::SmallButton("+ en")) studio.apply(insertValue(file, child(pointer, "en"), Json(""), "add translation"));
      ImGui::SameLine();
      ImGui::TextColored(ImVec4(0.8f, 0.2f, 0.2f, 1), "missing translation");
    }
    ImGui::PopID();
    return;
  }
  const bool isArray = v.is_array();
  std::string header = std::string(label) + (isArray ? "  [" + std::to_string(v.size()) + "]" : "");
  // What editors come to edit opens by itself: a question's options, a form's fields, an advice's steps.
  const std::string name = label;
  const bool editedMost = name == "options" || name == "fields" || name == "steps" || name == "sections";
  if (ImGui::TreeNodeEx("##node", ImGuiTreeNodeFlags_SpanAvailWidth | (editedMost ? ImGuiTreeNodeFlags_DefaultOpen : 0),
                        "%s", header.c_str())) {
    if (v.is_object()) {
      editMembers(studio, file, pointer);
    } else {
      std::optional<Command> pending;
      for (std::size_t i = 0; i < v.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::ArrowButton("up", ImGuiDir_Up) && i > 0) pending = moveItem(file, pointer, i, i - 1, v, "move up");
        ImGui::SameLine();
        if (ImGui::ArrowButton("down", ImGuiDir_Down) && i + 1 < v.size())
          pending = moveItem(file, pointer, i, i + 1, v, "move down");
        ImGui::SameLine();
        if (ImGui::SmallButton("x")) pending = removeValue(file, child(pointer, i), "remove item");
        ImGui::SameLine();
        std::string itemLabel = std::to_string(i + 1);
        if (v[i].is_object() && v[i].contains("id") && v[i]["id"].is_string()) itemLabel += "  " + v[i]["id"].get<std::string>();
        editValue(studio, file, child(pointer, i), itemLabel.c_str());
        ImGui::PopID();
      }
      if (ImGui::SmallButton("+ add")) {
        Json item = v.empty() ? Json("") : blankLike(v.back());
        pending = insertValue(file, child(pointer, v.size()), item, "add item");
      }
      if (pending) studio.apply(std::move(*pending));
    }
    ImGui::TreePop();
  }
  ImGui::PopID();
}

unsigned severityColour(Severity s) {
  return s == Severity::Error ? errorColour() : s == Severity::Hint ? hintColour() : warningColour();
}

const char* severityName(Severity s) { return s == Severity::Error ? "error" : s == Severity::Hint ? "hint" : "task"; }

void drawProblemsFor(Studio& studio, const std::string& file, const std::string& pointer) {
  auto draw = [&](const Diagnostic& d) {
    if (d.file != file || !under(d.pointer, pointer)) return;
    ImGui::PushStyleColor(ImGuiCol_Text, severityColour(d.severity));
    ImGui::TextWrapped("%s %d:%d %s: %s", severityName(d.severity), d.pos.line, d.pos.column, d.pointer.c_str(),
                       d.message.c_str());
    ImGui::PopStyleColor();
  };
  const auto& items = studio.problems();
  // An entry's problems through the index (a large sociale kaart has tens of thousands); a whole file's by a scan.
  if (std::count(pointer.begin(), pointer.end(), '/') >= 2) {
    if (const auto* found = studio.validation().problemsOf(file, pointer))
      for (std::size_t i : *found) draw(items[i]);
    return;
  }
  for (const auto& d : items) draw(d);
}

}  // namespace ekw::studio

// Simulate: walks the questionnaire as a resident would, through the same API the site uses (ekw::api::handle on
// the content as last validated), and shows the advice as the site does: urgent help first, then per levensgebied
// the rungs with their cards, services and forms. Answers can be stepped back and changed.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <set>

#include "core/api/engine_api.h"
#include "core/content/model.h"
#include "tools/studio/app/widgets.h"

namespace ekw::studio {
namespace {

struct SimState {
  std::shared_ptr<const LoadedContent> loaded;  // the content the session runs on
  nlohmann::json view, advice, overview;
  std::set<std::string> chosen;
  std::string input;            // text, number, date, postcode answers
  std::set<std::string> multi;  // multiple choice
  std::string questionId;
  std::string message;
};

nlohmann::json call(SimState& st, const char* method, nlohmann::json request) {
  if (!st.loaded || !st.loaded->content) return {{"error", {{"message", "the content does not load"}}}};
  return api::handle(*st.loaded->content, method, request);
}

void show(SimState& st, nlohmann::json response) {
  if (response.contains("error")) {
    st.message = response["error"].value("message", std::string("error"));
    return;
  }
  st.message.clear();
  st.view = std::move(response);
  st.advice = nullptr;
  if (st.view.value("done", false)) st.advice = call(st, "advice", {{"session", st.view["session"]}});
  // Prefill the inputs with an earlier answer (after "back").
  const auto& q = st.view["question"];
  st.input.clear();
  st.multi.clear();
  if (q.is_object()) {
    st.questionId = q.value("id", std::string());
    if (q.contains("answer")) {
      const auto& a = q["answer"];
      if (a.is_array()) {
        for (const auto& x : a) {
          if (x.is_string()) st.multi.insert(x.get<std::string>());
        }
      } else if (a.is_string()) {
        st.input = a.get<std::string>();
      } else if (!a.is_null()) {
        st.input = a.dump();
      }
    }
  }
}

void answer(SimState& st, nlohmann::json value) {
  show(st, call(st, "answer", {{"session", st.view["session"]}, {"value", std::move(value)}}));
  if (st.view.contains("answerError")) st.message = st.view["answerError"].value("message", std::string());
}

// A plausible answer for walking to the end quickly: the first option, or the smallest allowed value.
nlohmann::json sampleAnswer(const nlohmann::json& q, const std::string& today) {
  const std::string type = q.value("type", std::string());
  const auto& options = q.contains("options") ? q["options"] : nlohmann::json::array();
  if (type == "single" && !options.empty()) return options[0]["id"];
  if (type == "multiple" && !options.empty()) return nlohmann::json::array({options[0]["id"]});
  if (type == "yesno") return false;
  if (type == "number") return q.contains("min") && q["min"].is_number() ? q["min"] : nlohmann::json(1);
  if (type == "date") return today;
  if (type == "postcode") return "2011 AA";
  return "test";
}

void drawAdviceCard(const nlohmann::json& a) {
  // A card: the content in a group, then a white box with a border drawn behind it.
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->ChannelsSplit(2);
  draw->ChannelsSetCurrent(1);
  const ImVec2 start = ImGui::GetCursorScreenPos();
  ImGui::Indent(10);
  ImGui::Dummy(ImVec2(0, 2));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - 10);
  ImGui::TextColored(ImVec4(0.2f, 0.35f, 0.6f, 1), "Rung %d  %s", a.value("rung", 0), a.value("rungName", std::string()).c_str());
  ImGui::SameLine();
  ImGui::Text("  %s", a.value("title", std::string()).c_str());
  ImGui::TextWrapped("%s", a.value("text", std::string()).c_str());
  if (a.contains("steps")) {
    int n = 1;
    for (const auto& s : a["steps"]) ImGui::TextWrapped("   %d. %s", n++, s.get<std::string>().c_str());
  }
  if (a.contains("services")) {
    for (const auto& s : a["services"]) {
      std::string contact;
      if (s.contains("phones") && !s["phones"].empty()) contact = "  tel. " + s["phones"][0].value("number", std::string());
      ImGui::TextColored(ImVec4(0.1f, 0.45f, 0.2f, 1), "  * %s%s", s.value("name", std::string()).c_str(), contact.c_str());
    }
  }
  if (a.contains("form") && a["form"].is_object()) ImGui::TextColored(ImVec4(0.5f, 0.2f, 0.6f, 1), "  Form: %s", a["form"].value("name", std::string()).c_str());
  if (a.contains("buuv")) {
    for (const auto& b : a["buuv"]) ImGui::TextColored(ImVec4(0.6f, 0.35f, 0.1f, 1), "  BUUV: %s", b.value("title", std::string()).c_str());
  }
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  ImGui::Dummy(ImVec2(0, 2));
  ImGui::Unindent(10);
  const ImVec2 end(ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x, ImGui::GetItemRectMax().y + 4);
  draw->ChannelsSetCurrent(0);
  draw->AddRectFilled(start, end, IM_COL32(255, 255, 255, 255), 4);
  draw->AddRect(start, end, IM_COL32(190, 200, 215, 255), 4);
  draw->ChannelsMerge();
  ImGui::Dummy(ImVec2(0, 6));
}

}  // namespace

// Exposed for the screenshot mode: walks one levensgebied to its advice.
void simulateWalk(Studio& studio, const std::string& levensgebied);

static SimState& simState() {
  static SimState st;
  return st;
}

void simulateWalk(Studio& studio, const std::string& levensgebied) {
  SimState& st = simState();
  st.loaded = studio.validation().loaded;
  st.overview = call(st, "overview", nlohmann::json::object());
  st.chosen = {levensgebied};
  show(st, call(st, "start", {{"levensgebieden", {levensgebied}}}));
  for (int i = 0; i < 60 && st.view.contains("question") && st.view["question"].is_object(); ++i) {
    answer(st, sampleAnswer(st.view["question"], studio.today));
    if (!st.message.empty()) break;
  }
}

void drawSimulatePane(Studio& studio) {
  SimState& st = simState();
  if (st.loaded != studio.validation().loaded) {
    // The content changed: carry the session over, as a resident's saved session would be.
    st.loaded = studio.validation().loaded;
    st.overview = call(st, "overview", nlohmann::json::object());
    if (st.view.contains("session")) show(st, call(st, "restore", {{"session", st.view["session"]}}));
  }
  if (!st.loaded || !st.loaded->content || st.overview.contains("error")) {
    ImGui::TextWrapped("The content does not load yet; see the problems pane.");
    return;
  }
  ImGui::BeginChild("choose", ImVec2(320, 0), true);
  ImGui::TextColored(ImVec4(0.2f, 0.35f, 0.6f, 1), "Levensgebieden");
  for (const auto& lg : st.overview["levensgebieden"]) {
    std::string id = lg.value("id", std::string());
    bool on = st.chosen.count(id) != 0;
    if (ImGui::Checkbox((lg.value("name", id) + "##" + id).c_str(), &on)) {
      if (on) st.chosen.insert(id);
      else st.chosen.erase(id);
    }
  }
  ImGui::Spacing();
  if (ImGui::Button("Start") && !st.chosen.empty()) {
    show(st, call(st, "start", {{"levensgebieden", nlohmann::json(st.chosen)}}));
  }
  ImGui::SameLine();
  if (ImGui::Button("Walk to the end") && !st.chosen.empty()) {
    if (!st.view.contains("session")) show(st, call(st, "start", {{"levensgebieden", nlohmann::json(st.chosen)}}));
    for (int i = 0; i < 200 && st.view["question"].is_object() && st.message.empty(); ++i)
      answer(st, sampleAnswer(st.view["question"], studio.today));
  }
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("resident", ImVec2(0, 0), true);
  if (!st.view.contains("session")) {
    ImGui::TextWrapped("Choose one or more levensgebieden and press Start. The questions and the advice come from the "
                       "same engine API the site uses.");
    ImGui::EndChild();
    return;
  }
  const auto& progress = st.view["progress"];
  if (progress.is_object()) {
    ImGui::ProgressBar(static_cast<float>(progress.value("percent", 0)) / 100.0f, ImVec2(-1, 0),
                       (std::to_string(progress.value("answered", 0)) + " answered").c_str());
  }
  for (const auto& a : st.view.value("urgent", nlohmann::json::array())) drawAdviceCard(a);
  const auto& q = st.view["question"];
  if (q.is_object()) {
    ImGui::TextDisabled("%s  (%s, %s)", q["levensgebied"].value("name", std::string()).c_str(), q.value("id", std::string()).c_str(),
                        q.value("type", std::string()).c_str());
    ImGui::PushTextWrapPos(0);
    ImGui::Text("%s", q.value("text", std::string()).c_str());
    if (q.contains("hint") && q["hint"].is_string()) ImGui::TextDisabled("%s", q["hint"].get<std::string>().c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    const std::string type = q.value("type", std::string());
    if (type == "single") {
      for (const auto& o : q["options"]) {
        if (ImGui::Button((o.value("label", std::string()) + "##" + o.value("id", std::string())).c_str())) answer(st, o["id"]);
      }
    } else if (type == "multiple") {
      for (const auto& o : q["options"]) {
        std::string id = o.value("id", std::string());
        bool on = st.multi.count(id) != 0;
        if (ImGui::Checkbox((o.value("label", std::string()) + "##" + id).c_str(), &on)) {
          if (on) st.multi.insert(id);
          else st.multi.erase(id);
        }
      }
      if (ImGui::Button("Next")) answer(st, nlohmann::json(st.multi));
    } else if (type == "yesno") {
      if (ImGui::Button("Ja")) answer(st, true);
      ImGui::SameLine();
      if (ImGui::Button("Nee")) answer(st, false);
    } else {
      ImGui::SetNextItemWidth(300);
      ImGui::InputText("##answer", &st.input);
      ImGui::SameLine();
      if (ImGui::Button("Next")) {
        nlohmann::json value = st.input;
        if (type == "number") value = nlohmann::json::parse(st.input, nullptr, false).is_number() ? nlohmann::json::parse(st.input) : nlohmann::json(st.input);
        answer(st, value);
      }
    }
    if (q.value("allowUnknown", false)) {
      ImGui::SameLine();
      if (ImGui::Button("Weet ik niet")) show(st, call(st, "answer", {{"session", st.view["session"]}, {"unknown", true}}));
    }
    if (q.value("optional", false)) {
      ImGui::SameLine();
      if (ImGui::Button("Overslaan")) show(st, call(st, "answer", {{"session", st.view["session"]}, {"skip", true}}));
    }
  }
  if (!st.message.empty()) ImGui::TextColored(ImVec4(0.8f, 0.15f, 0.15f, 1), "%s", st.message.c_str());
  ImGui::Spacing();
  if (st.view.value("canGoBack", false) && ImGui::Button("< Back (change an answer)")) {
    show(st, call(st, "back", {{"session", st.view["session"]}}));
  }
  if (st.advice.is_object() && !st.advice.contains("error")) {
    ImGui::Separator();
    ImGui::TextColored(ImVec4(0.2f, 0.35f, 0.6f, 1), "Advice, as the site shows it");
    for (const auto& a : st.advice.value("urgent", nlohmann::json::array())) drawAdviceCard(a);
    for (const auto& g : st.advice.value("levensgebieden", nlohmann::json::array())) {
      ImGui::Spacing();
      ImGui::Text("%s", g.value("name", std::string()).c_str());
      if (!g["level"].is_null()) {
        ImGui::SameLine();
        ImGui::TextColored(ImVec4(0.1f, 0.45f, 0.2f, 1), "level %d: %s", g.value("level", 0), g.value("levelText", std::string()).c_str());
      }
      if (!g.value("summary", std::string()).empty()) ImGui::TextWrapped("%s", g["summary"].get<std::string>().c_str());
      for (const auto& a : g.value("advice", nlohmann::json::array())) drawAdviceCard(a);
    }
    for (const auto& f : st.advice.value("forms", nlohmann::json::array()))
      ImGui::BulletText("Form: %s (%s)", f.value("name", std::string()).c_str(), f.value("kind", std::string()).c_str());
  }
  ImGui::EndChild();
}

}  // namespace ekw::studio

#include "core/api/simulate.h"

#include "core/api/engine_api.h"
#include "core/content/model.h"

namespace ekw {

using nlohmann::json;

namespace {

json failure(std::string message, json path) {
  return {{"ok", false}, {"error", std::move(message)}, {"path", std::move(path)}};
}

}  // namespace

json simulate(const Content& content, const json& script, const std::string& language, const Chooser& choose) {
  if (!script.is_object()) return failure("the answers file must hold a JSON object", json::array());
  json start = script.value("start", json::object());
  if (!start.is_object()) return failure("\"start\" must be an object", json::array());
  start["language"] = language;
  if (script.contains("context")) start["context"] = script["context"];
  if (script.contains("person")) start["person"] = script["person"];
  json view = api::handle(content, "start", start);
  if (view.contains("error")) return failure(view["error"]["message"].get<std::string>(), json::array());
  json chosen = view["session"]["levensgebieden"];
  json answers = script.value("answers", json::object());
  json path = json::array();
  json urgentSeen = json::array();
  for (int guard = 0; !view["question"].is_null(); ++guard) {
    if (guard > 10000) return failure("the walk does not end (more than 10000 questions)", path);
    const json& q = view["question"];
    std::string id = q["id"].get<std::string>();
    json request{{"session", view["session"]}, {"language", language}};
    json chosen = choose ? choose(view) : json(nullptr);
    bool given = answers.is_object() && answers.contains(id);
    if (given && !answers[id].is_null()) request["value"] = answers[id];
    else if (!given && chosen.is_object()) request.update(chosen);
    else if (q["allowUnknown"].get<bool>()) request["unknown"] = true;
    else if (q["optional"].get<bool>()) request["skip"] = true;
    else return failure("no answer for question \"" + id + "\" (" + q["text"].get<std::string>() + ")", path);
    json next = api::handle(content, "answer", request);
    if (next.contains("error")) return failure(next["error"]["message"].get<std::string>(), path);
    if (next.contains("answerError"))
      return failure("the answer to \"" + id + "\" is not accepted: " + next["answerError"]["message"].get<std::string>(), path);
    path.push_back({{"question", id}, {"levensgebied", q["levensgebied"]["id"]}, {"text", q["text"]},
                    {"answer", request.value("value", json(nullptr))}});
    for (const json& u : next["urgent"])
      if (std::find(urgentSeen.begin(), urgentSeen.end(), u["id"]) == urgentSeen.end()) {
        urgentSeen.push_back(u["id"]);
        path.back()["urgentShown"].push_back(u["id"]);
      }
    view = std::move(next);
  }
  if (choose) choose(view);
  json session = view["session"];
  json advice = api::handle(content, "advice", {{"session", session}, {"language", language}});
  json profile = json::object();
  for (const json& g : advice["levensgebieden"]) profile[g["id"].get<std::string>()] = g["level"];
  json forms = json::array();
  for (const json& f : advice["forms"])
    forms.push_back(api::handle(content, "form", {{"session", session}, {"form", f["id"]}, {"language", language}}));
  return {{"ok", true},   {"levensgebieden", chosen}, {"path", path},   {"profile", profile},
          {"urgent", advice["urgent"]}, {"advice", advice["levensgebieden"]}, {"forms", forms}, {"session", session}};
}

}  // namespace ekw

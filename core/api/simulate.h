// Simulating a resident: a script of answers walked through the engine's API exactly as a shell would, giving the
// path, the profile, the advice and the prefilled forms. Used by `ekw simulate`, the persona tests and the authoring tool.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace ekw {

struct Content;

// `script`: {"start": {"levensgebieden": [..]} | {"text": ".."}, "context": {..}, "person": {..},
//            "answers": {"question-id": value, ...}}  (null: "Weet ik niet", or skip when the question allows it).
// A question the script does not answer is answered "Weet ik niet" where allowed; otherwise the simulation stops
// with an error naming the question. Returns {"ok": true, levensgebieden, path, profile, advice, forms} or
// {"ok": false, "error": "..."} (plus the path so far).
nlohmann::json simulate(const Content& content, const nlohmann::json& script, const std::string& language);

// The result as readable text for a person (Dutch or English).
std::string simulationText(const nlohmann::json& result, const std::string& language);

}  // namespace ekw

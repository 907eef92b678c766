// Simulating a resident: a script of answers walked through the engine's API exactly as a shell would, giving the
// path, the profile, the advice and the prefilled forms. Used by `ekw simulate`, the persona tests and the authoring tool.
#pragma once

#include <functional>
#include <string>

#include <nlohmann/json.hpp>

namespace ekw {

struct Content;

// `script`: {"start": {"levensgebieden": [..]} | {"text": ".."}, "context": {..}, "person": {..},
//            "answers": {"question-id": value, ...}}  (null: "Weet ik niet", or skip when the question allows it).
// A question the script does not answer is answered "Weet ik niet" where allowed; otherwise the simulation stops
// with an error naming the question. Returns {"ok": true, levensgebieden, path, profile, advice, forms} or
// {"ok": false, "error": "..."} (plus the path so far).
//
// `choose` (optional) answers what the script leaves open, the way a test walks many residents: it is called with
// every view the walk reaches, the last one (no question) included, and returns the request fields for the question
// shown: {"value": v}, {"unknown": true} or {"skip": true}; null leaves it to the rule above.
using Chooser = std::function<nlohmann::json(const nlohmann::json& view)>;
nlohmann::json simulate(const Content& content, const nlohmann::json& script, const std::string& language,
                        const Chooser& choose = {});

}  // namespace ekw

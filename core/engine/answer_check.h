// Checks a resident's answer to one question and turns it into the value rules read (see content/README.md).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/content/model.h"
#include "core/engine/messages.h"

namespace ekw {

// Blank answers first ("Kies een antwoord" or "Vul een antwoord in"), then the type's own check (question_types.h).
// `today` (YYYY-MM-DD, may be empty) is needed for notInFuture / notInPast.
CheckedAnswer checkAnswer(const Node& node, const nlohmann::json& value, const std::string& today);

}  // namespace ekw

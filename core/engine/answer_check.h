// Checks a resident's answer to one question and turns it into the value rules read (see content/README.md).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/content/model.h"
#include "core/engine/messages.h"

namespace ekw {

struct CheckedAnswer {
  nlohmann::json value;  // the normalised answer when problem.ok()
  Problem problem;
};

// `today` (YYYY-MM-DD, may be empty) is needed for notInFuture / notInPast.
CheckedAnswer checkAnswer(const Node& node, const nlohmann::json& value, const std::string& today);

}  // namespace ekw

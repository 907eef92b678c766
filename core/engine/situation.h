// "Uw situatie" (check your answers): per levensgebied walked, where the answers led (the outcome and its level) and
// every answer as the resident reads it. The site draws this as it is; it never rebuilds it from the dossier.
#pragma once

#include <string>
#include <vector>

#include "core/content/model.h"
#include "core/engine/session.h"

namespace ekw {

struct AnsweredQuestion {
  const Node* question = nullptr;
  std::string answer;  // as the resident reads it (answerText)
};

struct SituationArea {
  const Levensgebied* levensgebied = nullptr;
  const Node* outcome = nullptr;  // null while the tree is not finished
  bool known = true;              // false: mostly "Weet ik niet", so no level (see known.h)
  std::vector<AnsweredQuestion> answers;  // in the order they were asked
};

// The levensgebieden of the session that reached an outcome or have answers, in the order they are walked.
std::vector<SituationArea> situationOf(const Content& content, const SessionState& state, const Walk& walk,
                                       const std::string& language);

}  // namespace ekw

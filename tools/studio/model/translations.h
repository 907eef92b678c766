// Every resident-facing text of the content with its translations, for the side-by-side (nl | en) pane.
#pragma once

#include <string>
#include <vector>

#include "tools/studio/model/workspace.h"

namespace ekw::studio {

struct TextRow {
  std::string file, pointer;
  std::vector<std::string> values;  // one per language, "" when missing
  bool missing = false;             // some language has no text
};

// A text is an object whose members are all strings keyed by language, Dutch among them ({"nl": .., "en": ..}).
std::vector<TextRow> collectTexts(const Workspace& ws, const std::vector<std::string>& languages);

// The content's languages from the manifest ("nl" first), or {"nl", "en"} when it cannot be read.
std::vector<std::string> contentLanguages(const Workspace& ws);

}  // namespace ekw::studio

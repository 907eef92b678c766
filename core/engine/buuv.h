// BUUV drafts: a template from the content filled with what the resident chose to give (first name, wijk).
#pragma once

#include <map>
#include <string>

namespace ekw {

// Fills {name} placeholders from `values`. Every field is optional, so a template says what to write without it:
// in "[a|b|c]" the first alternative whose placeholders all have a (non-blank) value is used; the last one may be
// empty. "Hallo[, ik ben {naam} uit {wijk}|, ik ben {naam}|, ik woon in {wijk}|]." reads well with either or both
// left empty. A placeholder outside brackets with no value becomes "" (content should not rely on it).
std::string fillBuuvTemplate(const std::string& text, const std::map<std::string, std::string>& values);

}  // namespace ekw

// Generic editors for content values: every field of an entry can be edited, with each change going through
// Studio::apply (so it can be undone and is validated). Texts with translations show their languages side by side.
#pragma once

#include <string>

#include "tools/studio/app/studio.h"

namespace ekw::studio {

// Edits the value at `pointer` in `file`: scalars inline, objects and arrays as collapsible trees with add,
// remove and reorder buttons.
void editValue(Studio& studio, const std::string& file, const std::string& pointer, const char* label);
// Edits only the members of the object at `pointer` (no header of its own).
void editMembers(Studio& studio, const std::string& file, const std::string& pointer);
// A one-line string editor bound to `file`/`pointer`; typing is one undo step per field.
bool editString(Studio& studio, const std::string& file, const std::string& pointer, const char* label,
                float width = -1.0f, bool multiline = false);
// Problems the validator reports at or under `pointer` of `file`, drawn as coloured lines.
void drawProblemsFor(Studio& studio, const std::string& file, const std::string& pointer);
// Severity colours.
unsigned errorColour();
unsigned warningColour();
unsigned okColour();
unsigned mutedColour();
unsigned hintColour();
unsigned severityColour(Severity severity);
const char* severityName(Severity severity);  // "error", "task", "hint"
// Joins a pointer and one token.
std::string child(const std::string& pointer, const std::string& token);
std::string child(const std::string& pointer, std::size_t index);
// The Dutch text of a value ({"nl": ..} or a string), "" otherwise.
std::string dutch(const Json* value);
bool under(const std::string& pointer, const std::string& prefix);

}  // namespace ekw::studio

// Edits to content documents. Every change the studio makes is one of three primitive steps on one file (set a
// value, insert a value, remove a value, at a JSON pointer) or the replacement of a broken file's text; a command
// is a list of steps with a name, undone by undoing its steps in reverse order.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace ekw::studio {

using Json = nlohmann::ordered_json;  // keeps the key order of the file

struct EditStep {
  enum class Kind { Set, Insert, Remove, Text };
  Kind kind = Kind::Set;
  std::string file;
  std::string pointer;  // Set: the value; Insert: the new array item ("/a/3") or object member; Remove: the value
  Json before;          // Set/Remove: the old value (filled in when applied)
  Json after;           // Set/Insert: the new value
  std::string beforeText, afterText;  // Text: the whole text of a file that does not parse
  int memberIndex = -1;  // object members: the position of the key, so undoing a removal puts it back in place
};

struct Command {
  std::string name;  // for the Edit menu ("Undo: change name")
  std::vector<EditStep> steps;
  bool coalescable = false;  // typing in one field: consecutive sets of the same value become one undo step
};

// Helpers that build commands.
Command setValue(std::string file, std::string pointer, Json value, std::string name = "edit");
Command insertValue(std::string file, std::string pointer, Json value, std::string name = "add");
Command removeValue(std::string file, std::string pointer, std::string name = "remove");

// Applies one step to `doc` (the root value of its file), filling in what undoing needs. Throws
// std::invalid_argument when the pointer does not fit the document.
void applyStep(Json& doc, EditStep& step);
// Reverts a step that applyStep applied.
void revertStep(Json& doc, const EditStep& step);

// The parent pointer and last token of a JSON pointer ("/a/b" -> "/a", "b").
std::pair<std::string, std::string> splitPointer(const std::string& pointer);

}  // namespace ekw::studio

#include "tools/studio/model/edit.h"

#include <stdexcept>

namespace ekw::studio {
namespace {

std::string unescape(std::string token) {
  for (std::size_t i = 0; (i = token.find('~', i)) != std::string::npos; ++i) {
    if (i + 1 < token.size() && token[i + 1] == '1') token.replace(i, 2, "/");
    else if (i + 1 < token.size() && token[i + 1] == '0') token.replace(i, 2, "~");
  }
  return token;
}

Json& at(Json& doc, const std::string& pointer) {
  try {
    return doc.at(Json::json_pointer(pointer));
  } catch (const std::exception&) {
    throw std::invalid_argument("no value at " + pointer);
  }
}

std::size_t arrayIndex(const Json& array, const std::string& token, bool allowEnd) {
  if (token == "-") return array.size();
  std::size_t used = 0;
  unsigned long index = 0;
  try {
    index = std::stoul(token, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != token.size() || token.empty() || index > array.size() || (!allowEnd && index == array.size())) {
    throw std::invalid_argument("bad array index " + token);
  }
  return index;
}

// Inserts `key` at position `index` of an object (ordered_json appends; rebuilding keeps the file's order).
void insertMember(Json& object, const std::string& key, Json value, int index) {
  if (index < 0 || static_cast<std::size_t>(index) >= object.size()) {
    object[key] = std::move(value);
    return;
  }
  Json rebuilt = Json::object();
  int i = 0;
  for (auto& [k, v] : object.items()) {
    if (i++ == index) rebuilt[key] = std::move(value);
    rebuilt[k] = std::move(v);
  }
  object = std::move(rebuilt);
}

int memberPosition(const Json& object, const std::string& key) {
  int i = 0;
  for (const auto& [k, v] : object.items()) {
    if (k == key) return i;
    ++i;
  }
  return -1;
}

}  // namespace

std::pair<std::string, std::string> splitPointer(const std::string& pointer) {
  std::size_t slash = pointer.rfind('/');
  if (slash == std::string::npos) throw std::invalid_argument("not a JSON pointer: " + pointer);
  return {pointer.substr(0, slash), unescape(pointer.substr(slash + 1))};
}

Command setValue(std::string file, std::string pointer, Json value, std::string name) {
  EditStep step;
  step.kind = EditStep::Kind::Set;
  step.file = std::move(file);
  step.pointer = std::move(pointer);
  step.after = std::move(value);
  return Command{std::move(name), {std::move(step)}};
}

Command insertValue(std::string file, std::string pointer, Json value, std::string name) {
  EditStep step;
  step.kind = EditStep::Kind::Insert;
  step.file = std::move(file);
  step.pointer = std::move(pointer);
  step.after = std::move(value);
  return Command{std::move(name), {std::move(step)}};
}

Command removeValue(std::string file, std::string pointer, std::string name) {
  EditStep step;
  step.kind = EditStep::Kind::Remove;
  step.file = std::move(file);
  step.pointer = std::move(pointer);
  return Command{std::move(name), {std::move(step)}};
}

void applyStep(Json& doc, EditStep& step) {
  switch (step.kind) {
    case EditStep::Kind::Set: {
      if (step.pointer.empty()) {
        step.before = doc;
        doc = step.after;
        return;
      }
      auto [parentPtr, key] = splitPointer(step.pointer);
      Json& parent = at(doc, parentPtr);
      if (parent.is_object() && !parent.contains(key)) {
        // Setting a field the entry does not have yet adds it (before "sources", which files keep last).
        step.kind = EditStep::Kind::Insert;
        step.memberIndex = memberPosition(parent, "sources");
        insertMember(parent, key, step.after, step.memberIndex);
        return;
      }
      Json& target = at(doc, step.pointer);
      step.before = target;
      target = step.after;
      return;
    }
    case EditStep::Kind::Insert: {
      auto [parentPtr, key] = splitPointer(step.pointer);
      Json& parent = at(doc, parentPtr);
      if (parent.is_array()) {
        std::size_t index = arrayIndex(parent, key, true);
        parent.insert(parent.begin() + static_cast<std::ptrdiff_t>(index), step.after);
        step.pointer = parentPtr + "/" + std::to_string(index);
      } else if (parent.is_object()) {
        if (parent.contains(key)) throw std::invalid_argument(step.pointer + " exists already");
        if (step.memberIndex < 0) step.memberIndex = memberPosition(parent, "sources");
        insertMember(parent, key, step.after, step.memberIndex);
      } else {
        throw std::invalid_argument(parentPtr + " is neither an object nor an array");
      }
      return;
    }
    case EditStep::Kind::Remove: {
      auto [parentPtr, key] = splitPointer(step.pointer);
      Json& parent = at(doc, parentPtr);
      step.before = at(doc, step.pointer);
      if (parent.is_array()) {
        parent.erase(arrayIndex(parent, key, false));
      } else {
        step.memberIndex = memberPosition(parent, key);
        parent.erase(key);
      }
      return;
    }
    case EditStep::Kind::Text:
      throw std::invalid_argument("a text step has no JSON document");
  }
}

void revertStep(Json& doc, const EditStep& step) {
  switch (step.kind) {
    case EditStep::Kind::Set:
      if (step.pointer.empty()) doc = step.before;
      else at(doc, step.pointer) = step.before;
      return;
    case EditStep::Kind::Insert: {
      auto [parentPtr, key] = splitPointer(step.pointer);
      Json& parent = at(doc, parentPtr);
      if (parent.is_array()) parent.erase(arrayIndex(parent, key, false));
      else parent.erase(key);
      return;
    }
    case EditStep::Kind::Remove: {
      auto [parentPtr, key] = splitPointer(step.pointer);
      Json& parent = at(doc, parentPtr);
      if (parent.is_array()) {
        std::size_t index = arrayIndex(parent, key, true);
        parent.insert(parent.begin() + static_cast<std::ptrdiff_t>(index), step.before);
      } else {
        insertMember(parent, key, step.before, step.memberIndex);
      }
      return;
    }
    case EditStep::Kind::Text:
      return;
  }
}

}  // namespace ekw::studio

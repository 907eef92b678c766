// Finding results by id in tests, never by position, and never so that a misspelt id passes: asking for an id that
// is not there fails the test (an expected "empty" value on a field that does not exist must not pass).
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <string>

#include <nlohmann/json.hpp>

namespace ekw::testing {

// The object in `list` whose "id" is `id`, or null (and a test failure) when there is none.
inline const nlohmann::json& byId(const nlohmann::json& list, const std::string& id) {
  static const nlohmann::json kNone;
  if (list.is_array())
    for (const nlohmann::json& item : list)
      if (item.is_object() && item.value("id", "") == id) return item;
  ADD_FAILURE() << "no item with id \"" << id << "\" in " << list.dump().substr(0, 200);
  return kNone;
}

// Values by id; asking for an id that is not there fails the test (and gives an empty value).
template <typename T = nlohmann::json>
class ById {
 public:
  void set(const std::string& id, T value) { values_[id] = std::move(value); }
  T& operator[](const std::string& id) {
    auto it = values_.find(id);
    if (it != values_.end()) return it->second;
    ADD_FAILURE() << "no item with id \"" << id << "\"";
    none_ = T{};
    return none_;
  }
  bool has(const std::string& id) const { return values_.count(id) > 0; }
  auto begin() const { return values_.begin(); }
  auto end() const { return values_.end(); }

 private:
  std::map<std::string, T> values_;
  T none_{};
};

// A form view's field values by field id.
inline ById<> fieldValues(const nlohmann::json& form) {
  ById<> out;
  for (const nlohmann::json& s : form["sections"])
    for (const nlohmann::json& f : s["fields"]) out.set(f["id"], f["value"]);
  return out;
}

}  // namespace ekw::testing

// How to answer a question of each type, read from tests/fixtures/answers.json: the one place that says it for the
// unit tests, the rules tests, the browser walks and the benchmarks.
#pragma once

#include <gtest/gtest.h>

#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

#include "core/content/model.h"
#include "tools/files/content_files.h"

namespace ekw::testing {

inline const nlohmann::json& answerFixture() {
  static const nlohmann::json fixture = [] {
    auto text = files::readFile(EKW_SOURCE_DIR "/tests/fixtures/answers.json");
    if (!text) ADD_FAILURE() << "cannot read tests/fixtures/answers.json";
    return nlohmann::json::parse(text.value_or("{\"types\": {}}"));
  }();
  return fixture;
}

// The fixture's row for a question type; a type without a row fails the test.
inline const nlohmann::json& answerRow(NodeType type) {
  static const nlohmann::json kNone = nlohmann::json::object();
  const nlohmann::json& types = answerFixture()["types"];
  auto it = types.find(nodeTypeName(type));
  if (it != types.end()) return *it;
  ADD_FAILURE() << "tests/fixtures/answers.json says nothing about " << nodeTypeName(type) << " questions";
  return kNone;
}

// An answer the fixture gives for `node`, the `variant`-th of its answers (counting round), resolved against the
// node: option references become option ids, {"min": n} the question's min.
inline nlohmann::json fixtureAnswer(const Node& node, std::size_t variant = 0) {
  const nlohmann::json& row = answerRow(node.type);
  const nlohmann::json& list = node.notInPast && row.contains("future") ? row["future"] : row.value("answers", nlohmann::json::array());
  if (list.empty()) return nullptr;
  const nlohmann::json& answer = list[variant % list.size()];
  auto option = [&](const nlohmann::json& index) {
    return node.options.empty() ? std::string() : node.options[(index.get<std::size_t>() + variant) % node.options.size()].id;
  };
  if (!answer.is_object()) return answer;
  if (answer.contains("option")) return option(answer["option"]);
  if (answer.contains("options")) {
    nlohmann::json ids = nlohmann::json::array();
    for (const nlohmann::json& i : answer["options"]) ids.push_back(option(i));
    return ids;
  }
  if (answer.contains("min")) return node.min ? nlohmann::json(*node.min) : answer["min"];
  ADD_FAILURE() << "tests/fixtures/answers.json: an answer of an unknown kind: " << answer.dump();
  return nullptr;
}

}  // namespace ekw::testing

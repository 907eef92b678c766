// The question types: one table (kQuestionTypes in question_types.cpp) giving, per type, its name in content
// files, the control a shell draws, what options it has, whether an option can branch, and how an answer is
// checked and shown. The model, loader, validator, session, forms and API all read this table, so a new question
// type is one row, one check function, one schema enum value and one README line.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/content/problem.h"

namespace ekw {

struct Node;

// In the order of kQuestionTypes (checked when the table is compiled). An outcome is the node that ends a path:
// it is in the table so that every node type has a name, but it has no control and takes no answer.
enum class NodeType { Single, Multiple, YesNo, Number, Date, Postcode, Text, Email, Outcome };

// What a shell draws for a question: a handful of controls serve every type.
enum class Control { None, Choice, MultipleChoice, Text, Number, Date };

// Where a question's options come from.
enum class Options {
  None,   // no options (a typed answer)
  Own,    // the content lists at least two
  YesNo,  // always "ja" and "nee"; the content may only give them other labels
};

// The normalised answer when problem.ok().
struct CheckedAnswer {
  nlohmann::json value;
  Problem problem;
};

struct QuestionType {
  NodeType type;
  const char* name;  // as in content files ("type": "single")
  Control control;
  Options options;
  bool optionNext;           // an option may have its own "next" (the chosen option decides where to go)
  const char* autocomplete;  // the HTML autocomplete purpose of a typed answer ("postal-code"), or ""
  int inputLength;           // the longest sensible typed answer (0: the question's own maxLength)
  // Checks a non-blank answer; `today` (YYYY-MM-DD, may be empty) is needed for notInFuture / notInPast.
  CheckedAnswer (*check)(const Node& node, const nlohmann::json& value, const std::string& today);
  // A checked, known answer as the resident reads it (null and yes/no are worded by the engine's texts).
  std::string (*display)(const Node& node, const nlohmann::json& value, const std::string& language);
};

const QuestionType& questionType(NodeType type);
const QuestionType* findQuestionType(std::string_view name);
const char* nodeTypeName(NodeType type);
std::optional<NodeType> nodeTypeFromName(const std::string& name);
const char* controlName(Control control);  // "choice", "multipleChoice", "text", "number", "date" ("" for none)

}  // namespace ekw

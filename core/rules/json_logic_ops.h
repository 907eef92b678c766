// The compiled form of a JSON Logic rule and its operator table.
//
// Internal to the rules evaluator: json_logic.cpp builds the tree (compile), json_logic_ops.cpp
// holds the one table of operators and walks the tree (evaluate). Callers use json_logic.h.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace ekw::rules::detail {

using nlohmann::json;

// The result of evaluating a node. Most results are borrowed: a literal from the rule, or a part
// of the data, both of which outlive the evaluation, so a rule that only inspects the data never
// copies it. Computed results are owned.
class Value {
 public:
  static Value borrow(const json& v) {
    Value r;
    r.ref_ = &v;
    return r;
  }
  static Value own(json v) {
    Value r;
    r.own_ = std::move(v);
    return r;
  }
  const json& get() const { return ref_ != nullptr ? *ref_ : own_; }
  // The value as an independent JSON value: copies a borrowed one, moves an owned one.
  json take() && { return ref_ != nullptr ? *ref_ : std::move(own_); }

 private:
  Value() = default;
  json own_;
  const json* ref_ = nullptr;
};

struct Node;
using OperatorFn = Value (*)(const Node& call, const json& data);

inline constexpr int kNoLimit = -1;

// One row of the operator table.
struct Operation {
  std::string_view name;
  OperatorFn fn;      // receives the unevaluated call, so `if`, `and`, `map`... decide what to evaluate
  int minArgs;
  int maxArgs;        // kNoLimit: any number
  int itemScopedArg;  // index of the argument evaluated once per array item (map, filter...), or -1
};

// The operator called `name`, or nullptr when JSON Logic has none.
const Operation* findOperation(std::string_view name);

// A node of a compiled rule. Immutable once built.
struct Node {
  enum class Kind { Literal, Array, Call };
  Kind kind = Kind::Literal;
  json literal;              // Kind::Literal: the value itself
  const Operation* op = nullptr;  // Kind::Call: the operator
  std::vector<Node> args;    // Kind::Array: the elements; Kind::Call: the arguments
};

// Evaluates `node` with `data` as the scope of `var`. May return NaN/Infinity numbers, which
// Rule::apply turns into null.
Value evaluate(const Node& node, const json& data);

}  // namespace ekw::rules::detail

// Compiling JSON Logic into a node tree (json_logic_ops.h), and the Rule facade over it.
// Compilation checks what can be checked once (operator names, argument counts, nesting depth)
// and records the variables the rule reads; evaluation then only walks the tree.
#include "core/rules/json_logic.h"

#include <cmath>
#include <memory>
#include <set>
#include <utility>

#include "core/json/json_document.h"
#include "core/rules/json_logic_js.h"
#include "core/rules/json_logic_ops.h"

namespace ekw::rules {

using nlohmann::json;

namespace detail {

struct CompiledRule {
  json source;
  Node root;
  std::vector<std::string> variables;
};

}  // namespace detail

namespace {

using detail::Node;
using detail::Operation;

std::string plural(int n) { return n == 1 ? " argument" : " arguments"; }

// "needs 2 arguments", "needs 2 or 3 arguments", "needs at least 1 argument", ...
std::string arityText(const Operation& op) {
  const int lo = op.minArgs;
  const int hi = op.maxArgs;
  if (hi == detail::kNoLimit) return "at least " + std::to_string(lo) + plural(lo);
  if (lo == hi) return std::to_string(lo) + plural(lo);
  if (lo == 0) return "at most " + std::to_string(hi) + plural(hi);
  return std::to_string(lo) + (hi == lo + 1 ? " or " : " to ") + std::to_string(hi) + " arguments";
}

void checkArity(const Operation& op, int count, const std::string& pointer) {
  if (count >= op.minArgs && (op.maxArgs == detail::kNoLimit || count <= op.maxArgs)) return;
  throw RuleError("operator \"" + std::string(op.name) + "\" needs " + arityText(op) + ", got " +
                      std::to_string(count),
                  pointer);
}

// The pointer names an ancestor a few levels down, not the 257th level: an editor needs to find the rule, and a
// pointer hundreds of tokens long helps no one (and would be as long as the rule).
void throwTooDeep(const std::string& pointer) {
  constexpr int kShownLevels = 8;
  std::size_t cut = 0;
  for (int level = 0; level < kShownLevels && cut != std::string::npos; ++level) cut = pointer.find('/', cut + 1);
  throw RuleError("the rule is nested more than " + std::to_string(kMaxRuleDepth) + " levels deep (below here)",
                  cut == std::string::npos ? pointer : pointer.substr(0, cut));
}

// A literal array or object is not compiled, but its depth still counts: copying and destroying
// JSON recurses, so the whole rule must stay within the cap.
void checkLiteralDepth(const json& value, const std::string& pointer, int depth) {
  if (depth > kMaxRuleDepth) throwTooDeep(pointer);
  if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      checkLiteralDepth(value[i], pointer + "/" + std::to_string(i), depth + 1);
    }
  } else if (value.is_object()) {
    for (auto it = value.begin(); it != value.end(); ++it) {
      checkLiteralDepth(it.value(), appendPointer(pointer, it.key()), depth + 1);
    }
  }
}

class Compiler {
 public:
  Node compile(const json& logic, const std::string& pointer, int depth, bool readsData);
  std::vector<std::string> takeVariables() { return std::move(variables_); }

 private:
  Node compileArray(const json& logic, const std::string& pointer, int depth, bool readsData);
  Node compileCall(const std::string& name, const json& argsJson, const std::string& pointer, int depth,
                   bool readsData);
  void recordVariables(const Node& call);
  void recordPaths(const json& paths);
  void recordPath(const json& path);

  std::vector<std::string> variables_;
  std::set<std::string> seen_;
};

Node Compiler::compile(const json& logic, const std::string& pointer, int depth, bool readsData) {
  if (depth > kMaxRuleDepth) throwTooDeep(pointer);
  if (logic.is_array()) return compileArray(logic, pointer, depth, readsData);
  if (logic.is_object() && logic.size() == 1) {
    const auto only = logic.begin();
    return compileCall(only.key(), only.value(), pointer, depth, readsData);
  }
  checkLiteralDepth(logic, pointer, depth);
  Node node;
  node.literal = logic;
  return node;
}

// An array evaluates each element; an array of plain values is folded into one literal.
Node Compiler::compileArray(const json& logic, const std::string& pointer, int depth, bool readsData) {
  Node node;
  node.kind = Node::Kind::Array;
  bool allLiteral = true;
  for (std::size_t i = 0; i < logic.size(); ++i) {
    node.args.push_back(compile(logic[i], pointer + "/" + std::to_string(i), depth + 1, readsData));
    allLiteral = allLiteral && node.args.back().kind == Node::Kind::Literal;
  }
  if (!allLiteral) return node;
  Node folded;
  folded.literal = logic;
  return folded;
}

// {"op": [a, b]} has arguments a and b; {"op": x} has the single argument x.
Node Compiler::compileCall(const std::string& name, const json& argsJson, const std::string& pointer, int depth,
                           bool readsData) {
  const Operation* op = detail::findOperation(name);
  if (op == nullptr) throw RuleError("unknown operator \"" + name + "\"", pointer);
  const std::string argsPointer = appendPointer(pointer, name);
  const bool listed = argsJson.is_array();
  checkArity(*op, listed ? static_cast<int>(argsJson.size()) : 1, pointer);
  Node node;
  node.kind = Node::Kind::Call;
  node.op = op;
  if (!listed) node.args.push_back(compile(argsJson, argsPointer, depth + 1, readsData && op->itemScopedArg != 0));
  for (std::size_t i = 0; listed && i < argsJson.size(); ++i) {
    const bool argReadsData = readsData && op->itemScopedArg != static_cast<int>(i);
    node.args.push_back(compile(argsJson[i], argsPointer + "/" + std::to_string(i), depth + 1, argReadsData));
  }
  if (readsData) recordVariables(node);
  return node;
}

// Constant paths only: a path computed by a sub-rule is known at run time alone.
void Compiler::recordVariables(const Node& call) {
  const std::string_view name = call.op->name;
  const auto literalArg = [&call](std::size_t i) -> const json* {
    return i < call.args.size() && call.args[i].kind == Node::Kind::Literal ? &call.args[i].literal : nullptr;
  };
  if (name == "var") {
    if (const json* path = literalArg(0)) recordPath(*path);
  } else if (name == "missing" && literalArg(0) != nullptr) {
    // Like the operator: the first argument when it is an array, else every argument.
    if (literalArg(0)->is_array()) {
      recordPaths(*literalArg(0));
    } else {
      for (std::size_t i = 0; i < call.args.size(); ++i) {
        if (const json* path = literalArg(i)) recordPath(*path);
      }
    }
  } else if (name == "missing_some") {
    if (const json* paths = literalArg(1)) recordPaths(paths->is_array() ? *paths : json::array({*paths}));
  }
}

void Compiler::recordPaths(const json& paths) {
  for (const json& path : paths) recordPath(path);
}

void Compiler::recordPath(const json& path) {
  if (!path.is_string() && !path.is_number()) return;
  std::string text = js::toString(path);
  if (text.empty() || !seen_.insert(text).second) return;
  variables_.push_back(std::move(text));
}

// NaN and Infinity have no JSON form; JSON.stringify prints them as null, and -0 as 0. So do we.
void finishNumbers(json& value) {
  std::vector<json*> pending{&value};
  while (!pending.empty()) {
    json* v = pending.back();
    pending.pop_back();
    if (v->is_number_float() && !std::isfinite(v->get<double>())) {
      *v = nullptr;
    } else if (v->is_number_float() && v->get<double>() == 0) {
      *v = 0;
    } else if (v->is_structured()) {
      for (json& child : *v) pending.push_back(&child);
    }
  }
}

std::shared_ptr<const detail::CompiledRule> alwaysTrue() {
  static const auto compiled = [] {
    detail::CompiledRule rule;
    rule.source = true;
    rule.root.literal = true;
    return std::make_shared<const detail::CompiledRule>(std::move(rule));
  }();
  return compiled;
}

}  // namespace

RuleError::RuleError(std::string message, std::string pointer)
    : std::runtime_error(message + " at " + (pointer.empty() ? std::string("the top of the rule") : pointer)),
      message_(std::move(message)),
      pointer_(std::move(pointer)) {}

Rule::Rule() : compiled_(alwaysTrue()) {}

Rule::Rule(std::shared_ptr<const detail::CompiledRule> compiled) : compiled_(std::move(compiled)) {}

Rule Rule::compile(const json& logic) {
  Compiler compiler;
  Node root = compiler.compile(logic, "", 1, true);
  return Rule(std::make_shared<const detail::CompiledRule>(
      detail::CompiledRule{logic, std::move(root), compiler.takeVariables()}));
}

json Rule::apply(const json& data) const {
  try {
    json result = detail::evaluate(compiled_->root, data).take();
    finishNumbers(result);
    return result;
  } catch (const json::exception&) {
    // Not expected: every operator checks types before reading values. A safety net, because
    // a rule must never take the engine down.
    return nullptr;
  }
}

std::vector<std::string> Rule::variables() const { return compiled_->variables; }

const json& Rule::source() const { return compiled_->source; }

}  // namespace ekw::rules

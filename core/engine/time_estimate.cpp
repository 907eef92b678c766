#include "core/engine/time_estimate.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

namespace ekw {

namespace {

struct PathLength {
  std::size_t fewest = 0, most = 0;
  double typical = 0;
};

// Every way on from a question: one list of branch targets per answer option (an option without its own `next`
// goes where the question's `next` goes); a question without options has one way on, its `next`.
std::vector<std::vector<std::string>> waysOn(const Node& node) {
  std::vector<std::string> common;
  for (const Branch& b : node.next.branches) common.push_back(b.target);
  std::vector<std::vector<std::string>> ways;
  for (const Option& o : node.options) {
    if (o.next.empty()) {
      ways.push_back(common);
      continue;
    }
    std::vector<std::string> own;
    for (const Branch& b : o.next.branches) own.push_back(b.target);
    ways.push_back(std::move(own));
  }
  if (ways.empty()) ways.push_back(common);
  return ways;
}

class Measure {
 public:
  explicit Measure(const Tree& tree) : tree_(tree) {}

  PathLength from(const Node* node, int depth = 0) {
    if (!node || !node->isQuestion() || depth > 500) return {};
    if (auto it = memo_.find(node); it != memo_.end()) return it->second;
    memo_[node] = {1, 1, 1};  // provisional, so a cycle in bad content ends
    PathLength result{std::numeric_limits<std::size_t>::max(), 0, 0};
    std::vector<std::vector<std::string>> ways = waysOn(*node);
    for (const std::vector<std::string>& way : ways) {
      // Conditional branches of one way: each equally likely too.
      double typical = 0;
      if (way.empty()) result.fewest = 0;
      for (const std::string& target : way) {
        PathLength next = from(tree_.node(target), depth + 1);
        result.fewest = std::min(result.fewest, next.fewest);
        result.most = std::max(result.most, next.most);
        typical += next.typical / static_cast<double>(way.size());
      }
      result.typical += typical / static_cast<double>(ways.size());
    }
    result = {result.fewest + 1, result.most + 1, result.typical + 1};
    memo_[node] = result;
    return result;
  }

 private:
  const Tree& tree_;
  std::unordered_map<const Node*, PathLength> memo_;
};

}  // namespace

TimeEstimate estimateTime(const Tree& tree) {
  PathLength p = Measure(tree).from(tree.node(tree.start));
  TimeEstimate e;
  e.fewest = p.fewest;
  e.most = p.most;
  e.typical = p.typical;
  e.minutes = std::max(1, static_cast<int>(std::ceil(p.typical * kSecondsPerQuestion / 60.0)));
  return e;
}

}  // namespace ekw

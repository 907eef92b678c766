// A question tree as the studio draws it: each node with the nodes its `next`s lead to, and what the validator
// said about it (unreachable, dead end). The marks come from core's diagnostics, not from a second analysis.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "tools/studio/model/edit.h"

namespace ekw::studio {

struct OutlineNode {
  std::size_t index = 0;  // position in /nodes
  std::string id, type;
  std::string pointer;    // "/nodes/3"
  std::vector<std::string> targets;  // node ids the node's or its options' next lead to, in order, once each
  bool start = false;
  bool unreachable = false;
  bool deadEnd = false;
  bool missingTarget = false;  // a next names a node that does not exist
  int depth = -1;  // steps from the start along the first next (-1: not reached)
};

std::vector<OutlineNode> outlineTree(const Json& tree, const std::string& file, const std::vector<Diagnostic>& problems);

// Commands on trees and other lists.
// Moves array item `from` to position `to` (both indexes in `arrayPointer`).
Command moveItem(const std::string& file, const std::string& arrayPointer, std::size_t from, std::size_t to,
                 const Json& array, std::string name = "move");
// Moves /nodes/`index` of `fromFile` to the end of /nodes of `toFile` (another tree).
Command moveNodeToTree(const std::string& fromFile, std::size_t index, const std::string& toFile, const Json& fromTree,
                       const Json& toTree);

}  // namespace ekw::studio

#include "tools/studio/model/tree_outline.h"

#include <algorithm>
#include <deque>
#include <map>

namespace ekw::studio {
namespace {

void addTargets(const Json& next, std::vector<std::string>& out) {
  auto add = [&](const std::string& id) {
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  };
  if (next.is_string()) add(next.get<std::string>());
  if (next.is_array()) {
    for (const auto& branch : next) {
      if (branch.is_object() && branch.contains("goto") && branch["goto"].is_string()) add(branch["goto"].get<std::string>());
    }
  }
}

bool under(const std::string& pointer, const std::string& prefix) {
  return pointer == prefix || (pointer.size() > prefix.size() && pointer.compare(0, prefix.size(), prefix) == 0 &&
                               pointer[prefix.size()] == '/');
}

}  // namespace

std::vector<OutlineNode> outlineTree(const Json& tree, const std::string& file, const std::vector<Diagnostic>& problems) {
  std::vector<OutlineNode> out;
  if (!tree.is_object() || !tree.contains("nodes") || !tree["nodes"].is_array()) return out;
  const std::string start = tree.value("start", std::string());
  std::map<std::string, std::size_t> byId;
  const Json& nodes = tree["nodes"];
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const Json& n = nodes[i];
    OutlineNode o;
    o.index = i;
    o.pointer = "/nodes/" + std::to_string(i);
    if (n.is_object()) {
      o.id = n.value("id", std::string());
      o.type = n.value("type", std::string());
      if (n.contains("next")) addTargets(n["next"], o.targets);
      if (n.contains("options") && n["options"].is_array()) {
        for (const auto& opt : n["options"]) {
          if (opt.is_object() && opt.contains("next")) addTargets(opt["next"], o.targets);
        }
      }
    }
    o.start = !o.id.empty() && o.id == start;
    byId.emplace(o.id, i);
    out.push_back(std::move(o));
  }
  for (auto& o : out) {
    for (const auto& t : o.targets) {
      if (!byId.count(t)) o.missingTarget = true;
    }
    for (const auto& d : problems) {
      if (d.file != file || !under(d.pointer, o.pointer)) continue;
      if (d.code == "unreachable") o.unreachable = true;
      if (d.code == "dead-end") o.deadEnd = true;
    }
  }
  // Depth along the links, for indenting the outline.
  if (byId.count(start)) {
    std::deque<std::size_t> queue{byId[start]};
    out[byId[start]].depth = 0;
    while (!queue.empty()) {
      std::size_t i = queue.front();
      queue.pop_front();
      for (const auto& t : out[i].targets) {
        auto it = byId.find(t);
        if (it != byId.end() && out[it->second].depth < 0) {
          out[it->second].depth = out[i].depth + 1;
          queue.push_back(it->second);
        }
      }
    }
  }
  return out;
}

Command moveItem(const std::string& file, const std::string& arrayPointer, std::size_t from, std::size_t to,
                 const Json& array, std::string name) {
  Command c;
  c.name = std::move(name);
  EditStep remove;
  remove.kind = EditStep::Kind::Remove;
  remove.file = file;
  remove.pointer = arrayPointer + "/" + std::to_string(from);
  EditStep insert;
  insert.kind = EditStep::Kind::Insert;
  insert.file = file;
  insert.pointer = arrayPointer + "/" + std::to_string(to);
  insert.after = array.at(from);
  c.steps = {std::move(remove), std::move(insert)};
  return c;
}

Command moveNodeToTree(const std::string& fromFile, std::size_t index, const std::string& toFile, const Json& fromTree,
                       const Json& toTree) {
  Command c;
  c.name = "move node to " + toFile;
  EditStep remove;
  remove.kind = EditStep::Kind::Remove;
  remove.file = fromFile;
  remove.pointer = "/nodes/" + std::to_string(index);
  EditStep insert;
  insert.kind = EditStep::Kind::Insert;
  insert.file = toFile;
  insert.pointer = "/nodes/" + std::to_string(toTree.at("nodes").size());
  insert.after = fromTree.at("nodes").at(index);
  c.steps = {std::move(remove), std::move(insert)};
  return c;
}

}  // namespace ekw::studio

#include "tools/studio/model/publish.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "tools/studio/model/workspace.h"

namespace ekw::studio {
namespace {

using Items = std::map<std::string, nlohmann::json>;  // id -> value

// Items of one kind in a bundle, keyed by id (questions and options by "tree-node" and "node/option").
std::map<std::string, Items> itemsOf(const nlohmann::json& bundle) {
  std::map<std::string, Items> out;
  if (!bundle.is_object() || !bundle.contains("files") || !bundle["files"].is_object()) return out;
  for (const auto& file : bundle["files"].items()) {
    const nlohmann::json& doc = file.value();  // not a structured binding: clang 14 lambdas cannot capture one
    if (!doc.is_object()) continue;
    auto collect = [&](const char* key, const std::string& kind) {
      if (!doc.contains(key) || !doc[key].is_array()) return;
      for (const auto& item : doc[key]) {
        if (item.is_object() && item.contains("id") && item["id"].is_string()) out[kind][item["id"].get<std::string>()] = item;
      }
    };
    collect("advice", "advice");
    collect("services", "services");
    collect("organizations", "organizations");
    collect("locations", "locations");
    collect("templates", "BUUV templates");
    if (doc.contains("sections") && doc.contains("id") && doc["id"].is_string()) out["forms"][doc["id"].get<std::string>()] = doc;
    if (doc.contains("nodes") && doc["nodes"].is_array()) {
      for (const auto& node : doc["nodes"]) {
        if (!node.is_object() || !node.contains("id") || !node["id"].is_string()) continue;
        const std::string id = node["id"].get<std::string>();
        out["questions"][id] = node;
        if (node.contains("options") && node["options"].is_array()) {
          for (const auto& opt : node["options"]) {
            if (opt.is_object() && opt.contains("id") && opt["id"].is_string()) {
              out["options"][id + "/" + opt["id"].get<std::string>()] = opt;
            }
          }
        }
      }
    }
  }
  return out;
}

}  // namespace

ChangeReport compareBundles(const nlohmann::json& before, const nlohmann::json& after) {
  ChangeReport report;
  auto a = itemsOf(before), b = itemsOf(after);
  for (const char* kind : {"questions", "options", "advice", "services", "organizations", "locations", "forms",
                           "BUUV templates"}) {
    ChangeList list;
    list.kind = kind;
    const Items& oldItems = a[kind];
    const Items& newItems = b[kind];
    for (const auto& [id, v] : newItems) {
      auto it = oldItems.find(id);
      if (it == oldItems.end()) list.added.push_back(id);
      else if (it->second != v) list.changed.push_back(id);
    }
    for (const auto& [id, v] : oldItems) {
      if (!newItems.count(id)) {
        list.removed.push_back(id);
        if (list.kind == "questions" || list.kind == "options") report.answersLost.push_back(id);
      }
    }
    if (!list.added.empty() || !list.removed.empty() || !list.changed.empty()) report.lists.push_back(std::move(list));
  }
  return report;
}

std::string ChangeReport::text() const {
  std::ostringstream out;
  if (firstPublication) out << "First publication: everything is new.\n";
  auto line = [&](const std::string& what, const std::string& kind, const std::vector<std::string>& ids) {
    if (ids.empty()) return;
    out << what << ' ' << ids.size() << ' ' << kind << ':';
    for (std::size_t i = 0; i < ids.size() && i < 12; ++i) out << ' ' << ids[i];
    if (ids.size() > 12) out << " ...";
    out << '\n';
  };
  for (const auto& l : lists) {
    line("added", l.kind, l.added);
    line("removed", l.kind, l.removed);
    line("changed", l.kind, l.changed);
  }
  if (!answersLost.empty()) {
    out << "saved sessions lose their answers to:";
    for (const auto& id : answersLost) out << ' ' << id;
    out << '\n';
  }
  if (lists.empty()) out << "nothing changes for residents\n";
  return out.str();
}

PublishResult publish(const LoadedContent& loaded, std::size_t errorCount, const std::string& bundlePath) {
  PublishResult result;
  if (!loaded.content || errorCount > 0) {
    result.message = "not published: the content has " + std::to_string(errorCount) + " errors";
    return result;
  }
  nlohmann::json bundle = makeBundle(loaded);
  nlohmann::json previous;
  std::ifstream in(bundlePath, std::ios::binary);
  if (in) {
    std::ostringstream s;
    s << in.rdbuf();
    previous = nlohmann::json::parse(s.str(), nullptr, false);
    if (previous.is_discarded()) previous = nullptr;
  }
  result.report = compareBundles(previous, bundle);
  result.report.firstPublication = previous.is_null();
  std::error_code ec;
  std::filesystem::path target(bundlePath);
  if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path(), ec);
  if (!previous.is_null()) {
    std::string failure = writeFileAtomically(bundlePath + ".previous", previous.dump());
    if (!failure.empty()) {
      result.message = failure;
      return result;
    }
  }
  const std::string text = bundle.dump();
  std::string failure = writeFileAtomically(bundlePath, text);
  if (!failure.empty()) {
    result.message = failure;
    return result;
  }
  result.ok = true;
  result.message = "wrote " + bundlePath + " (" + std::to_string(text.size() / 1024) + " KB, " +
                   std::to_string(loaded.documents.size()) + " files)";
  return result;
}

}  // namespace ekw::studio

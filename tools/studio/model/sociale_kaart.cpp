#include "tools/studio/model/sociale_kaart.h"

#include <map>
#include <set>

namespace ekw::studio {
namespace {

std::vector<std::string> kaartFiles(const Workspace& ws) {
  std::vector<std::string> out;
  const Json* list = ws.value("manifest.json", "/socialeKaart");
  if (list && list->is_array()) {
    for (const auto& f : *list) {
      if (f.is_string()) out.push_back(f.get<std::string>());
    }
  }
  return out;
}

std::string textOf(const Json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_object() && v.contains("nl") && v["nl"].is_string()) return v["nl"].get<std::string>();
  return "";
}

std::string joined(const Json& v) {
  if (v.is_string()) return v.get<std::string>();
  std::string out;
  if (v.is_array()) {
    for (const auto& s : v) {
      if (!s.is_string()) continue;
      if (!out.empty()) out += ", ";
      out += s.get<std::string>();
    }
  }
  return out;
}

// "/services/12/phones/0" -> "/services/12"
std::string entryPointer(const std::string& pointer) {
  std::size_t second = pointer.find('/', 1);
  if (second == std::string::npos) return pointer;
  std::size_t third = pointer.find('/', second + 1);
  return third == std::string::npos ? pointer : pointer.substr(0, third);
}

}  // namespace

std::string fileFor(const Workspace& ws, const std::string& kind) {
  for (const auto& f : kaartFiles(ws)) {
    const Json* list = ws.value(f, "/" + kind);
    if (list && list->is_array()) return f;
  }
  return "";
}

std::vector<EntryRow> entryRows(const Workspace& ws, const std::string& kind, const std::vector<Diagnostic>& problems) {
  std::map<std::pair<std::string, std::string>, int> counts;
  for (const auto& d : problems) ++counts[{d.file, entryPointer(d.pointer)}];
  std::vector<EntryRow> out;
  for (const auto& file : kaartFiles(ws)) {
    const Json* list = ws.value(file, "/" + kind);
    if (!list || !list->is_array()) continue;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const Json& e = (*list)[i];
      if (!e.is_object()) continue;
      EntryRow row;
      row.kind = kind;
      row.file = file;
      row.pointer = "/" + kind + "/" + std::to_string(i);
      row.id = e.value("id", std::string());
      if (e.contains("name")) row.name = textOf(e["name"]);
      row.organization = e.value("organization", std::string());
      if (e.contains("levensgebieden")) row.levensgebieden = joined(e["levensgebieden"]);
      row.level = e.value("level", std::string());
      if (e.contains("wijk")) row.wijk = joined(e["wijk"]);
      if (e.contains("wijken")) row.wijk = joined(e["wijken"]);
      if (e.contains("rung") && e["rung"].is_number_integer()) row.rung = e["rung"].get<int>();
      row.lastVerified = e.value("lastVerified", std::string());
      auto it = counts.find({file, row.pointer});
      row.problems = it == counts.end() ? 0 : it->second;
      out.push_back(std::move(row));
    }
  }
  return out;
}

Command verifiedToday(const std::string& file, const std::string& pointer, const std::string& today) {
  return setValue(file, pointer + "/lastVerified", Json(today), "verified today");
}

Command addEntry(const Workspace& ws, const std::string& kind) {
  const std::string file = fileFor(ws, kind);
  if (file.empty()) return Command{"add", {}};
  const Json* list = ws.value(file, "/" + kind);
  std::set<std::string> ids;
  for (const auto& e : *list) {
    if (e.is_object() && e.contains("id") && e["id"].is_string()) ids.insert(e["id"].get<std::string>());
  }
  const std::string prefix = kind == "services" ? "svc-nieuw" : kind == "organizations" ? "org-nieuw" : "loc-nieuw";
  std::string id = prefix;
  for (int n = 2; ids.count(id); ++n) id = prefix + "-" + std::to_string(n);
  Json entry = Json::object();
  entry["id"] = id;
  if (kind == "services") {
    entry["organization"] = "";
    entry["name"] = Json{{"nl", ""}, {"en", ""}};
    entry["description"] = Json{{"nl", ""}, {"en", ""}};
    entry["status"] = "active";
    entry["levensgebieden"] = Json::array();
    entry["rung"] = 4;
    entry["level"] = "algemeen";
  } else if (kind == "organizations") {
    entry["name"] = "";
  } else {
    entry["organization"] = "";
    entry["name"] = "";
  }
  entry["sources"] = Json::array();
  return insertValue(file, "/" + kind + "/" + std::to_string(list->size()), std::move(entry), "add " + id);
}

}  // namespace ekw::studio

#include "tools/studio/model/sociale_kaart.h"

#include "tools/studio/model/validation.h"

#include <set>

namespace ekw::studio {
namespace {

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

}  // namespace

std::string fileFor(const Workspace& ws, const std::string& kind) {
  for (const auto& f : ws.manifestFiles("socialeKaart")) {
    const Json* list = ws.value(f, "/" + kind);
    if (list && list->is_array()) return f;
  }
  return "";
}

namespace {

void countRow(const ValidationResult* validation, EntryRow& row) {
  row.problems = row.hints = 0;
  if (!validation) return;
  auto it = validation->entryCounts.find(row.key);
  if (it == validation->entryCounts.end()) return;
  row.problems = static_cast<int>(it->second[static_cast<std::size_t>(Severity::Error)] +
                                  it->second[static_cast<std::size_t>(Severity::Warning)]);
  row.hints = static_cast<int>(it->second[static_cast<std::size_t>(Severity::Hint)]);
}

void fillRow(const Json& e, const ValidationResult* validation, EntryRow& row) {
  row.id = e.value("id", std::string());
  row.name = e.contains("name") ? textOf(e["name"]) : "";
  row.organization = e.value("organization", std::string());
  row.levensgebieden = e.contains("levensgebieden") ? joined(e["levensgebieden"]) : "";
  row.level = e.value("level", std::string());
  row.wijk = e.contains("wijken") ? joined(e["wijken"]) : e.contains("wijk") ? joined(e["wijk"]) : "";
  row.rung = e.contains("rung") && e["rung"].is_number_integer() ? e["rung"].get<int>() : -1;
  row.lastVerified = e.value("lastVerified", std::string());
  countRow(validation, row);
}

}  // namespace

std::vector<EntryRow> entryRows(const Workspace& ws, const std::string& kind, const ValidationResult* validation) {
  std::vector<EntryRow> out;
  for (const auto& file : ws.manifestFiles("socialeKaart")) {
    const Json* list = ws.value(file, "/" + kind);
    if (!list || !list->is_array()) continue;
    out.reserve(out.size() + list->size());
    for (std::size_t i = 0; i < list->size(); ++i) {
      const Json& e = (*list)[i];
      if (!e.is_object()) continue;
      EntryRow row;
      row.kind = kind;
      row.file = file;
      row.pointer = "/" + kind + "/" + std::to_string(i);
      row.key = entryKey(file, row.pointer);
      fillRow(e, validation, row);
      out.push_back(std::move(row));
    }
  }
  return out;
}

void recountRows(std::vector<EntryRow>& rows, const ValidationResult& validation) {
  for (EntryRow& row : rows) countRow(&validation, row);
}

bool refreshRow(const Workspace& ws, const ValidationResult* validation, EntryRow& row) {
  const Json* e = ws.value(row.file, row.pointer);
  if (!e || !e->is_object()) return false;
  fillRow(*e, validation, row);
  return true;
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

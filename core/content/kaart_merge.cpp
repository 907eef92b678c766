#include "core/content/kaart_merge.h"

#include <algorithm>
#include <map>
#include <sstream>

#include "core/content/hsds.h"
#include "core/content/json_writer.h"
#include "core/content/validate.h"

namespace ekw {

using nlohmann::json;
using nlohmann::ordered_json;

std::size_t MergePlan::count(MergeAction a) const {
  return static_cast<std::size_t>(
      std::count_if(changes.begin(), changes.end(), [&](const MergeChange& c) { return c.action == a; }));
}

namespace {

// The lists of the sociale kaart, in merge order (what is referred to before what refers to it).
struct ListKind {
  const char* list;
  const char* hsdsKind;  // for the UUIDs the HSDS export gives
  const char* singular;
  std::vector<const char*> keyOrder;  // the content's key order for a new entry
};
const std::vector<ListKind>& lists() {
  static const std::vector<ListKind> table = {
      {"organizations", "organization", "organization",
       {"id", "name", "alternateName", "description", "email", "website", "phones", "lastVerified", "sources"}},
      {"locations", "location", "location",
       {"id", "organization", "name", "description", "wijk", "address", "openingHours", "sources"}},
      {"services", "service", "service",
       {"id", "organization", "name", "description", "status", "email", "url", "phones", "levensgebieden", "rung",
        "level", "indicatie", "eigenBijdrage", "targetGroups", "minAge", "maxAge", "wijken", "keywords", "languages",
        "lastVerified", "sources"}},
      {"servicesAtLocation", "service_at_location", "service at location", {"id", "service", "location", "description"}},
  };
  return table;
}
const ListKind& kindOf(const std::string& list) {
  for (const ListKind& k : lists())
    if (list == k.list) return k;
  return lists().front();
}

// Members that are resident-facing texts: an incoming (Dutch) string replaces only the Dutch of a translated text.
bool isText(const std::string& list, const std::string& key) {
  if (list == "organizations") return key == "description";
  if (list == "services") return key == "name" || key == "description" || key == "eigenBijdrage";
  if (list == "locations") return key == "description" || key == "openingHours";
  return key == "description";
}

// References to other entries, by the list they point into.
std::vector<std::pair<const char*, const char*>> references(const std::string& list) {
  if (list == "services" || list == "locations") return {{"organization", "organizations"}};
  if (list == "servicesAtLocation") return {{"service", "services"}, {"location", "locations"}};
  return {};
}

// A member left out means its default (content/README.md): the same value given explicitly is no change.
bool isDefault(const std::string& list, const std::string& key, const ordered_json& value) {
  return list == "services" && key == "status" && value == "active";
}

ordered_json ordered(const ordered_json& value, const ListKind& kind) {
  ordered_json out = ordered_json::object();
  for (const char* key : kind.keyOrder)
    if (value.contains(key)) out[key] = value[key];
  for (auto it = value.begin(); it != value.end(); ++it)
    if (!out.contains(it.key())) out[it.key()] = it.value();
  return out;
}

struct Located {
  std::string file;
  std::size_t index = 0;
};

class Planner {
 public:
  Planner(const LoadedContent& loaded, const ReadFile& read, const MergeOptions& options)
      : lc_(loaded), c_(*loaded.content), read_(read), options_(options) {}

  MergePlan run(const Incoming& incoming) {
    plan_.problems = incoming.problems;
    plan_.unmapped = incoming.unmapped;
    plan_.notes = incoming.notes;
    if (!openFiles()) return std::move(plan_);
    // Aliases: the HSDS UUID of every entry, in the content and in the source, to its content id.
    for (const ListKind& k : lists())
      for (auto& [file, doc] : docs_)
        if (doc.contains(k.list) && doc[k.list].is_array())
          for (const ordered_json& e : doc[k.list])
            if (e.contains("id") && e["id"].is_string())
              alias_[k.list][hsdsId(c_.id, k.hsdsKind, e["id"].get<std::string>())] = e["id"].get<std::string>();
    for (const IncomingRecord& r : incoming.records)
      if (!r.externalId.empty() && r.value.contains("id") && r.value["id"].is_string())
        alias_[r.list][r.externalId] = r.value["id"].get<std::string>();

    std::map<std::string, std::map<std::string, std::pair<ordered_json, std::string>>> combined;  // list -> id -> value
    std::map<std::string, std::vector<std::string>> order;
    for (const ListKind& k : lists())
      for (const IncomingRecord& r : incoming.records) {
        if (r.list != k.list) continue;
        ordered_json v = resolve(r);
        if (!v.contains("id") || !v["id"].is_string() || v["id"].get<std::string>().empty()) {
          plan_.conflicts.push_back({r.list, "", r.origin, "the record has no id"});
          continue;
        }
        std::string id = v["id"].get<std::string>();
        auto& slot = combined[r.list];
        auto found = slot.find(id);
        if (found == slot.end()) {
          slot.emplace(id, std::make_pair(std::move(v), r.origin));
          order[r.list].push_back(id);
          continue;
        }
        // The same record again (a nested copy): fill in what the first lacked; different values conflict.
        ordered_json& first = found->second.first;
        for (auto it = v.begin(); it != v.end(); ++it) {
          if (!first.contains(it.key())) first[it.key()] = it.value();
          else if (first[it.key()] != it.value())
            plan_.conflicts.push_back({r.list, id, r.origin,
                                       "the file gives \"" + it.key() + "\" twice with different values (also at " +
                                           found->second.second + ")"});
        }
      }
    for (const MergeConflict& c : plan_.conflicts) notMerged_.insert(c.list + "/" + c.id);
    for (const ListKind& k : lists())
      for (const std::string& id : order[k.list]) {
        if (notMerged_.count(std::string(k.list) + "/" + id)) continue;
        auto& [value, origin] = combined[k.list][id];
        std::size_t before = plan_.conflicts.size();
        merge(k, id, value, origin, combined);
        if (plan_.conflicts.size() > before) notMerged_.insert(std::string(k.list) + "/" + id);
      }
    writeEdits();
    return std::move(plan_);
  }

 private:
  const LoadedContent& lc_;
  const Content& c_;
  const ReadFile& read_;
  const MergeOptions& options_;
  MergePlan plan_;
  std::map<std::string, std::string> originals_;  // file -> text
  std::map<std::string, ordered_json> docs_;      // file -> document being edited (key order kept)
  std::vector<std::string> kaartFiles_;
  std::map<std::string, std::map<std::string, std::string>> alias_;  // list -> external id -> content id
  std::set<std::string> notMerged_;  // "list/id" of incoming records with a conflict: nothing may refer to them

  bool openFiles() {
    auto manifest = lc_.documents.find("manifest.json");
    std::vector<std::string> named;
    if (manifest != lc_.documents.end() && manifest->second.value.contains("socialeKaart"))
      for (const json& f : manifest->second.value["socialeKaart"])
        if (f.is_string()) named.push_back(f.get<std::string>());
    for (const std::string& file : named) {
      if (!lc_.documents.count(file) || docs_.count(file)) continue;  // unreadable: the loader reported it
      std::optional<std::string> text = read_(file);
      if (!text) continue;
      originals_[file] = *text;
      docs_[file] = ordered_json::parse(*text);
      kaartFiles_.push_back(file);
    }
    if (kaartFiles_.empty()) {
      plan_.conflicts.push_back({"", "", "", "the content has no sociale-kaart file: add one to the manifest's \"socialeKaart\" first"});
      return false;
    }
    return true;
  }

  std::string aliased(const std::string& list, const std::string& id) const {
    auto l = alias_.find(list);
    if (l == alias_.end()) return id;
    auto it = l->second.find(id);
    return it == l->second.end() ? id : it->second;
  }

  ordered_json resolve(const IncomingRecord& r) const {
    ordered_json v = r.value;
    if (v.contains("id") && v["id"].is_string()) v["id"] = aliased(r.list, v["id"].get<std::string>());
    for (const auto& [key, target] : references(r.list))
      if (v.contains(key) && v[key].is_string()) v[key] = aliased(target, v[key].get<std::string>());
    return v;
  }

  // Where the entry with this id is now, if anywhere.
  std::optional<Located> locate(const std::string& list, const std::string& id) const {
    for (const std::string& file : kaartFiles_) {
      const ordered_json& doc = docs_.at(file);
      if (!doc.contains(list) || !doc[list].is_array()) continue;
      for (std::size_t i = 0; i < doc[list].size(); ++i)
        if (doc[list][i].contains("id") && doc[list][i]["id"] == id) return Located{file, i};
    }
    return std::nullopt;
  }

  bool exists(const std::string& list, const std::string& id,
              const std::map<std::string, std::map<std::string, std::pair<ordered_json, std::string>>>& combined) const {
    if (locate(list, id)) return true;
    if (notMerged_.count(list + "/" + id)) return false;  // it has a conflict of its own
    auto l = combined.find(list);
    return l != combined.end() && l->second.count(id);
  }

  void merge(const ListKind& k, const std::string& id, const ordered_json& incoming, const std::string& origin,
             const std::map<std::string, std::map<std::string, std::pair<ordered_json, std::string>>>& combined) {
    for (const auto& [key, target] : references(k.list))
      if (incoming.contains(key) && incoming[key].is_string() && !exists(target, incoming[key].get<std::string>(), combined)) {
        plan_.conflicts.push_back({k.list, id, origin,
                                   std::string(key) + " \"" + incoming[key].get<std::string>() +
                                       (notMerged_.count(std::string(target) + "/" + incoming[key].get<std::string>())
                                            ? "\" is not merged (see its own conflict)"
                                            : "\" is neither in the sociale kaart nor in the file")});
        return;
      }
    std::optional<Located> at = locate(k.list, id);
    if (!at) {
      add(k, id, incoming, origin);
      return;
    }
    ordered_json& entry = docs_[at->file][k.list][at->index];
    ordered_json merged = entry;
    std::vector<std::string> fields;
    for (auto it = incoming.begin(); it != incoming.end(); ++it) {
      const std::string& key = it.key();
      ordered_json value = it.value();
      if (isText(k.list, key) && value.is_string() && merged.contains(key) && merged[key].is_object()) {
        ordered_json text = merged[key];
        text["nl"] = value;
        value = std::move(text);
      }
      if (!merged.contains(key) && isDefault(k.list, key, value)) continue;
      if (!merged.contains(key) || merged[key] != value) {
        fields.push_back(key);
        merged[key] = std::move(value);
      }
    }
    if (fields.empty()) {
      plan_.changes.push_back({MergeAction::Unchanged, k.list, id, origin, {}, at->file});
      return;
    }
    // An entry verified here after the record's own date is fresher than the record: keep it.
    std::string here = entry.value("lastVerified", std::string()), there = incoming.value("lastVerified", std::string());
    if (!here.empty() && !there.empty() && here > there) {
      plan_.conflicts.push_back({k.list, id, origin,
                                 "verified here on " + here + ", after the record's date " + there +
                                     ": the local entry is kept (would change " + join(fields) + ")"});
      return;
    }
    entry = std::move(merged);
    plan_.changes.push_back({MergeAction::Changed, k.list, id, origin, fields, at->file});
  }

  void add(const ListKind& k, const std::string& id, ordered_json value, const std::string& origin) {
    if (std::string(k.list) == "services")
      for (auto it = options_.serviceDefaults.begin(); it != options_.serviceDefaults.end(); ++it)
        if (!value.contains(it.key())) value[it.key()] = it.value();
    std::vector<std::string> missing;
    std::vector<const char*> required = {"id"};
    if (std::string(k.list) == "organizations") required = {"id", "name"};
    if (std::string(k.list) == "services")
      required = {"id", "organization", "name", "levensgebieden", "rung", "level", "indicatie"};
    if (std::string(k.list) == "servicesAtLocation") required = {"id", "service", "location"};
    for (const char* key : required)
      if (!value.contains(key)) missing.push_back(key);
    if (!missing.empty()) {
      std::string message = "a new " + std::string(k.singular) + " needs " + join(missing) + ", which the file does not give";
      if (std::string(k.list) == "services") message += " (give the Dutch classification with --defaults FILE)";
      plan_.conflicts.push_back({k.list, id, origin, message});
      return;
    }
    for (const char* key : {"name", "description", "eigenBijdrage", "openingHours"})
      if (isText(k.list, key) && value.contains(key) && value[key].is_string()) value[key] = ordered_json{{"nl", value[key]}};
    // New entries go to the first sociale-kaart file that holds that list, else to the first one.
    std::string file = kaartFiles_.front();
    for (const std::string& f : kaartFiles_)
      if (docs_[f].contains(k.list)) {
        file = f;
        break;
      }
    ordered_json& doc = docs_[file];
    if (!doc.contains(k.list)) doc[k.list] = ordered_json::array();
    doc[k.list].push_back(ordered(value, k));
    plan_.changes.push_back({MergeAction::Added, k.list, id, origin, {}, file});
  }

  static std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i) out += ", ";
      out += items[i];
    }
    return out;
  }

  void writeEdits() {
    for (const std::string& file : kaartFiles_) {
      std::string text = rewriteJson(originals_[file], docs_[file]);
      if (text != originals_[file]) plan_.edits.push_back({file, text});
    }
    if (plan_.edits.empty()) return;
    // The merged content must not have errors the content did not have already.
    ReadFile overlay = [this](const std::string& path) -> std::optional<std::string> {
      for (const FileEdit& e : plan_.edits)
        if (e.path == path) return e.text;
      return read_(path);
    };
    Diagnostics before, after;
    ValidateOptions vo;
    vo.today = options_.today;
    validateContent(lc_, before, vo);
    LoadedContent merged = loadContent(overlay, after);
    validateContent(merged, after, vo);
    std::set<std::string> known;
    for (const Diagnostic& d : before.items())
      if (d.severity == Severity::Error) known.insert(d.code + " " + d.message);
    for (const Diagnostic& d : after.items())
      if (d.severity == Severity::Error && !known.count(d.code + " " + d.message))
        plan_.newErrors.push_back(formatDiagnostic(d));
  }
};

}  // namespace

MergePlan planMerge(const LoadedContent& loaded, const ReadFile& read, const Incoming& incoming,
                    const MergeOptions& options) {
  if (!loaded.content) return {};
  return Planner(loaded, read, options).run(incoming);
}

std::string mergeReport(const MergePlan& plan, bool applied) {
  std::ostringstream out;
  for (const ListKind& k : lists()) {
    std::size_t n[3] = {0, 0, 0};
    for (const MergeChange& c : plan.changes)
      if (c.list == k.list) ++n[static_cast<int>(c.action)];
    std::size_t conflicts = static_cast<std::size_t>(std::count_if(
        plan.conflicts.begin(), plan.conflicts.end(), [&](const MergeConflict& c) { return c.list == k.list; }));
    if (n[0] + n[1] + n[2] + conflicts == 0) continue;
    out << k.list << ": " << n[0] << " added, " << n[1] << " changed, " << n[2] << " unchanged, " << conflicts
        << " conflict" << (conflicts == 1 ? "" : "s") << "\n";
  }
  for (const MergeChange& c : plan.changes) {
    if (c.action == MergeAction::Unchanged) continue;
    out << "  " << (c.action == MergeAction::Added ? "+ " : "~ ") << kindOf(c.list).singular << " " << c.id;
    if (!c.fields.empty()) {
      out << ":";
      for (std::size_t i = 0; i < c.fields.size(); ++i) out << (i ? ", " : " ") << c.fields[i];
    }
    out << "  (" << c.file << "; from " << (c.origin.empty() ? "/" : c.origin) << ")\n";
  }
  if (!plan.conflicts.empty()) {
    out << "conflicts (not merged):\n";
    for (const MergeConflict& c : plan.conflicts) {
      out << "  ! ";
      if (!c.list.empty()) out << kindOf(c.list).singular << " " << (c.id.empty() ? "?" : c.id) << ": ";
      out << c.message;
      if (!c.origin.empty()) out << "  (from " << c.origin << ")";
      out << "\n";
    }
  }
  if (!plan.problems.empty()) {
    out << "skipped (could not be read):\n";
    for (const IncomingProblem& p : plan.problems) out << "  " << p.origin << ": " << p.message << "\n";
  }
  for (const std::string& note : plan.notes) out << "note: " << note << "\n";
  if (!plan.unmapped.empty()) {
    out << "not imported (the sociale kaart has no place for them):";
    for (const std::string& u : plan.unmapped) out << " " << u;
    out << "\n";
  }
  if (!plan.newErrors.empty()) {
    out << "the merged content would have " << plan.newErrors.size() << " new error(s); nothing can be written:\n";
    for (const std::string& e : plan.newErrors) out << "  " << e << "\n";
  }
  if (plan.edits.empty()) {
    out << "nothing to write: the sociale kaart already holds this\n";
  } else {
    out << (applied ? "wrote:" : "would write:");
    for (const FileEdit& e : plan.edits) out << " " << e.path;
    out << "\n";
    if (!applied && plan.newErrors.empty()) out << "dry run: nothing written; run again with --apply to write\n";
  }
  return out.str();
}

}  // namespace ekw

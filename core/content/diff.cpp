#include "core/content/diff.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

namespace ekw {

namespace {

using nlohmann::json;

// One thing a resident meets, found in a loaded content.
struct Entry {
  std::string id, file, pointer;
};

using Lister = std::vector<Entry> (*)(const LoadedContent&);

struct EntityKind {
  const char* name;
  Lister list;
  std::set<std::string> ignored;  // members compared as entities of their own
};

std::string at(const std::string& pointer, const char* key, std::size_t i) {
  return appendPointer(appendPointer(pointer, key), i);
}

template <typename T>
std::vector<Entry> itemsOf(const std::vector<T>& items) {
  std::vector<Entry> out;
  for (const T& item : items) out.push_back({item.id, item.file, item.pointer});
  return out;
}

std::vector<Entry> nodesOf(const LoadedContent& lc, bool questions) {
  std::vector<Entry> out;
  for (const Tree& t : lc.content->trees)
    for (const Node& n : t.nodes)
      if (n.isQuestion() == questions) out.push_back({n.id, n.file, n.pointer});
  return out;
}

// The table of compared entities: adding one is adding a row.
const std::vector<EntityKind>& kinds() {
  static const std::vector<EntityKind> table = {
      {"levensgebied",
       [](const LoadedContent& lc) {
         std::vector<Entry> out;
         for (std::size_t i = 0; i < lc.content->levensgebieden.size(); ++i)
           out.push_back({lc.content->levensgebieden[i].id, lc.levensgebiedenFile, at("", "levensgebieden", i)});
         return out;
       },
       {}},
      {"question", [](const LoadedContent& lc) { return nodesOf(lc, true); }, {"options"}},
      {"option",
       [](const LoadedContent& lc) {
         std::vector<Entry> out;
         for (const Tree& t : lc.content->trees)
           for (const Node& n : t.nodes)
             for (std::size_t i = 0; i < n.options.size(); ++i)
               out.push_back({n.id + "/" + n.options[i].id, n.file, at(n.pointer, "options", i)});
         return out;
       },
       {}},
      {"outcome", [](const LoadedContent& lc) { return nodesOf(lc, false); }, {}},
      {"advice", [](const LoadedContent& lc) { return itemsOf(lc.content->advice); }, {}},
      {"service", [](const LoadedContent& lc) { return itemsOf(lc.content->services); }, {}},
      {"organization", [](const LoadedContent& lc) { return itemsOf(lc.content->organizations); }, {}},
      {"location", [](const LoadedContent& lc) { return itemsOf(lc.content->locations); }, {}},
      {"service at location", [](const LoadedContent& lc) { return itemsOf(lc.content->servicesAtLocation); }, {}},
      {"BUUV template", [](const LoadedContent& lc) { return itemsOf(lc.content->buuvTemplates); }, {}},
      {"form",
       [](const LoadedContent& lc) {
         std::vector<Entry> out;
         for (const Form& f : lc.content->forms) out.push_back({f.id, f.file, ""});
         return out;
       },
       {"sections", "$schema"}},
      {"form field",
       [](const LoadedContent& lc) {
         std::vector<Entry> out;
         for (const Form& f : lc.content->forms)
           for (const FormSection& s : f.sections)
             for (const FormField& fld : s.fields) out.push_back({f.id + "/" + fld.id, f.file, fld.pointer});
         return out;
       },
       {}},
  };
  return table;
}

const json* valueAt(const LoadedContent& lc, const Entry& e) {
  auto doc = lc.documents.find(e.file);
  if (doc == lc.documents.end()) return nullptr;
  json::json_pointer p(e.pointer);
  return doc->second.value.contains(p) ? &doc->second.value.at(p) : nullptr;
}

std::vector<std::string> changedMembers(const json& a, const json& b, const std::set<std::string>& ignored) {
  std::set<std::string> keys;
  for (const json* v : {&a, &b})
    if (v->is_object())
      for (auto it = v->begin(); it != v->end(); ++it) keys.insert(it.key());
  std::vector<std::string> out;
  for (const std::string& k : keys) {
    if (ignored.count(k)) continue;
    const json* x = a.is_object() && a.contains(k) ? &a[k] : nullptr;
    const json* y = b.is_object() && b.contains(k) ? &b[k] : nullptr;
    if (!x || !y || *x != *y) out.push_back(k);
  }
  return out;
}

std::string q(const std::string& s) { return "\"" + s + "\""; }

std::string number(double v) {
  std::ostringstream out;
  out << v;
  return out.str();
}

// What a saved session loses, question by question (the rules of sessionFromJson).
void lostAnswers(const Content& before, const Content& after, std::vector<LostAnswer>& out) {
  for (const Levensgebied& lg : before.levensgebieden)
    if (!after.levensgebied(lg.id))
      out.push_back({lg.id, "", "", "the choice of this levensgebied and its answers", "levensgebied no longer exists"});
  for (const Tree& t : before.trees)
    for (const Node& n : t.nodes) {
      if (!n.isQuestion()) continue;
      const Node* m = after.node(n.id);
      if (!m || !m->isQuestion()) {
        out.push_back({"", n.id, "", "every answer", "question no longer exists"});
        continue;
      }
      if (m->type != n.type) {
        out.push_back({"", n.id, "", "every answer",
                       std::string("the question changed from ") + nodeTypeName(n.type) + " to " + nodeTypeName(m->type)});
        continue;
      }
      if (n.type == NodeType::Single || n.type == NodeType::Multiple)
        for (const Option& o : n.options)
          if (!m->option(o.id)) out.push_back({"", n.id, o.id, "answers that chose " + q(o.id), "option no longer exists"});
      if (n.allowUnknown && !m->allowUnknown)
        out.push_back({"", n.id, "", "answers \"weet ik niet\"", "the question no longer allows \"weet ik niet\""});
      if (n.optional && !m->optional)
        out.push_back({"", n.id, "", "skipped answers", "the question is no longer optional"});
      if (n.type == NodeType::Number) {
        if (m->min && (!n.min || *m->min > *n.min))
          out.push_back({"", n.id, "", "answers below " + number(*m->min), "the lowest allowed number went up"});
        if (m->max && (!n.max || *m->max < *n.max))
          out.push_back({"", n.id, "", "answers above " + number(*m->max), "the highest allowed number went down"});
        if (m->integer && !n.integer) out.push_back({"", n.id, "", "answers that are not whole numbers", "only whole numbers are allowed now"});
      }
      if (n.type == NodeType::Text && m->maxLength < n.maxLength)
        out.push_back({"", n.id, "", "answers longer than " + std::to_string(m->maxLength) + " characters",
                       "the longest allowed answer got shorter"});
      if (n.type == NodeType::Date && ((m->notInFuture && !n.notInFuture) || (m->notInPast && !n.notInPast)))
        out.push_back({"", n.id, "", std::string("dates in the ") + (m->notInFuture && !n.notInFuture ? "future" : "past"),
                       "such dates are no longer allowed"});
    }
}

const char* kindName(ChangeKind k) { return k == ChangeKind::Added ? "added" : k == ChangeKind::Removed ? "removed" : "changed"; }

}  // namespace

const std::vector<const char*> kDiffEntities = [] {
  std::vector<const char*> names;
  for (const EntityKind& k : kinds()) names.push_back(k.name);
  return names;
}();

ContentDiff diffContent(const LoadedContent& before, const LoadedContent& after) {
  ContentDiff d;
  if (!before.content || !after.content) return d;
  d.oldId = before.content->id, d.oldVersion = before.content->version;
  d.newId = after.content->id, d.newVersion = after.content->version;
  for (const EntityKind& kind : kinds()) {
    std::map<std::string, Entry> old, now;
    for (Entry& e : kind.list(before)) old.emplace(e.id, std::move(e));
    for (Entry& e : kind.list(after)) now.emplace(e.id, std::move(e));
    std::set<std::string> ids;
    for (const auto& [id, e] : old) ids.insert(id);
    for (const auto& [id, e] : now) ids.insert(id);
    for (const std::string& id : ids) {
      auto o = old.find(id);
      auto n = now.find(id);
      if (o == old.end()) {
        d.changes.push_back({ChangeKind::Added, kind.name, id, {}, n->second.file,
                             after.positionOf(n->second.file, n->second.pointer), n->second.pointer});
      } else if (n == now.end()) {
        d.changes.push_back({ChangeKind::Removed, kind.name, id, {}, o->second.file,
                             before.positionOf(o->second.file, o->second.pointer), o->second.pointer});
      } else {
        const json* a = valueAt(before, o->second);
        const json* b = valueAt(after, n->second);
        if (!a || !b) continue;
        std::vector<std::string> fields = changedMembers(*a, *b, kind.ignored);
        if (!fields.empty())
          d.changes.push_back({ChangeKind::Changed, kind.name, id, std::move(fields), n->second.file,
                               after.positionOf(n->second.file, n->second.pointer), n->second.pointer});
      }
    }
  }
  lostAnswers(*before.content, *after.content, d.lostAnswers);
  return d;
}

json diffToJson(const ContentDiff& d) {
  json changes = json::array(), lost = json::array();
  for (const ContentChange& c : d.changes) {
    json j{{"change", kindName(c.kind)}, {"entity", c.entity}, {"id", c.id}, {"file", c.file}, {"pointer", c.pointer}};
    if (c.pos.line > 0) j["line"] = c.pos.line, j["column"] = c.pos.column;
    if (!c.fields.empty()) j["fields"] = c.fields;
    changes.push_back(std::move(j));
  }
  for (const LostAnswer& l : d.lostAnswers) {
    json j{{"which", l.which}, {"reason", l.reason}};
    if (!l.levensgebied.empty()) j["levensgebied"] = l.levensgebied;
    if (!l.question.empty()) j["question"] = l.question;
    if (!l.option.empty()) j["option"] = l.option;
    lost.push_back(std::move(j));
  }
  return json{{"old", {{"id", d.oldId}, {"version", d.oldVersion}}},
              {"new", {{"id", d.newId}, {"version", d.newVersion}}},
              {"changes", changes},
              {"lostAnswers", lost}};
}

std::string diffText(const ContentDiff& d) {
  std::ostringstream out;
  out << "content " << d.oldId << " " << d.oldVersion << " -> " << d.newId << " " << d.newVersion << "\n";
  if (d.empty()) {
    out << "no changes for residents\n";
    return out.str();
  }
  for (const char* entity : kDiffEntities) {
    std::size_t counts[3] = {0, 0, 0};
    for (const ContentChange& c : d.changes)
      if (c.entity == entity) ++counts[static_cast<int>(c.kind)];
    if (counts[0] + counts[1] + counts[2] == 0) continue;
    out << "\n" << entity << ": " << counts[0] << " added, " << counts[1] << " removed, " << counts[2] << " changed\n";
    for (const ContentChange& c : d.changes) {
      if (c.entity != entity) continue;
      out << "  " << (c.kind == ChangeKind::Added ? "+ " : c.kind == ChangeKind::Removed ? "- " : "~ ") << c.id;
      if (!c.fields.empty()) {
        out << ":";
        for (std::size_t i = 0; i < c.fields.size(); ++i) out << (i ? ", " : " ") << c.fields[i];
      }
      out << "  (" << c.file;
      if (c.pos.line > 0) out << ":" << c.pos.line << ":" << c.pos.column;
      out << ")\n";
    }
  }
  out << "\n";
  if (d.lostAnswers.empty()) {
    out << "saved sessions keep all their answers\n";
  } else {
    out << "saved sessions would lose answers (" << d.lostAnswers.size() << "):\n";
    for (const LostAnswer& l : d.lostAnswers) {
      out << "  ";
      if (!l.levensgebied.empty()) out << "levensgebied " << l.levensgebied;
      else out << "question " << l.question << ": " << l.which;
      out << " (" << l.reason << ")\n";
    }
  }
  return out.str();
}

}  // namespace ekw

#include "core/content/loader.h"

#include <algorithm>
#include <stdexcept>

#include "core/content/schema_check.h"

namespace ekw {

using nlohmann::json;

SourcePos LoadedContent::positionOf(const std::string& file, const std::string& pointer) const {
  auto it = documents.find(file);
  return it == documents.end() ? SourcePos{} : it->second.positionOf(pointer);
}

void LoadedContent::report(Diagnostics& out, Severity severity, const std::string& file, const std::string& pointer,
                           std::string code, std::string message) const {
  out.add({severity, file, positionOf(file, pointer), pointer, std::move(code), std::move(message)});
}

bool LoadedContent::rejected(const std::string& file, const std::string& pointer) const {
  auto it = rejectedPointers.find(file);
  if (it == rejectedPointers.end()) return false;
  std::string p = pointer;
  while (true) {
    if (it->second.count(p)) return true;
    if (p.empty()) return false;
    p.erase(p.rfind('/'));
  }
}

namespace {

// Typed reads that never throw: a value of the wrong type reads as absent. The schema check has already
// reported it, so the model is built from what is usable and every problem is still listed once.
std::string str(const json& o, const char* key) {
  auto it = o.find(key);
  return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}
bool flag(const json& o, const char* key) {
  auto it = o.find(key);
  return it != o.end() && it->is_boolean() && it->get<bool>();
}
std::optional<double> number(const json& o, const char* key) {
  auto it = o.find(key);
  if (it == o.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}
std::optional<int> integer(const json& o, const char* key) {
  auto it = o.find(key);
  if (it == o.end() || !it->is_number_integer()) return std::nullopt;
  return static_cast<int>(it->get<std::int64_t>());
}
const json& member(const json& o, const char* key) {
  static const json kNull;
  if (!o.is_object()) return kNull;
  auto it = o.find(key);
  return it == o.end() ? kNull : *it;
}
std::vector<std::string> strings(const json& o, const char* key) {
  std::vector<std::string> out;
  for (const json& v : member(o, key))
    if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}
Text text(const json& v) {
  Text t;
  if (v.is_string()) {
    t.byLanguage["nl"] = v.get<std::string>();
  } else if (v.is_object()) {
    for (auto it = v.begin(); it != v.end(); ++it)
      if (it->is_string()) t.byLanguage[it.key()] = it->get<std::string>();
  }
  return t;
}
Text text(const json& o, const char* key) { return text(member(o, key)); }
// The web-page sources among `sources` (the seed citations are its strings).
std::vector<WebSource> webSources(const json& o) {
  std::vector<WebSource> out;
  for (const json& v : member(o, "sources"))
    if (v.is_object()) out.push_back({str(v, "url"), str(v, "checked")});
  return out;
}
std::map<std::string, std::vector<std::string>> keywordLists(const json& o) {
  std::map<std::string, std::vector<std::string>> out;
  const json& kw = member(o, "keywords");
  if (kw.is_object())
    for (auto it = kw.begin(); it != kw.end(); ++it) out[it.key()] = strings(kw, it.key().c_str());
  return out;
}

// Iterates the objects of list `key`, giving each with its JSON pointer.
template <typename F>
void eachObject(const json& o, const char* key, const std::string& pointer, F&& f) {
  const json& list = member(o, key);
  if (!list.is_array()) return;
  std::string base = appendPointer(pointer, key);
  for (std::size_t i = 0; i < list.size(); ++i)
    if (list[i].is_object()) f(list[i], appendPointer(base, i));
}

class Loader {
 public:
  Loader(const ReadFile& read, Diagnostics& diagnostics, const LoadOptions& options, LoadedContent& out)
      : read_(read), diag_(diagnostics), options_(options), out_(out) {}

  // Reads, parses and schema-checks one file. Returns null when it cannot be used at all.
  const json* open(const std::string& path, const char* schema, const std::string& entry = "") {
    out_.files.push_back(path);
    std::optional<std::string> text;
    try {
      text = read_(path);
    } catch (const std::exception& e) {
      diag_.add({Severity::Error, path, {}, "", "unreadable-file", e.what()});
      return nullptr;
    }
    if (!text) {
      if (path == "manifest.json") {
        diag_.add({Severity::Error, path, {}, "", "missing-file", "there is no manifest.json: is this a content directory?"});
      } else {
        std::string message = "the file \"";
        message += path;
        message += "\" does not exist";
        out_.report(diag_, Severity::Error, "manifest.json", entry, "missing-file", std::move(message));
      }
      return nullptr;
    }
    JsonDocument doc;
    JsonError error;
    if (!parseJsonDocument(*text, doc, error, options_.limits)) {
      diag_.add({Severity::Error, path, error.pos, "", "invalid-json", error.message});
      return nullptr;
    }
    return adopt(path, std::move(doc), schema);
  }

  // Takes an already parsed document (from a bundle).
  const json* adopt(const std::string& path, JsonDocument doc, const char* schema) {
    for (const auto& dup : doc.duplicateKeys)
      diag_.add({Severity::Error, path, dup.pos, dup.pointer, "duplicate-key", dup.message});
#ifdef EKW_NO_SCHEMA_CHECK  // the browser build loads bundles that `ekw bundle` validated, and saves the checker's size
    (void)schema;
#else
    if (options_.checkSchemas) {
      std::size_t before = diag_.items().size();
      SchemaSet::builtin().check(doc, schema, path, diag_);
      for (std::size_t i = before; i < diag_.items().size(); ++i)
        if (diag_.items()[i].file == path && diag_.items()[i].severity == Severity::Error &&
            diag_.items()[i].code != "missing-field")  // a missing field leaves its object usable
          out_.rejectedPointers[path].insert(diag_.items()[i].pointer);
    }
#endif
    auto [it, inserted] = out_.documents.emplace(path, std::move(doc));
    if (!inserted) {
      diag_.add({Severity::Error, path, {}, "", "duplicate-file", "the manifest names this file more than once"});
      return nullptr;
    }
    return &it->second.value;
  }

  std::optional<rules::Rule> rule(const std::string& file, const std::string& pointer, const json& logic) {
    try {
      return rules::Rule::compile(logic);
    } catch (const rules::RuleError& e) {
      std::string at = pointer + e.pointer();
      out_.report(diag_, Severity::Error, file, at, "invalid-rule", "this rule cannot be used: " + e.message());
      return std::nullopt;
    }
  }

  // The rule at o[key], when there is one.
  std::optional<rules::Rule> optionalRule(const std::string& file, const std::string& pointer, const json& o,
                                          const char* key) {
    const json& v = member(o, key);
    if (v.is_null()) return std::nullopt;
    return rule(file, appendPointer(pointer, key), v);
  }

  Next next(const std::string& file, const std::string& pointer, const json& v) {
    Next n;
    if (v.is_string()) {
      n.branches.push_back({std::nullopt, v.get<std::string>(), pointer, pointer});
    } else if (v.is_array()) {
      for (std::size_t i = 0; i < v.size(); ++i) {
        if (!v[i].is_object()) continue;
        std::string bp = appendPointer(pointer, i);
        Branch b;
        b.target = str(v[i], "goto");
        b.pointer = bp;
        b.targetPointer = appendPointer(bp, "goto");
        if (v[i].contains("when")) b.when = rule(file, appendPointer(bp, "when"), v[i]["when"]);
        n.branches.push_back(std::move(b));
      }
    }
    return n;
  }

  void manifest(const json& m, Content& c) {
    c.id = str(m, "id");
    c.name = text(m, "name");
    c.version = str(m, "version");
    c.languages = strings(m, "languages");
    c.declaredFacts = strings(m, "facts");
    for (const char* key : {"wijken", "targetGroups"}) {
      auto& list = std::string(key) == "wijken" ? c.wijken : c.targetGroups;
      eachObject(m, key, "", [&](const json& o, const std::string&) { list.push_back({str(o, "id"), text(o, "name")}); });
    }
  }

  void levensgebieden(const std::string& file, const json& d, Content& c) {
    eachObject(d, "levensgebieden", "", [&](const json& o, const std::string&) {
      Levensgebied lg;
      lg.id = str(o, "id");
      lg.name = text(o, "name");
      lg.description = text(o, "description");
      lg.zrmDomain = str(o, "zrmDomain");
      lg.tree = str(o, "tree");
      lg.keywords = keywordLists(o);
      lg.safety = flag(o, "safety");
      lg.sources = strings(o, "sources");
      c.levensgebieden.push_back(std::move(lg));
    });
    eachObject(d, "signals", "", [&](const json& o, const std::string&) {
      c.dangerSignals.push_back({str(o, "id"), text(o, "name"), keywordLists(o), strings(o, "levensgebieden"), strings(o, "sources")});
    });
    (void)file;
  }

  void tree(const std::string& file, const json& d, Content& c) {
    Tree t;
    t.id = str(d, "id");
    t.levensgebied = str(d, "levensgebied");
    t.start = str(d, "start");
    t.file = file;
    eachObject(d, "nodes", "", [&](const json& o, const std::string& p) {
      Node n;
      n.id = str(o, "id");
      n.type = nodeTypeFromName(str(o, "type")).value_or(NodeType::Single);
      n.text = text(o, "text");
      n.hint = text(o, "hint");
      n.lead = text(o, "lead");
      n.why = text(o, "why");
      n.unit = text(o, "unit");
      if (const json& other = member(o, "forOther"); other.is_object()) {
        n.textOther = text(other, "text");
        n.hintOther = text(other, "hint");
        n.whyOther = text(other, "why");
      }
      n.allowUnknown = flag(o, "allowUnknown");
      n.optional = flag(o, "optional");
      n.min = number(o, "min");
      n.max = number(o, "max");
      n.integer = flag(o, "integer");
      n.maxLength = integer(o, "maxLength").value_or(200);
      n.notInFuture = flag(o, "notInFuture");
      n.notInPast = flag(o, "notInPast");
      if (o.contains("next")) n.next = next(file, appendPointer(p, "next"), o["next"]);
      n.level = integer(o, "level").value_or(0);
      if (member(o, "facts").is_object()) n.facts = o["facts"];
      n.advice = strings(o, "advice");
      n.sources = strings(o, "sources");
      n.tree = t.id;
      n.file = file;
      n.pointer = p;
      eachObject(o, "options", p, [&](const json& oo, const std::string& op) {
        Option opt;
        opt.id = str(oo, "id");
        opt.label = text(oo, "label");
        if (oo.contains("next")) opt.next = next(file, appendPointer(op, "next"), oo["next"]);
        if (member(oo, "facts").is_object()) opt.facts = oo["facts"];
        opt.exclusive = flag(oo, "exclusive");
        n.options.push_back(std::move(opt));
      });
      t.nodes.push_back(std::move(n));
    });
    c.trees.push_back(std::move(t));
  }

  void advice(const std::string& file, const json& d, Content& c) {
    eachObject(d, "advice", "", [&](const json& o, const std::string& p) {
      Advice a;
      a.id = str(o, "id");
      a.levensgebied = str(o, "levensgebied");
      a.rung = integer(o, "rung").value_or(1);
      a.urgency = str(o, "urgency");
      a.title = text(o, "title");
      a.text = text(o, "text");
      for (const json& s : member(o, "steps")) a.steps.push_back(text(s));
      if (const json& other = member(o, "forOther"); other.is_object()) {
        a.titleOther = text(other, "title");
        a.textOther = text(other, "text");
        for (const json& s : member(other, "steps")) a.stepsOther.push_back(text(s));
      }
      if (member(o, "presumes").is_object()) a.presumes = o["presumes"];
      if (o.contains("when")) a.when = rule(file, appendPointer(p, "when"), o["when"]);
      a.services = strings(o, "services");
      const json& sf = member(o, "serviceFilter");
      if (sf.is_object()) a.serviceFilter = ServiceFilter{str(sf, "levensgebied"), integer(sf, "rung"), str(sf, "level")};
      a.form = str(o, "form");
      a.buuv = strings(o, "buuv");
      a.sources = strings(o, "sources");
      a.file = file;
      a.pointer = p;
      c.advice.push_back(std::move(a));
    });
  }

  static std::vector<Phone> phones(const json& o) {
    std::vector<Phone> out;
    for (const json& ph : member(o, "phones"))
      if (ph.is_object()) out.push_back({str(ph, "number"), text(ph, "description")});
    return out;
  }

  void socialeKaart(const std::string& file, const json& d, Content& c) {
    eachObject(d, "organizations", "", [&](const json& o, const std::string& p) {
      Organization org{str(o, "id"), str(o, "name"), str(o, "alternateName"), text(o, "description"),
                       str(o, "email"), str(o, "website"), phones(o), str(o, "lastVerified"), strings(o, "sources"),
                       file, p, webSources(o)};
      c.organizations.push_back(std::move(org));
    });
    eachObject(d, "services", "", [&](const json& o, const std::string& p) {
      Service s;
      s.id = str(o, "id");
      s.organization = str(o, "organization");
      s.name = text(o, "name");
      s.description = text(o, "description");
      if (!str(o, "status").empty()) s.status = str(o, "status");
      s.email = str(o, "email");
      s.url = str(o, "url");
      s.phones = phones(o);
      s.levensgebieden = strings(o, "levensgebieden");
      s.rung = integer(o, "rung").value_or(4);
      if (!str(o, "level").empty()) s.level = str(o, "level");
      s.indicatie = flag(o, "indicatie");
      s.eigenBijdrage = text(o, "eigenBijdrage");
      s.targetGroups = strings(o, "targetGroups");
      s.minAge = integer(o, "minAge");
      s.maxAge = integer(o, "maxAge");
      s.wijken = strings(o, "wijken");
      s.keywords = strings(o, "keywords");
      s.languages = strings(o, "languages");
      s.lastVerified = str(o, "lastVerified");
      s.sources = strings(o, "sources");
      s.webSources = webSources(o);
      s.file = file;
      s.pointer = p;
      c.services.push_back(std::move(s));
    });
    eachObject(d, "locations", "", [&](const json& o, const std::string& p) {
      const json& a = member(o, "address");
      Location l{str(o, "id"), str(o, "organization"), str(o, "name"), text(o, "description"), str(o, "wijk"),
                 Address{str(a, "street"), str(a, "postalCode"), str(a, "city")}, text(o, "openingHours"),
                 strings(o, "sources"), file, p};
      c.locations.push_back(std::move(l));
    });
    eachObject(d, "servicesAtLocation", "", [&](const json& o, const std::string& p) {
      c.servicesAtLocation.push_back(
          {str(o, "id"), str(o, "service"), str(o, "location"), text(o, "description"), file, p});
    });
  }

  void buuv(const std::string& file, const json& d, Content& c) {
    eachObject(d, "templates", "", [&](const json& o, const std::string& p) {
      c.buuvTemplates.push_back({str(o, "id"), strings(o, "kinds"), text(o, "title"), text(o, "request"),
                                 text(o, "offer"), strings(o, "levensgebieden"), strings(o, "sources"), file, p});
    });
  }

  void signals(const std::string& file, const json& d, Content& c) {
    eachObject(d, "signals", "", [&](const json& o, const std::string& p) {
      c.signals.push_back({str(o, "id"), str(o, "levensgebied"), text(o, "label"), flag(o, "coordination"),
                           strings(o, "sources"), file, p});
    });
  }

  void form(const std::string& file, const json& d, Content& c) {
    Form f;
    f.id = str(d, "id");
    f.kind = str(d, "kind");
    f.law = str(d, "law");
    f.name = text(d, "name");
    f.intro = text(d, "intro");
    f.afterSubmit = text(d, "afterSubmit");
    f.consent = text(d, "consent");
    f.onBehalfField = str(d, "onBehalfField");
    f.sources = strings(d, "sources");
    f.file = file;
    eachObject(d, "sections", "", [&](const json& so, const std::string& sp) {
      FormSection s;
      s.id = str(so, "id");
      s.title = text(so, "title");
      s.titleForOther = text(so, "titleForOther");
      s.about = str(so, "about") == "filler" ? FormRole::Filler : FormRole::Applicant;
      s.when = optionalRule(file, sp, so, "when");
      eachObject(so, "fields", sp, [&](const json& fo, const std::string& fp) {
        FormField fld;
        fld.id = str(fo, "id");
        fld.type = fieldTypeFromName(str(fo, "type")).value_or(FieldType::Text);
        fld.label = text(fo, "label");
        fld.hint = text(fo, "hint");
        fld.required = flag(fo, "required");
        eachObject(fo, "options", fp, [&](const json& oo, const std::string&) {
          fld.options.push_back({str(oo, "id"), text(oo, "label")});
        });
        fld.min = number(fo, "min");
        fld.max = number(fo, "max");
        fld.maxLength = integer(fo, "maxLength").value_or(0);
        const json& pf = member(fo, "prefill");
        if (pf.is_string()) fld.prefill.path = pf.get<std::string>();
        else if (pf.is_object() && pf.contains("logic"))
          fld.prefill.logic = rule(file, appendPointer(appendPointer(fp, "prefill"), "logic"), pf["logic"]);
        fld.when = optionalRule(file, fp, fo, "when");
        fld.internal = flag(fo, "internal");
        fld.labelForOther = text(fo, "labelForOther");
        fld.pointer = fp;
        s.fields.push_back(std::move(fld));
      });
      f.sections.push_back(std::move(s));
    });
    const json& as = member(d, "assessment");
    if (as.is_object()) {
      FormAssessment a{{}, text(as, "likely"), text(as, "unlikely"), text(as, "unsure"), text(as, "decision")};
      eachObject(as, "criteria", "/assessment", [&](const json& co, const std::string& cp) {
        auto r = optionalRule(file, cp, co, "rule");
        if (!r) return;
        a.criteria.push_back({str(co, "id"), *r, text(co, "met"), text(co, "notMet"), text(co, "unknown"),
                              strings(co, "sources"), cp});
      });
      f.assessment = std::move(a);
    }
    c.forms.push_back(std::move(f));
  }

  void texts(const json& d, Content& c) {
    const json& t = member(d, "texts");
    if (!t.is_object()) return;
    for (auto it = t.begin(); it != t.end(); ++it) c.texts[it.key()] = text(*it);
  }

  void plainLanguage(const std::string& file, const json& d, Content& c) {
    c.plainLanguage.file = file;
    eachObject(d, "jargon", "", [&](const json& o, const std::string&) {
      c.plainLanguage.jargon.push_back({str(o, "term"), text(o, "explanation"), strings(o, "sources")});
    });
    c.plainLanguage.words = strings(d, "words");
  }

  // Opens every file the manifest names, of one kind, and hands each to `build`.
  template <typename F>
  void each(const json& manifest, const char* key, const char* schema, F&& build) {
    const json& v = member(manifest, key);
    std::vector<std::pair<std::string, std::string>> paths;  // path, pointer of its manifest entry
    std::string base = appendPointer("", key);
    if (v.is_string()) paths.emplace_back(v.get<std::string>(), base);
    const json& list = v.is_array() ? v : json::array();
    for (std::size_t i = 0; i < list.size(); ++i)
      if (list[i].is_string()) paths.emplace_back(list[i].get<std::string>(), appendPointer(base, i));
    for (const auto& [path, entry] : paths) {
      if (!safePath(path)) {
        std::string message = "\"";
        message += path;
        message += "\" leaves the content directory: a content path must be relative to the content directory and "
                   "stay inside it";
        out_.report(diag_, Severity::Error, "manifest.json", entry, "invalid-path", std::move(message));
        out_.failedKinds.insert(key);
        continue;
      }
      if (out_.documents.count(path) || std::find(out_.files.begin(), out_.files.end(), path) != out_.files.end()) {
        std::string message = "the manifest names \"";
        message += path;
        message += "\" more than once";
        out_.report(diag_, Severity::Error, "manifest.json", entry, "duplicate-file", std::move(message));
        continue;
      }
      if (std::string(key) == "levensgebieden") out_.levensgebiedenFile = path;
      if (const json* doc = fetch(path, schema, entry)) build(path, *doc);
      else out_.failedKinds.insert(key);
    }
  }

  // A content path is relative and has no ".." segment (a name such as "a..b.json" is fine).
  static bool safePath(const std::string& path) {
    if (path.empty() || path[0] == '/' || path[0] == '\\' || (path.size() > 1 && path[1] == ':')) return false;
    std::size_t start = 0;
    while (start <= path.size()) {
      std::size_t end = path.find_first_of("/\\", start);
      if (end == std::string::npos) end = path.size();
      if (path.compare(start, end - start, "..") == 0) return false;
      start = end + 1;
    }
    return true;
  }

  // A file comes from the bundle's documents when there are any, else from `read`.
  const json* fetch(const std::string& path, const char* schema, const std::string& entry = "") {
    if (bundle_) {
      out_.files.push_back(path);
      auto it = bundle_->find(path);
      if (it == bundle_->end()) {
        diag_.add({Severity::Error, path, {}, "", "missing-file", "the bundle does not hold this file"});
        return nullptr;
      }
      JsonDocument doc;
      doc.value = std::move(*it);  // taken, not copied: the parsed bundle is the documents (a second naming of
                                   // the same file finds null and adopt() reports the duplicate)
      return adopt(path, std::move(doc), schema);
    }
    return open(path, schema, entry);
  }

  void run(json* bundleFiles) {
    bundle_ = bundleFiles;
    const json* manifestDoc = fetch("manifest.json", "manifest.schema.json");
    if (!manifestDoc) return;
    auto content = std::make_unique<Content>();
    Content& c = *content;
    manifest(*manifestDoc, c);
    each(*manifestDoc, "levensgebieden", "levensgebieden.schema.json",
         [&](const std::string& f, const json& d) { levensgebieden(f, d, c); });
    each(*manifestDoc, "trees", "tree.schema.json", [&](const std::string& f, const json& d) { tree(f, d, c); });
    each(*manifestDoc, "advice", "advice.schema.json", [&](const std::string& f, const json& d) { advice(f, d, c); });
    each(*manifestDoc, "socialeKaart", "sociale-kaart.schema.json",
         [&](const std::string& f, const json& d) { socialeKaart(f, d, c); });
    each(*manifestDoc, "buuv", "buuv.schema.json", [&](const std::string& f, const json& d) { buuv(f, d, c); });
    each(*manifestDoc, "forms", "form.schema.json", [&](const std::string& f, const json& d) { form(f, d, c); });
    each(*manifestDoc, "signals", "signals.schema.json", [&](const std::string& f, const json& d) { signals(f, d, c); });
    each(*manifestDoc, "texts", "texts.schema.json", [&](const std::string&, const json& d) { texts(d, c); });
    each(*manifestDoc, "plainLanguage", "plain-language.schema.json",
         [&](const std::string& f, const json& d) { plainLanguage(f, d, c); });
    c.index();
    out_.content = std::move(content);
  }

 private:
  const ReadFile& read_;
  Diagnostics& diag_;
  const LoadOptions& options_;
  LoadedContent& out_;
  json* bundle_ = nullptr;
};

}  // namespace

LoadedContent loadContent(const ReadFile& read, Diagnostics& diagnostics, const LoadOptions& options) {
  LoadedContent out;
  Loader(read, diagnostics, options, out).run(nullptr);
  return out;
}

json makeBundle(const LoadedContent& loaded) {
  json files = json::object();
  for (const auto& [path, doc] : loaded.documents) {
    json value = doc.value;
    if (value.is_object()) value.erase("$schema");  // editor help only
    files[path] = std::move(value);
  }
  return json{{"format", kBundleFormat}, {"files", std::move(files)}};
}

LoadedContent loadBundle(std::string_view bundleText, Diagnostics& diagnostics) {
  LoadedContent out;
  // Plain nlohmann parsing: a bundle was written by `ekw bundle`, so positions are not needed, and the site
  // should not pay for a position table over a whole gemeente's content.
  if (!nestingWithin(bundleText, JsonLimits{}.maxDepth)) {
    diagnostics.add({Severity::Error, "bundle", {}, "", "invalid-json", "the content bundle nests too deeply"});
    return out;
  }
  json bundle = json::parse(bundleText, nullptr, /*allow_exceptions=*/false);
  if (bundle.is_discarded()) {
    diagnostics.add({Severity::Error, "bundle", {}, "", "invalid-json", "the content bundle is not valid JSON"});
    return out;
  }
  if (!bundle.is_object() || member(bundle, "format") != kBundleFormat || !member(bundle, "files").is_object()) {
    diagnostics.add({Severity::Error, "bundle", {}, "", "invalid-bundle",
                     std::string("this is not a content bundle (expected \"format\": \"") + kBundleFormat + "\")"});
    return out;
  }
  ReadFile none = [](const std::string&) -> std::optional<std::string> { return std::nullopt; };
  LoadOptions options;
  options.checkSchemas = false;  // `ekw bundle` only bundles content that validated
  Loader loader(none, diagnostics, options, out);
  loader.run(&bundle["files"]);
  return out;
}

}  // namespace ekw

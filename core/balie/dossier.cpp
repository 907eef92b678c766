#include "core/balie/dossier.h"

#include <algorithm>
#include <set>

#include "core/balie/routing.h"
#include "core/engine/advice.h"
#include "core/engine/forms.h"

namespace ekw::balie {

using nlohmann::json;

namespace {

bool ticked(const json& parts, const char* key) { return parts.is_object() && parts.value(key, false) == true; }

std::string str(const json& o, const char* key) {
  auto it = o.is_object() ? o.find(key) : o.end();
  return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

json routingJson(const Content& c, const SessionState& s, const Walk& walk, const json& balie) {
  std::vector<std::string> signals;
  if (balie.contains("signals") && balie["signals"].is_object())
    for (const json& list : balie["signals"])
      if (list.is_array())
        for (const json& id : list)
          if (id.is_string()) signals.push_back(id.get<std::string>());
  RoutingProposal p = proposeRouting(c, s, walk, signals);
  json reasons = json::array();
  for (const RoutingReason& r : p.reasons)
    reasons.push_back({{"code", r.code}, {"levensgebieden", r.levensgebieden}, {"sources", r.sources}});
  json out{{"proposed", p.propose}, {"reasons", reasons}};
  json decided = balie.value("routing", json::object());
  std::string decision = str(decided, "decision");
  if (!decision.empty()) out["decision"] = decision;
  if (!str(decided, "reason").empty()) out["reason"] = str(decided, "reason");
  return out;
}

json planJson(const Content& c, const SessionState& s, const Walk& walk, const json& b) {
  json plan{{"goals", json::array()}, {"actions", json::array()}, {"advice", json::array()}};
  for (const json& g : b.value("goals", json::array())) {
    json goal{{"text", str(g, "text")}};
    if (!str(g, "levensgebied").empty()) goal["levensgebied"] = str(g, "levensgebied");
    plan["goals"].push_back(goal);
  }
  for (const json& a : b.value("actions", json::array()))
    plan["actions"].push_back({{"who", str(a, "who")}, {"what", str(a, "what")}, {"by", str(a, "by")}});
  if (!str(b, "reviewDate").empty()) plan["reviewDate"] = str(b, "reviewDate");
  const json decisions = b.value("decisions", json::object());
  for (auto& [id, d] : decisions.items()) {
    if (!c.adviceItem(id)) continue;
    json item{{"id", id}, {"decision", str(d, "decision")}};
    if (!str(d, "reason").empty()) item["reason"] = str(d, "reason");
    plan["advice"].push_back(item);
  }
  plan["routing"] = routingJson(c, s, walk, b);
  json wmo = json::object();
  for (const char* key : {"melding", "onderzoek", "aanvraag", "beschikking"})
    if (!str(b.value("wmo", json::object()), key).empty()) wmo[key] = str(b["wmo"], key);
  if (!wmo.empty()) plan["wmo"] = wmo;
  return plan;
}

}  // namespace

json assembleDossier(const Content& c, const DossierInput& in, const std::string& language) {
  const SessionState& s = in.session;
  Walk walk = replay(c, s);
  const json parts = in.consent.value("parts", json::object());
  json consent{{"date", str(in.consent, "date")},
               {"recipient", str(in.consent, "recipient")},
               {"parts", {{"profile", ticked(parts, "profile")},
                          {"answers", json::object()},
                          {"notes", ticked(parts, "notes")},
                          {"plan", ticked(parts, "plan")},
                          {"forms", ticked(parts, "forms")}}},
               {"counting", in.consent.value("counting", false) == true}};
  for (const std::string& lg : s.levensgebieden)
    consent["parts"]["answers"][lg] = parts.contains("answers") && parts["answers"].value(lg, false) == true;
  const json exploration = in.balie.value("exploration", json());
  if (exploration.is_object()) consent["exploration"] = {{"date", str(exploration, "date")}, {"scope", exploration.value("scope", json::array())}};

  json d{{"format", kDossierFormat},
         {"id", in.id},
         {"created", in.created},
         {"language", language},
         {"content", {{"id", c.id}, {"version", c.version}}},
         {"consent", consent}};

  if (ticked(parts, "profile")) {
    json lgs = json::array();
    for (const std::string& lg : s.levensgebieden) {
      auto it = walk.outcomes.find(lg);
      lgs.push_back({{"id", lg}, {"level", it != walk.outcomes.end() ? json(it->second->level) : json(nullptr)}});
    }
    d["profile"] = {{"levensgebieden", lgs}, {"context", s.context}, {"person", s.person}};
  }

  json answers = json::array();
  for (const std::string& lg : s.levensgebieden) {
    if (!consent["parts"]["answers"][lg].get<bool>()) continue;
    json list = json::array();
    for (const Step& st : walk.steps) {
      if (!st.node->isQuestion() || st.tree->levensgebied != lg) continue;
      auto it = s.answers.find(st.node->id);
      if (it == s.answers.end()) continue;
      list.push_back({{"question", st.node->id},
                      {"text", st.node->text.in(language)},
                      {"value", *it},
                      {"answer", answerText(c, *st.node, *it, language)}});
    }
    answers.push_back({{"levensgebied", lg}, {"answers", list}});
  }
  if (!answers.empty()) d["answers"] = answers;

  if (ticked(parts, "notes")) {
    json notes = json::array();
    const json texts = in.balie.value("notes", json::object());
    const json signals = in.balie.value("signals", json::object());
    std::vector<std::string> order = s.levensgebieden;  // noted levensgebieden the resident did not walk come after
    for (const Levensgebied& lg : c.levensgebieden)
      if (std::find(order.begin(), order.end(), lg.id) == order.end()) order.push_back(lg.id);
    for (const std::string& lg : order) {
      std::string text = str(texts, lg.c_str());
      json list = json::array();
      for (const json& id : signals.value(lg, json::array()))
        if (id.is_string())
          if (const Signal* sig = c.signal(id.get<std::string>())) list.push_back({{"id", sig->id}, {"label", sig->label.in(language)}});
      if (text.empty() && list.empty()) continue;
      notes.push_back({{"levensgebied", lg}, {"text", text}, {"signals", list}});
    }
    d["notes"] = notes;
  }

  if (ticked(parts, "plan")) d["plan"] = planJson(c, s, walk, in.balie);

  if (ticked(parts, "forms")) {
    json forms = json::object();
    for (auto& [id, values] : in.forms.items())
      if (c.form(id) && values.is_object()) forms[id] = values;
    d["forms"] = forms;
  }
  return d;
}

bool importDossier(const Content& c, const json& d, ImportedDossier& out, std::string& error) {
  if (!d.is_object() || d.value("format", "") != kDossierFormat) {
    error = std::string("this is not a dossier (expected \"format\": \"") + kDossierFormat + "\")";
    return false;
  }
  out = ImportedDossier{};
  out.id = str(d, "id");
  const json content = d.value("content", json::object());
  out.sameContent = str(content, "id") == c.id && str(content, "version") == c.version;
  if (str(content, "id") != c.id) out.notKept.push_back({"content", str(content, "id"), "other-content"});
  out.consent = d.value("consent", json::object());
  auto known = [&](const std::string& lg) { return c.levensgebied(lg) && c.treeFor(lg); };

  // The session: levensgebieden in the order the profile (or else the answers) names them, then the answers.
  json session{{"format", kSessionFormat},
               {"content", content},
               {"levensgebieden", json::array()},
               {"answers", json::object()},
               {"context", json::object()},
               {"person", json::object()}};
  std::set<std::string> seen;
  auto addLevensgebied = [&](const std::string& lg) {
    if (!seen.insert(lg).second) return;
    if (known(lg)) session["levensgebieden"].push_back(lg);
    else out.notKept.push_back({"levensgebied", lg, "not-in-content"});
  };
  if (d.contains("profile") && d["profile"].is_object()) {
    const json& p = d["profile"];
    for (const json& lg : p.value("levensgebieden", json::array())) addLevensgebied(str(lg, "id"));
    if (p.value("context", json()).is_object()) session["context"] = p["context"];
    if (p.value("person", json()).is_object()) session["person"] = p["person"];
  }
  for (const json& group : d.value("answers", json::array())) {
    std::string lg = str(group, "levensgebied");
    addLevensgebied(lg);
    if (!known(lg)) continue;
    for (const json& a : group.value("answers", json::array()))
      if (!str(a, "question").empty() && a.contains("value")) session["answers"][str(a, "question")] = a["value"];
  }
  // A levensgebied whose path now stops at a new or changed question would take every later levensgebied's answers
  // off the path; the ones that still reach an outcome go first, so they keep everything.
  json complete = json::array(), incomplete = json::array();
  for (const json& lg : session["levensgebieden"]) {
    json one = session;
    one["levensgebieden"] = json::array({lg});
    SessionState s;
    std::vector<DroppedAnswer> ignored;
    bool done = sessionFromJson(c, one, s, ignored, error) && replay(c, s).done();
    (done ? complete : incomplete).push_back(lg);
  }
  for (const json& lg : incomplete) complete.push_back(lg);
  session["levensgebieden"] = complete;
  std::vector<DroppedAnswer> dropped;
  if (!sessionFromJson(c, session, out.session, dropped, error)) return false;
  for (const DroppedAnswer& a : dropped) out.notKept.push_back({"answer", a.question, a.reason});

  json& b = out.balie;
  if (out.consent.contains("exploration")) b["exploration"] = out.consent["exploration"];
  if (d.contains("notes")) {
    b["notes"] = json::object();
    b["signals"] = json::object();
    for (const json& n : d["notes"]) {
      std::string lg = str(n, "levensgebied");
      if (!c.levensgebied(lg)) {
        out.notKept.push_back({"notes", lg, "not-in-content"});
        continue;
      }
      if (!str(n, "text").empty()) b["notes"][lg] = str(n, "text");
      for (const json& sig : n.value("signals", json::array())) {
        const Signal* s = c.signal(str(sig, "id"));
        if (!s) out.notKept.push_back({"signal", str(sig, "id"), "not-in-content"});
        else b["signals"][lg].push_back(s->id);
      }
    }
  }
  if (d.contains("plan") && d["plan"].is_object()) {
    const json& p = d["plan"];
    b["goals"] = p.value("goals", json::array());
    b["actions"] = p.value("actions", json::array());
    if (!str(p, "reviewDate").empty()) b["reviewDate"] = str(p, "reviewDate");
    b["decisions"] = json::object();
    for (const json& a : p.value("advice", json::array())) {
      if (!c.adviceItem(str(a, "id"))) {
        out.notKept.push_back({"advice", str(a, "id"), "not-in-content"});
        continue;
      }
      json decision{{"decision", str(a, "decision")}};
      if (!str(a, "reason").empty()) decision["reason"] = str(a, "reason");
      b["decisions"][str(a, "id")] = decision;
    }
    const json routing = p.value("routing", json::object());
    if (!str(routing, "decision").empty()) {
      b["routing"] = {{"decision", str(routing, "decision")}};
      if (!str(routing, "reason").empty()) b["routing"]["reason"] = str(routing, "reason");
    }
    if (p.value("wmo", json()).is_object()) b["wmo"] = p["wmo"];
  }
  if (d.contains("forms") && d["forms"].is_object())
    for (auto& [id, values] : d["forms"].items()) {
      const Form* f = c.form(id);
      if (!f || !values.is_object()) {
        out.notKept.push_back({"form", id, "not-in-content"});
        continue;
      }
      json kept = json::object();
      for (auto& [field, value] : values.items()) {
        bool exists = false;
        for (const FormSection& s : f->sections)
          for (const FormField& fld : s.fields) exists |= fld.id == field;
        if (exists) kept[field] = value;
        else out.notKept.push_back({"field", id + "/" + field, "not-in-content"});
      }
      out.forms[id] = kept;
    }
  return true;
}

}  // namespace ekw::balie

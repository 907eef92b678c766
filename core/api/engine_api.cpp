#include "core/api/engine_api.h"

#include <exception>
#include <functional>
#include <map>

#include "core/content/model.h"
#include "core/engine/advice.h"
#include "core/engine/context_check.h"
#include "core/engine/forms.h"
#include "core/engine/messages.h"
#include "core/engine/session.h"
#include "core/engine/sociale_kaart.h"
#include "core/engine/text_match.h"

namespace ekw::api {

using nlohmann::json;

namespace {

struct RequestError {
  std::string code, message;
};

class Call {
 public:
  Call(const Content& content, const json& request) : c_(content), r_(request) {
    if (!r_.is_object()) throw RequestError{"bad-request", "the request must be a JSON object"};
    language_ = stringField("language");
    if (language_.empty()) language_ = "nl";
    if (std::find(c_.languages.begin(), c_.languages.end(), language_) == c_.languages.end()) language_ = "nl";
  }

  json overview() const {
    json lgs = json::array();
    for (const Levensgebied& lg : c_.levensgebieden)
      lgs.push_back({{"id", lg.id}, {"name", lg.name.in(language_)}, {"description", lg.description.in(language_)}});
    json texts = json::object();
    for (const auto& [key, text] : c_.texts) texts[key] = text.in(language_);
    json rungs = json::array();
    for (int r = 0; r <= 7; ++r) rungs.push_back({{"rung", r}, {"name", uiText(c_, "rung." + std::to_string(r), language_)}});
    json buuv = json::array();
    for (const BuuvTemplate& b : c_.buuvTemplates)
      buuv.push_back({{"id", b.id}, {"title", b.title.in(language_)}, {"kinds", b.kinds}, {"levensgebieden", b.levensgebieden}});
    return {{"content", {{"id", c_.id}, {"name", c_.name.in(language_)}, {"version", c_.version}, {"languages", c_.languages}}},
            {"levensgebieden", lgs},
            {"wijken", named(c_.wijken)},
            {"targetGroups", named(c_.targetGroups)},
            {"texts", texts},
            {"rungs", rungs},
            {"buuv", buuv}};
  }

  json match() const {
    json out = json::array();
    for (const Match& m : matchLevensgebieden(c_, stringField("text"), language_))
      out.push_back({{"id", m.levensgebied->id}, {"name", m.levensgebied->name.in(language_)}, {"score", m.score}});
    return {{"levensgebieden", out}};
  }

  json start() {
    SessionState s;
    if (r_.contains("levensgebieden")) {
      if (!r_["levensgebieden"].is_array()) throw RequestError{"bad-request", "\"levensgebieden\" must be a list of ids"};
      for (const json& id : r_["levensgebieden"]) {
        if (!id.is_string() || !c_.levensgebied(id.get<std::string>()) || !c_.treeFor(id.get<std::string>()))
          throw RequestError{"unknown-levensgebied", "unknown levensgebied " + id.dump()};
        if (std::find(s.levensgebieden.begin(), s.levensgebieden.end(), id.get<std::string>()) == s.levensgebieden.end())
          s.levensgebieden.push_back(id.get<std::string>());
      }
    } else if (r_.contains("text")) {
      for (const Match& m : matchLevensgebieden(c_, stringField("text"), language_)) s.levensgebieden.push_back(m.levensgebied->id);
    }
    if (s.levensgebieden.empty())
      throw RequestError{"nothing-chosen", uiText(c_, "error.start.nothingChosen", language_)};
    if (const json* context = objectField("context")) s.context = checkedContext(*context, "bad-context");
    if (const json* person = objectField("person")) s.person = *person;
    return view(s, nullptr);
  }

  json answer() {
    SessionState s = session();
    Problem p = answerQuestion(c_, s, r_.value("value", json(nullptr)), boolField("unknown"), boolField("skip"));
    if (!p.ok()) {  // the state is unchanged: show the same question with the message
      json v = view(s, nullptr);
      v["answerError"] = problemJson(c_, p, language_);
      return v;
    }
    return view(s, nullptr);
  }

  json back() {
    SessionState s = session();
    goBack(c_, s);
    return view(s, nullptr);
  }

  json current() { return view(session(), nullptr); }

  json setContext() {
    SessionState s = session();
    if (const json* context = objectField("context"))
      for (auto it = context->begin(); it != context->end(); ++it) s.context[it.key()] = *it;
    s.context = checkedContext(s.context, "bad-context");
    return view(s, nullptr);
  }

  json restore() {
    SessionState s;
    std::vector<DroppedAnswer> dropped;
    std::string error;
    if (!sessionFromJson(c_, r_.value("session", json(nullptr)), s, dropped, error)) throw RequestError{"bad-session", error};
    json d = json::array();
    for (const DroppedAnswer& a : dropped) d.push_back({{"question", a.question}, {"reason", a.reason}});
    // A saved session the reader accepts is never refused for its context: a field out of range (saved by an older
    // site, or edited) is dropped and named, the answers are kept.
    json droppedContext = json::array();
    for (const ContextProblem& p : contextProblems(s.context)) {
      if (!p.field.empty()) s.context.erase(p.field);
      droppedContext.push_back({{"field", p.field}, {"reason", p.message}});
    }
    if (!s.context.is_object()) s.context = json::object();
    const json& saved = r_["session"];
    bool sameContent = saved.contains("content") && saved["content"].is_object() &&
                       saved["content"].contains("version") && saved["content"]["version"] == c_.version;
    return view(s, {{"dropped", d}, {"droppedContext", droppedContext}, {"contentChanged", !sameContent}});
  }

  json advice() {
    SessionState s = session();
    Walk walk = replay(c_, s);
    ServiceFit fit = ServiceFit::fromContext(s.context);
    if (std::string wijk = stringField("wijk"); !wijk.empty()) fit.wijk = wijk;
    fit.query = normaliseForSearch(stringField("query"));
    AdvicePlan plan = buildAdvice(c_, s, walk);
    json urgent = json::array();
    for (const Advice* a : plan.urgent) urgent.push_back(adviceJson(c_, *a, fit, language_));
    json groups = json::array();
    for (const AdviceGroup& g : plan.groups) {
      json items = json::array();
      for (const Advice* a : g.advice) items.push_back(adviceJson(c_, *a, fit, language_));
      json level = g.outcome ? json(g.outcome->level) : json(nullptr);
      groups.push_back({{"id", g.levensgebied->id},
                        {"name", g.levensgebied->name.in(language_)},
                        {"level", level},
                        {"levelText", g.outcome ? uiText(c_, "level." + std::to_string(g.outcome->level), language_) : ""},
                        {"outcome", g.outcome ? g.outcome->text.in(language_) : ""},
                        {"summary", summaryText(c_, s, walk, g.levensgebied->id, language_)},
                        {"advice", items}});
    }
    json forms = json::array();
    for (const Form* f : plan.forms) forms.push_back({{"id", f->id}, {"name", f->name.in(language_)}, {"kind", f->kind}});
    return {{"done", walk.done()}, {"urgent", urgent}, {"levensgebieden", groups}, {"forms", forms}};
  }

  json services() const {
    ServiceQuery q;
    q.text = stringField("query");
    q.filter.levensgebied = stringField("levensgebied");
    q.fit.wijk = stringField("wijk");
    if (r_.contains("limit")) {
      const json& limit = r_["limit"];
      if (!limit.is_number_unsigned() || limit.get<std::uint64_t>() > 100000)
        throw RequestError{"bad-request", "\"limit\" must be a whole number from 0 to 100000"};
      q.limit = limit.get<std::size_t>();
    }
    ServiceResults results = searchServices(c_, q);
    json list = json::array();
    for (const Service* s : results.services) list.push_back(serviceJson(c_, *s, language_));
    return {{"total", results.total}, {"services", list}};
  }

  json buuv() const {
    const BuuvTemplate* t = c_.buuvTemplate(stringField("template"));
    if (!t) throw RequestError{"unknown-template", "unknown BUUV template " + json(stringField("template")).dump()};
    std::string kind = stringField("kind");
    if (kind.empty()) kind = "vraag";
    if (kind != "vraag" && kind != "aanbod") throw RequestError{"bad-request", "\"kind\" must be \"vraag\" or \"aanbod\""};
    if (std::find(t->kinds.begin(), t->kinds.end(), kind) == t->kinds.end())
      throw RequestError{"bad-request", "this template cannot be used to " + std::string(kind == "vraag" ? "ask" : "offer")};
    std::string text = (kind == "vraag" ? t->request : t->offer).in(language_);
    std::string wijk = stringField("wijk");
    for (const Named& w : c_.wijken)
      if (w.id == wijk) wijk = w.name.in(language_);
    replaceAll(text, "{wijk}", wijk.empty() ? (language_ == "en" ? "my neighbourhood" : "mijn buurt") : wijk);
    replaceAll(text, "{naam}", stringField("naam"));
    return {{"id", t->id}, {"title", t->title.in(language_)}, {"kind", kind}, {"text", text}};
  }

  json form() {
    const Form* f = c_.form(stringField("form"));
    if (!f) throw RequestError{"unknown-form", "unknown form " + json(stringField("form")).dump()};
    SessionState s = r_.contains("session") ? session() : SessionState{};
    return prefilledForm(c_, *f, s, replay(c_, s), language_);
  }

  json checkFormValues() const {
    const Form* f = c_.form(stringField("form"));
    if (!f) throw RequestError{"unknown-form", "unknown form " + json(stringField("form")).dump()};
    const json* values = objectField("values");
    return checkForm(c_, *f, values ? *values : json::object(), language_);
  }

  json dossier() {
    SessionState s = session();
    Walk walk = replay(c_, s);
    json answers = json::array();
    for (const Step& st : walk.steps) {
      if (!st.node->isQuestion()) continue;
      auto it = s.answers.find(st.node->id);
      answers.push_back({{"levensgebied", st.tree->levensgebied},
                         {"question", st.node->id},
                         {"text", st.node->text.in(language_)},
                         {"value", *it},
                         {"answer", answerText(c_, *st.node, *it, language_)}});
    }
    json adv = advice();
    return {{"format", "ekw-dossier/1"},
            {"content", {{"id", c_.id}, {"version", c_.version}}},
            {"created", s.context.value("today", "")},
            {"forSomeoneElse", s.context.value("forSomeoneElse", false)},
            {"answers", answers},
            {"profile", ruleData(s, walk)["profile"]},
            {"advice", adv},
            {"forms", r_.value("forms", json::object())},
            {"notes", r_.value("notes", json::array())},
            {"session", sessionToJson(c_, s)}};
  }

  json view(const SessionState& s, json restored) const {
    Walk walk = replay(c_, s);
    Progress p = progressOf(c_, s, walk);
    json question = nullptr;
    if (const Node* n = walk.shown(s)) question = questionJson(*n, *walk.shownTree(s), s);
    json urgent = json::array();
    ServiceFit fit = ServiceFit::fromContext(s.context);
    for (const Advice* a : urgentAdvice(c_, s, walk)) urgent.push_back(adviceJson(c_, *a, fit, language_));
    std::size_t lgIndex = 0;
    if (const Tree* t = walk.shownTree(s))
      for (std::size_t i = 0; i < s.levensgebieden.size(); ++i)
        if (s.levensgebieden[i] == t->levensgebied) lgIndex = i + 1;
    std::size_t cursorTmp = s.cursor ? *s.cursor : walk.steps.size();
    bool canGoBack = false;
    for (std::size_t i = 0; i < cursorTmp && i < walk.steps.size(); ++i) canGoBack |= walk.steps[i].node->isQuestion();
    json v{{"session", sessionToJson(c_, s)},
           {"done", walk.done() && !s.cursor},
           {"canGoBack", canGoBack},
           {"question", question},
           {"progress", {{"answered", p.answered},
                         {"remaining", p.remaining()},
                         {"remainingMin", p.remainingMin},
                         {"remainingMax", p.remainingMax},
                         {"percent", walk.done() && !s.cursor ? 100 : p.percent()},
                         {"levensgebied", {{"index", lgIndex}, {"count", s.levensgebieden.size()}}}}},
           {"urgent", urgent}};
    if (!restored.is_null()) v["restored"] = std::move(restored);
    return v;
  }

 private:
  const Content& c_;
  const json& r_;
  std::string language_;

  static void replaceAll(std::string& text, const std::string& from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) text.replace(at, from.size(), to);
  }

  json named(const std::vector<Named>& list) const {
    json out = json::array();
    for (const Named& n : list) out.push_back({{"id", n.id}, {"name", n.name.in(language_)}});
    return out;
  }

  // Request fields: absent or null means "not given"; any other wrong type is refused with the field's name.
  std::string stringField(const char* key) const {
    auto it = r_.find(key);
    if (it == r_.end() || it->is_null()) return std::string();
    if (!it->is_string()) throw RequestError{"bad-request", std::string("\"") + key + "\" must be a text"};
    return it->get<std::string>();
  }
  bool boolField(const char* key) const {
    auto it = r_.find(key);
    if (it == r_.end() || it->is_null()) return false;
    if (!it->is_boolean()) throw RequestError{"bad-request", std::string("\"") + key + "\" must be true or false"};
    return it->get<bool>();
  }
  const json* objectField(const char* key) const {
    auto it = r_.find(key);
    if (it == r_.end() || it->is_null()) return nullptr;
    if (!it->is_object()) throw RequestError{"bad-request", std::string("\"") + key + "\" must be an object"};
    return &*it;
  }

  static json checkedContext(const json& context, const char* code) {
    std::vector<ContextProblem> problems = contextProblems(context);
    if (!problems.empty()) throw RequestError{code, problems.front().message};
    return context;
  }

  SessionState session() const {
    SessionState s;
    std::vector<DroppedAnswer> dropped;
    std::string error;
    if (!r_.contains("session") || !sessionFromJson(c_, r_["session"], s, dropped, error))
      throw RequestError{"bad-session", error.empty() ? "the request needs a \"session\"" : error};
    std::vector<ContextProblem> problems = contextProblems(s.context);
    if (!problems.empty()) throw RequestError{"bad-session", "the session's " + problems.front().message};
    return s;
  }

  json questionJson(const Node& n, const Tree& t, const SessionState& s) const {
    const Levensgebied* lg = c_.levensgebied(t.levensgebied);
    json options = json::array();
    if (n.type == NodeType::YesNo) {
      for (const char* id : {"ja", "nee"}) {
        const Option* o = n.option(id);
        std::string label = o && !o->label.empty() ? o->label.in(language_) : uiText(c_, std::string("yesno.") + id, language_);
        options.push_back({{"id", id}, {"label", label}, {"exclusive", false}});
      }
    }
    for (const Option& o : n.options)
      if (n.type != NodeType::YesNo) options.push_back({{"id", o.id}, {"label", o.label.in(language_)}, {"exclusive", o.exclusive}});
    json q{{"id", n.id},
           {"levensgebied", {{"id", t.levensgebied}, {"name", lg ? lg->name.in(language_) : t.levensgebied}}},
           {"type", nodeTypeName(n.type)},
           {"text", n.text.in(language_)},
           {"hint", n.hint.in(language_)},
           {"why", n.why.in(language_)},
           {"options", options},
           {"allowUnknown", n.allowUnknown},
           {"optional", n.optional},
           {"unit", n.unit.in(language_)},
           {"maxLength", n.maxLength}};
    if (n.min) q["min"] = *n.min;
    if (n.max) q["max"] = *n.max;
    q["integer"] = n.integer;
    auto it = s.answers.find(n.id);
    if (it != s.answers.end()) {
      q["answer"] = *it;
      q["answeredUnknown"] = it->is_null();
    }
    return q;
  }
};

using Method = std::function<json(Call&)>;

const std::map<std::string, Method, std::less<>>& methods() {
  static const std::map<std::string, Method, std::less<>> table = {
      {"overview", [](Call& c) { return c.overview(); }},
      {"match", [](Call& c) { return c.match(); }},
      {"start", [](Call& c) { return c.start(); }},
      {"answer", [](Call& c) { return c.answer(); }},
      {"back", [](Call& c) { return c.back(); }},
      {"view", [](Call& c) { return c.current(); }},
      {"setContext", [](Call& c) { return c.setContext(); }},
      {"restore", [](Call& c) { return c.restore(); }},
      {"advice", [](Call& c) { return c.advice(); }},
      {"services", [](Call& c) { return c.services(); }},
      {"buuv", [](Call& c) { return c.buuv(); }},
      {"form", [](Call& c) { return c.form(); }},
      {"checkForm", [](Call& c) { return c.checkFormValues(); }},
      {"dossier", [](Call& c) { return c.dossier(); }},
  };
  return table;
}

json errorJson(const std::string& code, const std::string& message) {
  return {{"error", {{"code", code}, {"message", message}}}};
}

}  // namespace

json handle(const Content& content, std::string_view method, const json& request) {
  auto it = methods().find(method);
  if (it == methods().end()) return errorJson("unknown-method", "unknown method \"" + std::string(method) + "\"");
  try {
    Call call(content, request);
    return it->second(call);
  } catch (const RequestError& e) {
    return errorJson(e.code, e.message);
  } catch (const std::exception&) {  // a library's words (e.g. nlohmann's type errors) are not for the shells
    return errorJson("bad-request", "the request could not be handled: a field has a value of the wrong type or size");
  }
}

}  // namespace ekw::api

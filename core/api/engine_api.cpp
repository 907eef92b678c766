#include "core/api/engine_api.h"

#include <algorithm>
#include <exception>
#include <functional>
#include <map>

#include "core/balie/counts.h"
#include "core/balie/dossier.h"
#include "core/balie/ical.h"
#include "core/balie/plan_check.h"
#include "core/balie/routing.h"
#include "core/balie/wmo_route.h"
#include "core/content/model.h"
#include "core/engine/advice.h"
#include "core/engine/brp.h"
#include "core/engine/buuv.h"
#include "core/content/context_check.h"
#include "core/engine/first_steps.h"
#include "core/engine/forms.h"
#include "core/engine/live_sessions.h"
#include "core/engine/messages.h"
#include "core/engine/service_filters.h"
#include "core/engine/session.h"
#include "core/engine/situation.h"
#include "core/engine/sociale_kaart.h"
#include "core/engine/stemmer.h"
#include "core/engine/text_match.h"
#include "core/engine/time_estimate.h"

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
    for (const Levensgebied& lg : c_.levensgebieden) {
      json item{{"id", lg.id}, {"name", lg.name.in(language_)}, {"description", lg.description.in(language_)}};
      // A levensgebied that can lead to direct help (rung 0) is a safety topic: the site offers "Snel weg" there.
      item["safety"] = std::any_of(c_.advice.begin(), c_.advice.end(),
                                   [&](const Advice& a) { return a.rung == 0 && a.levensgebied == lg.id; });
      if (const Tree* t = c_.treeFor(lg.id)) {
        TimeEstimate e = estimateTime(*t);
        item["estimate"] = {{"minutes", e.minutes}, {"questions", {{"fewest", e.fewest}, {"typical", e.typical}, {"most", e.most}}}};
      }
      lgs.push_back(std::move(item));
    }
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
            {"buuv", buuv},
            {"serviceFilters", serviceFilters()}};
  }

  json serviceFilters() const {
    ServiceFilterData d = serviceFilterData(c_);
    json groups = json::array();
    for (const std::string& id : d.targetGroups)
      for (const Named& g : c_.targetGroups)
        if (g.id == id) groups.push_back({{"id", g.id}, {"name", g.name.in(language_)}});
    return {{"wijk", d.wijk && !c_.wijken.empty()}, {"age", d.age}, {"targetGroups", groups}};
  }

  json match() const {
    TextMatch tm = matchText(c_, stringField("text"), language_);
    json out = json::array();
    for (const Match& m : tm.levensgebieden)
      out.push_back({{"id", m.levensgebied->id}, {"name", m.levensgebied->name.in(language_)}, {"score", m.score},
                     {"words", m.words}, {"safety", m.levensgebied->safety}});
    json signals = json::array();
    SessionState s;
    s.context["signals"] = json::array();
    for (const SignalMatch& sm : tm.signals) {
      signals.push_back({{"id", sm.signal->id}, {"name", sm.signal->name.in(language_)}, {"words", sm.words}});
      s.context["signals"].push_back(sm.signal->id);
    }
    // Direct help for what the words signal, to show before anything else (no session exists yet).
    json urgent = urgentJson(c_, urgentAdvice(c_, s, replay(c_, s)), ServiceFit{}, language_);
    return {{"levensgebieden", out}, {"signals", signals}, {"urgent", urgent}};
  }

  // The Snowball stems of words, as matching sees them (normalised first): for editors choosing keywords, and for
  // the test that the browser's stems agree with the native ones.
  json stems() const {
    json out = json::array();
    if (r_.contains("words") && r_["words"].is_array())
      for (const json& w : r_["words"]) {
        std::string word = w.is_string() ? normaliseForSearch(w.get<std::string>()) : std::string();
        word.erase(std::remove(word.begin(), word.end(), ' '), word.end());
        out.push_back(stemWord(language_, word));
      }
    return {{"stems", out}};
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
    }
    // The resident's own words: matched topics when none were chosen, and always the danger they signal.
    TextMatch words = matchText(c_, stringField("text"), language_);
    if (!r_.contains("levensgebieden"))
      for (const Match& m : words.levensgebieden) s.levensgebieden.push_back(m.levensgebied->id);
    if (s.levensgebieden.empty())
      throw RequestError{"nothing-chosen", uiText(c_, "error.start.nothingChosen", language_)};
    if (const json* context = objectField("context")) s.context = checkedContext(*context, "bad-context");
    if (!words.signals.empty()) {
      json signals = json::array();
      for (const SignalMatch& sm : words.signals) signals.push_back(sm.signal->id);
      s.context["signals"] = signals;
      for (const Levensgebied& lg : c_.levensgebieden)  // danger in the words: veiligheid is walked, and first
        if (lg.safety && std::find(s.levensgebieden.begin(), s.levensgebieden.end(), lg.id) == s.levensgebieden.end())
          s.levensgebieden.push_back(lg.id);
    }
    safetyFirst(c_, s.levensgebieden);
    if (const json* person = objectField("person")) s.person = *person;
    Walk walk = replay(c_, s);
    return viewLive(std::move(s), std::move(walk));
  }

  // One decode and one walk per call at most: session() reuses a live session or walks the saved answers once,
  // answering moves that walk on, and the result stays live for the next call.
  json answer() {
    Walk walk;
    SessionState s = session(&walk);
    Problem p = answerQuestion(c_, s, walk, r_.value("value", json(nullptr)), boolField("unknown"), boolField("skip"));
    json v = viewLive(std::move(s), std::move(walk));
    if (!p.ok()) v["answerError"] = problemJson(c_, p, language_);  // the state is unchanged: the same question
    return v;
  }

  json back() {
    Walk walk;
    SessionState s = session(&walk);
    goBack(c_, s, walk);
    return viewLive(std::move(s), std::move(walk));
  }

  json current() {
    Walk walk;
    SessionState s = session(&walk);
    return viewLive(std::move(s), std::move(walk));
  }

  json setContext() {
    SessionState s = session();
    if (const json* context = objectField("context"))
      for (auto it = context->begin(); it != context->end(); ++it) s.context[it.key()] = *it;
    s.context = checkedContext(s.context, "bad-context");
    return view(s, replay(c_, s), nullptr);  // branches can read the context: walk again
  }

  json restore() {
    SessionState s;
    std::vector<DroppedAnswer> dropped;
    std::string error;
    Walk walk;
    if (!sessionFromJson(c_, r_.value("session", json(nullptr)), s, dropped, error, &walk))
      throw RequestError{"bad-session", error};
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
    if (!droppedContext.empty()) walk = replay(c_, s);  // rules read the context: walk without what was dropped
    return view(s, walk, {{"dropped", d}, {"droppedContext", droppedContext}, {"contentChanged", !sameContent}});
  }

  json advice() {
    Walk walk;
    SessionState s = session(&walk);
    return advice(s, walk);
  }

  json advice(const SessionState& s, const Walk& walk) {
    ServiceFit fit = ServiceFit::fromContext(s.context);
    if (std::string wijk = stringField("wijk"); !wijk.empty()) fit.wijk = wijk;
    fit.query = normaliseForSearch(stringField("query"));
    AdvicePlan plan = buildAdvice(c_, s, walk);
    bool other = forSomeoneElse(s);
    json urgent = urgentJson(c_, plan.urgent, fit, language_);
    json groups = json::array();
    for (const AdviceGroup& g : plan.groups) {
      json items = json::array();
      for (const Advice* a : g.advice) items.push_back(adviceJson(c_, *a, fit, language_, other));
      json group = levelJson(*g.levensgebied, g.outcome, g.known);
      group["summary"] = summaryText(c_, s, walk, g.levensgebied->id, language_);
      group["advice"] = items;
      groups.push_back(std::move(group));
    }
    json forms = json::array();
    for (const Form* f : plan.forms) forms.push_back({{"id", f->id}, {"name", f->name.in(language_)}, {"kind", f->kind}});
    json first = json::array();
    for (const Advice* a : firstSteps(plan)) first.push_back(adviceJson(c_, *a, fit, language_));
    return {{"done", walk.done()}, {"urgent", urgent}, {"firstSteps", first}, {"levensgebieden", groups}, {"forms", forms}};
  }

  // "Uw situatie" as the page draws it: per levensgebied its level, outcome and answers as text; where to go on.
  json situation() {
    Walk walk;
    SessionState s = session(&walk);
    json areas = json::array();
    for (const SituationArea& a : situationOf(c_, s, walk, language_)) {
      json answers = json::array();
      for (const AnsweredQuestion& q : a.answers)
        answers.push_back({{"question", q.question->id}, {"text", q.question->text.in(language_)}, {"answer", q.answer}});
      json area = levelJson(*a.levensgebied, a.outcome, a.known);
      area["answers"] = answers;
      areas.push_back(std::move(area));
    }
    const Node* shown = walk.shown(s);
    return {{"done", walk.done() && !s.cursor},
            {"question", shown ? json(shown->id) : json(nullptr)},
            {"urgent", urgentJson(c_, urgentAdvice(c_, s, walk), ServiceFit::fromContext(s.context), language_)},
            {"levensgebieden", areas}};
  }

  // Straight to one question of the path (a "Wijzigen" link, the browser's back and forward buttons).
  json goTo() {
    Walk walk;
    SessionState s = session(&walk);
    std::string id = stringField("question");
    if (!ekw::goTo(s, walk, id))
      throw RequestError{"not-on-path", "question " + json(id).dump() + " is not on the path of these answers"};
    return view(s, walk, nullptr);
  }

  json services() const {
    ServiceQuery q;
    q.text = stringField("query");
    q.filter.levensgebied = stringField("levensgebied");
    q.fit.wijk = stringField("wijk");
    if (r_.contains("age")) {
      // The same rule as the session context's age (core/content/context_check.h).
      json asContext{{"age", r_["age"]}};
      if (std::vector<ContextProblem> p = contextProblems(asContext); !p.empty()) throw RequestError{"bad-request", p.front().message};
      q.fit.age = contextAge(asContext).value_or(-1);
    }
    if (std::string group = stringField("targetGroup"); !group.empty()) q.fit.targetGroups.push_back(group);
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

  // One service with everything the sociale kaart holds about it, for its own page.
  json service() const {
    const Service* s = c_.service(stringField("id"));
    if (!s) throw RequestError{"unknown-service", "unknown service " + json(stringField("id")).dump()};
    json j = serviceJson(c_, *s, language_);
    if (const Organization* o = c_.organization(s->organization)) {
      j["organization"]["description"] = o->description.in(language_);
      j["organization"]["alternateName"] = o->alternateName;
    }
    json groups = json::array();
    for (const std::string& id : s->targetGroups)
      for (const Named& g : c_.targetGroups)
        if (g.id == id) groups.push_back({{"id", g.id}, {"name", g.name.in(language_)}});
    j["targetGroupNames"] = groups;
    j["status"] = s->status;
    j["sources"] = s->sources;
    return j;
  }

  json buuv() const {
    const BuuvTemplate* t = c_.buuvTemplate(stringField("template"));
    if (!t) throw RequestError{"unknown-template", "unknown BUUV template " + json(stringField("template")).dump()};
    std::string kind = stringField("kind");
    if (kind.empty()) kind = "vraag";
    if (kind != "vraag" && kind != "aanbod") throw RequestError{"bad-request", "\"kind\" must be \"vraag\" or \"aanbod\""};
    if (std::find(t->kinds.begin(), t->kinds.end(), kind) == t->kinds.end())
      throw RequestError{"bad-request", "this template cannot be used to " + std::string(kind == "vraag" ? "ask" : "offer")};
    std::string wijk = stringField("wijk");
    for (const Named& w : c_.wijken)
      if (w.id == wijk) wijk = w.name.in(language_);
    std::string text = fillBuuvTemplate((kind == "vraag" ? t->request : t->offer).in(language_),
                                        {{"wijk", wijk}, {"naam", stringField("naam")}});
    return {{"id", t->id}, {"title", t->title.in(language_)}, {"kind", kind}, {"text", text}};
  }

  json form() {
    const Form* f = c_.form(stringField("form"));
    if (!f) throw RequestError{"unknown-form", "unknown form " + json(stringField("form")).dump()};
    SessionState s = formSession();
    return prefilledForm(c_, *f, s, replay(c_, s), formValues(), language_);
  }

  json checkFormValues() const {
    const Form* f = c_.form(stringField("form"));
    if (!f) throw RequestError{"unknown-form", "unknown form " + json(stringField("form")).dump()};
    SessionState s = formSession();
    return checkForm(c_, *f, s, replay(c_, s), formValues(), language_);
  }

  // The portal's BRP response -> the Persoon parts core reads; the site keeps it in memory and passes it as
  // "person" to form and checkForm.
  json readBrpResponse() const {
    if (!r_.contains("response")) throw RequestError{"bad-request", "the request needs the portal's \"response\""};
    BrpReading b = readBrp(r_["response"]);
    if (!b.ok())
      throw RequestError{"bad-brp", b.problems.empty() ? "the BRP response holds none of the data a form uses"
                                                       : "the BRP response cannot be read: " + b.problems.front()};
    return {{"person", b.person}, {"problems", b.problems}};
  }

  json dossier() {
    Walk walk;
    SessionState s = session(&walk);
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
    json adv = advice(s, walk);
    return {{"format", "ekw-dossier/1"},
            {"content", {{"id", c_.id}, {"version", c_.version}}},
            {"created", s.context.value("today", "")},
            {"forSomeoneElse", s.context.value("forSomeoneElse", false)},
            {"answers", answers},
            {"profile", ruleData(s, walk).at("profile")},
            {"advice", adv},
            {"forms", r_.value("forms", json::object())},
            {"notes", r_.value("notes", json::array())},
            {"session", sessionToJson(c_, s)}};
  }

  // --- balie mode (core/balie) -------------------------------------------------------------------------------------

  json balieOverview() const {
    SessionState s;
    if (r_.contains("session") && !r_["session"].is_null()) s = session();
    Walk walk = replay(c_, s);
    json lgs = json::array();
    for (const Levensgebied& lg : c_.levensgebieden) {
      bool chosen = std::find(s.levensgebieden.begin(), s.levensgebieden.end(), lg.id) != s.levensgebieden.end();
      auto out = walk.outcomes.find(lg.id);
      json signals = json::array();
      for (const Signal& sig : c_.signals)
        if (sig.levensgebied == lg.id)
          signals.push_back({{"id", sig.id}, {"label", sig.label.in(language_)}, {"coordination", sig.coordination}, {"sources", sig.sources}});
      int level = out != walk.outcomes.end() ? out->second->level : 0;
      lgs.push_back({{"id", lg.id},
                     {"name", lg.name.in(language_)},
                     {"walked", chosen},
                     {"done", out != walk.outcomes.end()},
                     {"canWalk", c_.treeFor(lg.id) != nullptr},
                     {"level", level ? json(level) : json(nullptr)},
                     {"levelText", level ? uiText(c_, "level." + std::to_string(level), language_) : ""},
                     {"signals", signals}});
    }
    return {{"levensgebieden", lgs}, {"routing", routingJson(s, walk)}};
  }

  json addLevensgebieden() {
    SessionState s = session();
    if (!r_.contains("levensgebieden") || !r_["levensgebieden"].is_array())
      throw RequestError{"bad-request", "\"levensgebieden\" must be a list of ids"};
    for (const json& id : r_["levensgebieden"]) {
      if (!id.is_string() || !c_.levensgebied(id.get<std::string>()) || !c_.treeFor(id.get<std::string>()))
        throw RequestError{"unknown-levensgebied", "unknown levensgebied " + id.dump()};
      if (std::find(s.levensgebieden.begin(), s.levensgebieden.end(), id.get<std::string>()) == s.levensgebieden.end())
        s.levensgebieden.push_back(id.get<std::string>());
    }
    s.cursor.reset();  // go on with the first question not yet answered
    return view(s, nullptr);
  }

  json wmoRoute() const {
    json w = r_.value("wmo", json::object());
    if (!w.is_object()) throw RequestError{"bad-request", "\"wmo\" must be an object of dates"};
    auto date = [&](const char* key) { return w.value(key, json()).is_string() ? w[key].get<std::string>() : std::string(); };
    balie::WmoRoute route = balie::wmoRoute({date("melding"), date("onderzoek"), date("aanvraag"), date("beschikking"), stringField("today")});
    json steps = json::array();
    for (const balie::WmoStep& st : route.steps) {
      json step{{"id", st.id},
                {"label", uiText(c_, "balie.wmo." + st.id, language_)},
                {"date", st.date},
                {"deadline", st.deadline},
                {"status", balie::stepStatusName(st.status)}};
      if (!st.deadline.empty() && st.date.empty()) step["daysLeft"] = st.daysLeft;
      steps.push_back(step);
    }
    json problems = json::array();
    for (const balie::WmoProblem& p : route.problems)
      problems.push_back({{"field", p.field}, {"code", p.code}, {"message", uiText(c_, "balie.wmo.error." + p.code, language_)}});
    return {{"steps", steps}, {"problems", problems}, {"terms", {{"onderzoekDays", balie::kOnderzoekDays}, {"beschikkingDays", balie::kBeschikkingDays}}}};
  }

  json checkBalie() const { return balie::checkBalie(c_, r_.value("balie", json::object()), language_); }
  json checkConsent() const { return balie::checkConsent(c_, r_.value("consent", json()), language_); }

  json dossierExport() const {
    balie::DossierInput in;
    in.session = session();
    in.balie = r_.value("balie", json::object());
    in.forms = r_.value("forms", json::object());
    in.consent = r_.value("consent", json());
    in.id = stringField("id");
    in.created = stringField("created");
    if (in.id.empty() || in.created.empty()) throw RequestError{"bad-request", "a dossier needs an \"id\" and a \"created\" time"};
    for (const json& check : {balie::checkConsent(c_, in.consent, language_), balie::checkBalie(c_, in.balie, language_)})
      if (!check["ok"].get<bool>()) throw RequestError{"not-ready", check["errors"][0]["message"].get<std::string>()};
    return balie::assembleDossier(c_, in, language_);
  }

  json dossierImport() const {
    balie::ImportedDossier d;
    std::string error;
    if (!balie::importDossier(c_, r_.value("dossier", json()), d, error)) throw RequestError{"bad-dossier", error};
    json notKept = json::array();
    for (const balie::NotKept& n : d.notKept) notKept.push_back({{"kind", n.kind}, {"id", n.id}, {"reason", n.reason}});
    json v = view(d.session, nullptr);
    return {{"view", v}, {"session", v["session"]}, {"balie", d.balie}, {"forms", d.forms}, {"consent", d.consent},
            {"id", d.id}, {"sameContent", d.sameContent}, {"notKept", notKept}};
  }

  json reviewIcs() const {
    balie::Reminder rem{stringField("id") + "@eigen-krachtwijzer", stringField("created"), stringField("reviewDate"),
                        uiText(c_, "balie.ics.summary", language_), stringField("description")};
    if (!r_.value("name", json()).is_null() && !stringField("name").empty()) rem.summary += ": " + stringField("name");
    std::string ics = balie::reminderIcs(rem);
    if (ics.empty()) throw RequestError{"bad-request", uiText(c_, "balie.error.date", language_)};
    return {{"ics", ics}, {"filename", "evaluatie-" + rem.date + ".ics"}};
  }

  json counts() const {
    SessionState s = session();
    std::string siteId = stringField("siteId");
    json events = json::array(), requests = json::array();
    for (const balie::CountEvent& e : balie::countEvents(c_, s, r_.value("balie", json::object()))) {
      events.push_back({{"category", e.category}, {"action", e.action}, {"name", e.name}});
      if (!siteId.empty()) requests.push_back(balie::matomoQuery(e, siteId));
    }
    return {{"events", events}, {"requests", requests}};
  }

  json routingJson(const SessionState& s, const Walk& walk) const {
    std::vector<std::string> signals;
    const json noted = r_.value("balie", json::object()).value("signals", json::object());
    if (noted.is_object())
      for (const json& list : noted)
        for (const json& id : list.is_array() ? list : json::array())
          if (id.is_string()) signals.push_back(id.get<std::string>());
    balie::RoutingProposal p = balie::proposeRouting(c_, s, walk, signals);
    json reasons = json::array();
    for (const balie::RoutingReason& r : p.reasons) {
      std::string names;
      for (const std::string& lg : r.levensgebieden) {
        const Levensgebied* l = c_.levensgebied(lg);
        names += (names.empty() ? "" : ", ") + (l ? l->name.in(language_) : lg);
      }
      std::string text = fillPlaceholders(uiText(c_, "balie.routing." + r.code, language_), {{"names", names}});
      reasons.push_back({{"code", r.code}, {"text", text}, {"levensgebieden", r.levensgebieden}, {"signals", r.signals}, {"sources", r.sources}});
    }
    return {{"proposed", p.propose}, {"reasons", reasons}};
  }

  // The view of `s`, whose session then stays live for the next call (core/engine/live_sessions.h). A session whose
  // context the reader refuses is not kept: decoding it must still give that error.
  json viewLive(SessionState s, Walk walk) const {
    json v = view(s, walk, nullptr);
    if (contextProblems(s.context).empty()) keepLiveSession(c_, {std::move(s), std::move(walk)});
    return v;
  }

  // A view after walking the session from the start (for callers that have no walk yet).
  json view(const SessionState& s, json restored) const { return view(s, replay(c_, s), std::move(restored)); }

  json view(const SessionState& s, const Walk& walk, json restored) const {
    Progress p = progressOf(c_, s, walk);
    json question = nullptr;
    if (const Node* n = walk.shown(s)) question = questionJson(*n, *walk.shownTree(s), s);
    json urgent = urgentJson(c_, urgentAdvice(c_, s, walk), ServiceFit::fromContext(s.context), language_);
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

  // "U vult dit in voor Jan." or, without a name, "U vult dit in voor iemand anders. ..."
  std::string forWhomText(const SessionState& s) const {
    auto name = s.context.find("forName");
    if (name != s.context.end() && name->is_string() && name->get<std::string>().find_first_not_of(' ') != std::string::npos) {
      return fillPlaceholders(uiText(c_, "question.forNamed", language_), {{"naam", name->get<std::string>()}});
    }
    return uiText(c_, "question.forOther", language_);
  }

  // A levensgebied's level as residents read it. One answered mostly with "Weet ik niet" has no level: "niet
  // bekend", never shown as fine.
  json levelJson(const Levensgebied& lg, const Node* outcome, bool known) const {
    bool leveled = outcome && known;
    std::string levelKey = leveled ? "level." + std::to_string(outcome->level) : "level.unknown";
    std::string zrmKey = leveled ? "zrm." + std::to_string(outcome->level) : "level.unknown";
    return {{"id", lg.id},
            {"name", lg.name.in(language_)},
            {"level", leveled ? json(outcome->level) : json(nullptr)},
            {"known", known},
            {"levelText", outcome ? uiText(c_, levelKey, language_) : ""},
            {"zrmText", outcome ? uiText(c_, zrmKey, language_) : ""},
            {"outcome", !outcome ? "" : known ? outcome->text.in(language_) : uiText(c_, "outcome.unknown", language_)}};
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

  // A form may be opened without a session (an empty one); "person" (the BRP data the portal gave, kept in the
  // browser's memory) replaces the session's.
  SessionState formSession() const {
    SessionState s = r_.contains("session") ? session() : SessionState{};
    if (const json* person = objectField("person")) s.person = readBrp(*person).person;
    return s;
  }

  json formValues() const {
    const json* values = objectField("values");
    return values ? *values : json::object();
  }

  // The request's session, decoded and walked once; `walk` receives that walk.
  // A session the engine answered with last is live (core/engine/live_sessions.h): its walk is reused.
  SessionState session(Walk* walk = nullptr) const {
    if (auto saved = r_.find("session"); saved != r_.end())
      if (std::optional<LiveSession> live = takeLiveSession(c_, *saved)) {
        if (walk) *walk = std::move(live->walk);
        return std::move(live->state);
      }
    SessionState s;
    std::vector<DroppedAnswer> dropped;
    std::string error;
    if (!r_.contains("session") || !sessionFromJson(c_, r_["session"], s, dropped, error, walk))
      throw RequestError{"bad-session", error.empty() ? "the request needs a \"session\"" : error};
    std::vector<ContextProblem> problems = contextProblems(s.context);
    if (!problems.empty()) throw RequestError{"bad-session", "the session's " + problems.front().message};
    return s;
  }

  json questionJson(const Node& n, const Tree& t, const SessionState& s) const {
    const Levensgebied* lg = c_.levensgebied(t.levensgebied);
    const QuestionType& type = questionType(n.type);
    // Each option with the answer value choosing it: a yes/no answer is true or false.
    json options = json::array();
    if (type.options == Options::YesNo) {
      for (const char* id : {"ja", "nee"}) {
        const Option* o = n.option(id);
        std::string label = o && !o->label.empty() ? o->label.in(language_) : uiText(c_, std::string("yesno.") + id, language_);
        options.push_back({{"id", id}, {"label", label}, {"exclusive", false}, {"value", id == std::string("ja")}});
      }
    }
    // Each option with the answer value it stands for, so the site sends what it drew without knowing the type.
    if (type.options == Options::Own)
      for (const Option& o : n.options)
        options.push_back({{"id", o.id}, {"label", o.label.in(language_)}, {"exclusive", o.exclusive}, {"value", o.id}});
    // A relative filling it in reads the question about the person they help, and is reminded who that is.
    bool other = forSomeoneElse(s);
    auto pick = [&](const Text& own, const Text& forOther) { return (other && !forOther.empty() ? forOther : own).in(language_); };
    json q{{"id", n.id},
           {"levensgebied", {{"id", t.levensgebied}, {"name", lg ? lg->name.in(language_) : t.levensgebied}}},
           {"type", type.name},
           {"control", controlName(type.control)},
           {"autocomplete", type.autocomplete},
           {"text", pick(n.text, n.textOther)},
           {"hint", pick(n.hint, n.hintOther)},
           {"why", pick(n.why, n.whyOther)},
           {"forSomeoneElse", other},
           {"forWhom", other ? forWhomText(s) : std::string()},
           {"lead", n.lead.in(language_)},
           {"options", options},
           {"allowUnknown", n.allowUnknown},
           {"optional", n.optional},
           {"unit", n.unit.in(language_)},
           {"maxLength", type.inputLength > 0 ? type.inputLength : n.maxLength}};
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
      {"stems", [](Call& c) { return c.stems(); }},
      {"start", [](Call& c) { return c.start(); }},
      {"answer", [](Call& c) { return c.answer(); }},
      {"back", [](Call& c) { return c.back(); }},
      {"goTo", [](Call& c) { return c.goTo(); }},
      {"view", [](Call& c) { return c.current(); }},
      {"setContext", [](Call& c) { return c.setContext(); }},
      {"restore", [](Call& c) { return c.restore(); }},
      {"advice", [](Call& c) { return c.advice(); }},
      {"situation", [](Call& c) { return c.situation(); }},
      {"services", [](Call& c) { return c.services(); }},
      {"service", [](Call& c) { return c.service(); }},
      {"buuv", [](Call& c) { return c.buuv(); }},
      {"form", [](Call& c) { return c.form(); }},
      {"checkForm", [](Call& c) { return c.checkFormValues(); }},
      {"readBrp", [](Call& c) { return c.readBrpResponse(); }},
      {"dossier", [](Call& c) { return c.dossier(); }},
      {"balieOverview", [](Call& c) { return c.balieOverview(); }},
      {"addLevensgebieden", [](Call& c) { return c.addLevensgebieden(); }},
      {"wmoRoute", [](Call& c) { return c.wmoRoute(); }},
      {"checkBalie", [](Call& c) { return c.checkBalie(); }},
      {"checkConsent", [](Call& c) { return c.checkConsent(); }},
      {"dossierExport", [](Call& c) { return c.dossierExport(); }},
      {"dossierImport", [](Call& c) { return c.dossierImport(); }},
      {"reviewIcs", [](Call& c) { return c.reviewIcs(); }},
      {"counts", [](Call& c) { return c.counts(); }},
  };
  return table;
}

json errorJson(const std::string& code, const std::string& message) {
  return {{"error", {{"code", code}, {"message", message}}}};
}

}  // namespace

std::vector<std::string> methodNames() {
  std::vector<std::string> names;
  for (const auto& [name, method] : methods()) names.push_back(name);
  return names;
}

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

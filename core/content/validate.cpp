#include "core/content/validate.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/content/context_check.h"

namespace ekw {

namespace {

class Validator {
 public:
  Validator(const LoadedContent& loaded, Diagnostics& out, const ValidateOptions& options)
      : lc_(loaded), c_(*loaded.content), out_(out), options_(options) {}

  void run() {
    collectFacts();
    manifest();
    duplicates();
    levensgebieden();
    for (const Tree& t : c_.trees) tree(t);
    advice();
    ladder();
    socialeKaart();
    buuv();
    signals();
    forms();
    sources();
  }

 private:
  const LoadedContent& lc_;
  const Content& c_;
  Diagnostics& out_;
  const ValidateOptions& options_;
  std::unordered_set<std::string> facts_;  // every fact something sets or the manifest declares

  void error(const std::string& file, const std::string& pointer, const char* code, std::string message) {
    lc_.report(out_, Severity::Error, file, pointer, code, std::move(message));
  }
  void warning(const std::string& file, const std::string& pointer, const char* code, std::string message) {
    lc_.report(out_, Severity::Warning, file, pointer, code, std::move(message));
  }
  // A reference to something that does not exist. When the kind of file that would define it failed to load, its
  // load error is the one problem to fix, so references into it are not reported on top.
  void dangling(const char* definedIn, const std::string& file, const std::string& pointer, std::string message) {
    if (!failed(definedIn)) error(file, pointer, "dangling-reference", std::move(message));
  }
  static std::string q(const std::string& s) { return "\"" + s + "\""; }
  static std::string at(const std::string& pointer, const char* key) { return appendPointer(pointer, key); }
  static std::string at(const std::string& pointer, const char* key, std::size_t i) {
    return appendPointer(appendPointer(pointer, key), i);
  }

  std::string manifestFile() const { return "manifest.json"; }
  std::string levensgebiedenFile() const { return lc_.levensgebiedenFile; }
  // Whether a kind of file (a manifest key) failed to load: references into it are then not checked.
  bool failed(const char* kind) const { return lc_.failed(kind); }
  bool rejected(const std::string& file, const std::string& pointer) const { return lc_.rejected(file, pointer); }

  void collectFacts() {
    for (const std::string& f : c_.declaredFacts) facts_.insert(f);
    for (const Tree& t : c_.trees)
      for (const Node& n : t.nodes) {
        for (auto it = n.facts.begin(); it != n.facts.end(); ++it) facts_.insert(it.key());
        for (const Option& o : n.options)
          for (auto it = o.facts.begin(); it != o.facts.end(); ++it) facts_.insert(it.key());
      }
  }

  void manifest() {
    if (!c_.languages.empty() && std::find(c_.languages.begin(), c_.languages.end(), "nl") == c_.languages.end())
      error(manifestFile(), "/languages", "missing-dutch", "the languages must include \"nl\": Dutch is the base language");
  }

  // --- duplicate ids -------------------------------------------------------------------------------------------

  template <typename T, typename Where>
  void unique(const std::vector<T>& items, const char* what, Where where) {
    std::unordered_map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
      auto [it, inserted] = seen.emplace(items[i].id, i);
      if (!inserted) {
        auto [file, pointer] = where(i);
        auto [firstFile, firstPointer] = where(it->second);
        SourcePos first = lc_.positionOf(firstFile, firstPointer);
        error(file, at(pointer, "id"), "duplicate-id",
              std::string(what) + " id " + q(items[i].id) + " is already used in " + firstFile + ":" +
                  std::to_string(first.line));
      }
    }
  }

  void duplicates() {
    unique(c_.levensgebieden, "levensgebied", [&](std::size_t i) {
      return std::make_pair(levensgebiedenFile(), "/levensgebieden/" + std::to_string(i));
    });
    unique(c_.wijken, "wijk", [&](std::size_t i) { return std::make_pair(manifestFile(), "/wijken/" + std::to_string(i)); });
    unique(c_.targetGroups, "target group",
           [&](std::size_t i) { return std::make_pair(manifestFile(), "/targetGroups/" + std::to_string(i)); });
    unique(c_.trees, "tree", [&](std::size_t i) { return std::make_pair(c_.trees[i].file, std::string()); });
    std::vector<const Node*> nodes;
    for (const Tree& t : c_.trees)
      for (const Node& n : t.nodes) nodes.push_back(&n);
    std::unordered_map<std::string, const Node*> seenNodes;
    for (const Node* n : nodes) {
      auto [it, inserted] = seenNodes.emplace(n->id, n);
      if (!inserted) {
        SourcePos first = lc_.positionOf(it->second->file, it->second->pointer);
        error(n->file, at(n->pointer, "id"), "duplicate-id",
              "node id " + q(n->id) + " is already used in " + it->second->file + ":" + std::to_string(first.line) +
                  " (node ids must be unique across all trees: rules read answers by node id)");
      }
      std::unordered_set<std::string> options;
      for (std::size_t i = 0; i < n->options.size(); ++i)
        if (!options.insert(n->options[i].id).second)
          error(n->file, at(at(n->pointer, "options", i), "id"), "duplicate-id",
                "option id " + q(n->options[i].id) + " appears twice in this question");
    }
    auto byItem = [](const auto& items) {
      return [&items](std::size_t i) { return std::make_pair(items[i].file, items[i].pointer); };
    };
    unique(c_.advice, "advice", byItem(c_.advice));
    unique(c_.organizations, "organisation", byItem(c_.organizations));
    unique(c_.services, "service", byItem(c_.services));
    unique(c_.locations, "location", byItem(c_.locations));
    unique(c_.servicesAtLocation, "service-at-location", byItem(c_.servicesAtLocation));
    unique(c_.buuvTemplates, "BUUV template", byItem(c_.buuvTemplates));
    unique(c_.signals, "signal", byItem(c_.signals));
    unique(c_.forms, "form", [&](std::size_t i) { return std::make_pair(c_.forms[i].file, std::string()); });
    for (const Form& f : c_.forms) {
      std::unordered_set<std::string> fields;
      for (const FormSection& s : f.sections)
        for (const FormField& fld : s.fields)
          if (!fields.insert(fld.id).second)
            error(f.file, at(fld.pointer, "id"), "duplicate-id", "field id " + q(fld.id) + " appears twice in this form");
    }
  }

  // --- levensgebieden and trees --------------------------------------------------------------------------------

  void levensgebieden() {
    std::string file = levensgebiedenFile();
    for (std::size_t i = 0; i < c_.levensgebieden.size(); ++i) {
      const Levensgebied& lg = c_.levensgebieden[i];
      if (!lg.tree.empty() && !c_.tree(lg.tree))
        dangling("trees", file, "/levensgebieden/" + std::to_string(i) + "/tree",
                 "there is no question tree " + q(lg.tree) + " (the manifest's \"trees\" lists the tree files)");
    }
    for (const Tree& t : c_.trees) {
      if (!t.levensgebied.empty() && !c_.levensgebied(t.levensgebied))
        dangling("levensgebieden", t.file, "/levensgebied", "there is no levensgebied " + q(t.levensgebied));
    }
    dangerSignals();
  }

  // Danger signals need the one safety levensgebied they put first; what they point to must exist.
  void dangerSignals() {
    std::string file = levensgebiedenFile();
    std::size_t safety = 0;
    for (std::size_t i = 0; i < c_.levensgebieden.size(); ++i)
      if (c_.levensgebieden[i].safety && ++safety == 2)
        error(file, "/levensgebieden/" + std::to_string(i) + "/safety", "second-safety-levensgebied",
              "only one levensgebied can be the safety levensgebied that is walked first");
    std::unordered_set<std::string> ids;
    for (std::size_t i = 0; i < c_.dangerSignals.size(); ++i) {
      const DangerSignal& s = c_.dangerSignals[i];
      std::string p = "/signals/" + std::to_string(i);
      if (!ids.insert(s.id).second) error(file, at(p, "id"), "duplicate-id", "signal id " + q(s.id) + " is already used");
      if (safety == 0)
        error(file, p, "signal-without-safety",
              "a danger signal needs a levensgebied with \"safety\": true to walk first (veiligheid)");
      for (std::size_t j = 0; j < s.levensgebieden.size(); ++j)
        if (!c_.levensgebied(s.levensgebieden[j]))
          error(file, at(p, "levensgebieden", j), "dangling-reference", "there is no levensgebied " + q(s.levensgebieden[j]));
    }
  }

  // Every place a node can go to, with the JSON pointer that says so.
  struct Edge {
    std::string target, pointer;
  };
  // An outcome has no edges (its "next" is reported as misplaced); only single-choice and yes/no questions
  // follow an option's own "next".
  static std::vector<Edge> edges(const Node& n) {
    std::vector<Edge> out;
    if (!n.isQuestion()) return out;
    for (const Branch& b : n.next.branches) out.push_back({b.target, b.targetPointer});
    if (questionType(n.type).optionNext)
      for (const Option& o : n.options)
        for (const Branch& b : o.next.branches) out.push_back({b.target, b.targetPointer});
    return out;
  }

  void tree(const Tree& t) {
    const std::string& file = t.file;
    if (!t.start.empty() && !t.node(t.start))
      error(file, "/start", "dangling-reference", "the start node " + q(t.start) + " is not in this tree");
    bool dangling = false;
    for (const Node& n : t.nodes) {
      node(t, n);
      for (const Edge& e : edges(n))
        if (!e.target.empty() && !t.node(e.target)) {
          dangling = true;
          error(file, e.pointer, "dangling-reference",
                "there is no node " + q(e.target) + " in tree " + q(t.id) +
                    (c_.node(e.target) ? " (it is in another tree; a tree may only go to its own nodes)" : ""));
        }
    }
    // With an edge to nowhere, what it meant to reach would be reported as unreachable as well.
    if (!dangling) reachability(t);
    cycles(t);
  }

  void node(const Tree& t, const Node& n) {
    const std::string& file = t.file;
    // A node whose type the schema rejected is not checked further: what it should be is unknown.
    if (rejected(file, at(n.pointer, "type"))) return;
    const QuestionType& type = questionType(n.type);
    if (type.options == Options::Own && !type.optionNext)
      for (std::size_t i = 0; i < n.options.size(); ++i)
        if (!n.options[i].next.empty())
          error(file, at(at(n.pointer, "options", i), "next"), "misplaced-field",
                "only options of a single-choice or yes/no question can have a \"next\": a multiple-choice question "
                "always goes to its own \"next\"");
    if (type.options == Options::Own && n.options.size() < 2)
      error(file, at(n.pointer, "options"), "too-few-options", "a choice question needs at least two options");
    if (type.options == Options::YesNo)
      for (std::size_t i = 0; i < n.options.size(); ++i)
        if (n.options[i].id != "ja" && n.options[i].id != "nee")
          error(file, at(at(n.pointer, "options", i), "id"), "invalid-value",
                "a yes/no question's options can only be \"ja\" and \"nee\"");
    if (type.options == Options::None && !n.options.empty())
      error(file, at(n.pointer, "options"), "misplaced-field",
            std::string("a ") + nodeTypeName(n.type) + " node has no options");
    if (n.min && n.max && *n.min > *n.max)
      error(file, at(n.pointer, "min"), "invalid-value", "min is larger than max");
    if (!n.isQuestion()) {
      if (n.level == 0 && !rejected(file, at(n.pointer, "level")))
        error(file, n.pointer, "missing-field", "an outcome needs a \"level\" from 1 to 5");
      if (!n.next.empty()) error(file, at(n.pointer, "next"), "misplaced-field", "an outcome ends the tree: it has no next");
      for (std::size_t i = 0; i < n.advice.size(); ++i)
        if (const Advice* a = c_.adviceItem(n.advice[i]); !a)
          dangling("advice", file, at(n.pointer, "advice", i), "there is no advice " + q(n.advice[i]));
        else if (a->levensgebied != t.levensgebied && a->rung != 0 && c_.levensgebied(t.levensgebied) &&
                 c_.levensgebied(a->levensgebied))  // an unknown levensgebied is reported as such instead
          warning(file, at(n.pointer, "advice", i), "other-levensgebied",
                  "advice " + q(n.advice[i]) + " belongs to levensgebied " + q(a->levensgebied) + ", not " +
                      q(t.levensgebied));
    } else {
      if (n.level != 0) error(file, at(n.pointer, "level"), "misplaced-field", "only outcomes set a level");
      if (!n.advice.empty()) error(file, at(n.pointer, "advice"), "misplaced-field", "only outcomes name advice");
      deadEnds(t, n);
    }
    for (const Branch& b : n.next.branches)
      if (b.when) rule(file, at(b.pointer, "when"), *b.when);
    for (const Option& o : n.options)
      for (const Branch& b : o.next.branches)
        if (b.when) rule(file, at(b.pointer, "when"), *b.when);
  }

  // A path ends without an outcome when some answer leads nowhere.
  void deadEnds(const Tree& t, const Node& n) {
    const std::string& file = t.file;
    auto conditional = [](const Next& next) {
      return !next.empty() && next.branches.back().when.has_value();
    };
    if (conditional(n.next))
      error(file, at(n.pointer, "next"), "dead-end",
            "every branch has a condition, so some answers lead nowhere: end with a branch without \"when\"");
    for (const Option& o : n.options)
      if (conditional(o.next))
        error(file, o.next.branches.back().pointer, "dead-end",
              "every branch of option " + q(o.id) + " has a condition: end with a branch without \"when\"");
    if (!n.next.empty()) return;
    const QuestionType& type = questionType(n.type);
    if (!type.optionNext) {
      error(file, n.pointer, "dead-end", "this question has no \"next\": the path ends without an outcome");
      return;
    }
    std::vector<std::string> open;
    if (type.options == Options::YesNo) {
      for (const char* id : {"ja", "nee"}) {
        const Option* o = n.option(id);
        if (!o || o->next.empty()) open.push_back(id);
      }
    } else {
      for (const Option& o : n.options)
        if (o.next.empty()) open.push_back(o.id);
    }
    for (const std::string& id : open)
      error(file, n.pointer, "dead-end", "after the answer " + q(id) + " there is nowhere to go: give the option a \"next\" or the question one");
    if (open.empty() && (n.allowUnknown || n.optional))
      error(file, n.pointer, "dead-end",
            std::string("\"") + (n.allowUnknown ? "Weet ik niet" : "skip") +
                "\" follows the question's own \"next\", and this question has none");
  }

  void reachability(const Tree& t) {
    if (!t.node(t.start)) return;
    std::unordered_set<std::string> seen{t.start};
    std::vector<const Node*> stack{t.node(t.start)};
    while (!stack.empty()) {
      const Node* n = stack.back();
      stack.pop_back();
      for (const Edge& e : edges(*n))
        if (const Node* m = t.node(e.target); m && seen.insert(m->id).second) stack.push_back(m);
    }
    for (const Node& n : t.nodes)
      if (!seen.count(n.id))
        error(t.file, n.pointer, "unreachable",
              std::string(n.isQuestion() ? "question " : "outcome ") + q(n.id) + " cannot be reached from the start " +
                  q(t.start));
  }

  void cycles(const Tree& t) {
    enum class Mark { None, Active, Done };
    std::unordered_map<std::string, Mark> mark;
    std::vector<std::string> path;
    std::set<std::string> reported;
    std::function<void(const Node&)> visit = [&](const Node& n) {
      mark[n.id] = Mark::Active;
      path.push_back(n.id);
      for (const Edge& e : edges(n)) {
        const Node* m = t.node(e.target);
        if (!m) continue;
        if (mark[m->id] == Mark::Active) {
          auto from = std::find(path.begin(), path.end(), m->id);
          std::string loop;
          for (auto it = from; it != path.end(); ++it) loop += *it + " -> ";
          loop += m->id;
          if (reported.insert(e.pointer).second)
            error(t.file, e.pointer, "cycle", "this leads back to an earlier question: " + loop);
        } else if (mark[m->id] == Mark::None) {
          visit(*m);
        }
      }
      path.pop_back();
      mark[n.id] = Mark::Done;
    };
    for (const Node& n : t.nodes)
      if (mark[n.id] == Mark::None) visit(n);
  }

  // --- rules ---------------------------------------------------------------------------------------------------

  // Checks that a rule reads only data that exists.
  void rule(const std::string& file, const std::string& pointer, const rules::Rule& r) {
    for (const std::string& var : r.variables()) {
      std::string problem = dataPathProblem(var);
      if (!problem.empty()) error(file, pointer, "unknown-variable", problem);
    }
  }

  // "" when `path` names data a rule or prefill can read; otherwise what is wrong with it.
  std::string dataPathProblem(const std::string& path) const {
    auto dot = path.find('.');
    std::string root = path.substr(0, dot);
    std::string name = dot == std::string::npos ? "" : path.substr(dot + 1);
    std::string first = name.substr(0, name.find('.'));
    if (root == "answers") {
      if (failed("trees")) return "";
      const Node* n = c_.node(first);
      if (!n) return "the rule reads " + q(path) + ", but there is no question " + q(first);
      if (!n->isQuestion()) return "the rule reads " + q(path) + ", but " + q(first) + " is an outcome, not a question";
      return "";
    }
    if (root == "facts") {
      if (!facts_.count(first) && !failed("trees"))
        return "the rule reads " + q(path) + ", but no option or outcome sets the fact " + q(first) +
               " (and the manifest does not declare it)";
      return "";
    }
    if (root == "profile" || root == "unknown")
      return c_.levensgebied(first) || failed("levensgebieden") ? "" : "there is no levensgebied " + q(first) + " for " + q(path);
    if (root == "context")
      return isContextField(first) ? "" : q(path) + " is not known context (use " + suggestedContextFields() + ")";
    if (root == "person") return "";
    return q(path) + " is not data a rule can read: start it with answers., facts., profile., unknown., context. or person.";
  }

  // --- advice and the ladder -----------------------------------------------------------------------------------

  void advice() {
    for (const Advice& a : c_.advice)
      if (!a.urgency.empty() && a.rung != 0)
        error(a.file, at(a.pointer, "urgency"), "urgency-not-rung-0",
              "only direct help (rung 0) has an urgency; this advice is on rung " + std::to_string(a.rung));
    std::unordered_set<std::string> named;
    for (const Tree& t : c_.trees)
      for (const Node& n : t.nodes)
        for (const std::string& a : n.advice) named.insert(a);
    for (const Advice& a : c_.advice) {
      if (!c_.levensgebied(a.levensgebied))
        dangling("levensgebieden", a.file, at(a.pointer, "levensgebied"), "there is no levensgebied " + q(a.levensgebied));
      for (std::size_t i = 0; i < a.services.size(); ++i)
        if (!c_.service(a.services[i]))
          dangling("socialeKaart", a.file, at(a.pointer, "services", i), "there is no service " + q(a.services[i]));
      if (a.serviceFilter && !a.serviceFilter->levensgebied.empty() && !c_.levensgebied(a.serviceFilter->levensgebied))
        dangling("levensgebieden", a.file, at(at(a.pointer, "serviceFilter"), "levensgebied"),
                 "there is no levensgebied " + q(a.serviceFilter->levensgebied));
      if (!a.form.empty() && !c_.form(a.form))
        dangling("forms", a.file, at(a.pointer, "form"), "there is no form " + q(a.form));
      for (std::size_t i = 0; i < a.buuv.size(); ++i)
        if (!c_.buuvTemplate(a.buuv[i]))
          dangling("buuv", a.file, at(a.pointer, "buuv", i), "there is no BUUV template " + q(a.buuv[i]));
      if (a.when) rule(a.file, at(a.pointer, "when"), *a.when);
      for (auto it = a.presumes.begin(); it != a.presumes.end(); ++it)
        if (!facts_.count(it.key()) && !failed("trees"))
          error(a.file, appendPointer(at(a.pointer, "presumes"), it.key()), "unknown-variable",
                "advice " + q(a.id) + " presumes the fact " + q(it.key()) +
                    ", but no option or outcome sets it (and the manifest does not declare it)");
      if (!a.when && !named.count(a.id) && !failed("trees"))
        warning(a.file, a.pointer, "never-shown",
                "advice " + q(a.id) + " has no \"when\" and no outcome names it, so nobody will see it");
    }
  }

  // Algemene voorzieningen come before maatwerk: a levensgebied with rung-7 advice must offer rung-4 advice.
  void ladder() {
    std::unordered_map<std::string, bool> hasAlgemeen;
    for (const Advice& a : c_.advice)
      if (a.rung == 4) hasAlgemeen[a.levensgebied] = true;
    std::unordered_set<std::string> warned;
    for (const Advice& a : c_.advice)
      if (a.rung == 7 && !hasAlgemeen[a.levensgebied] && warned.insert(a.levensgebied).second)
        warning(a.file, at(a.pointer, "rung"), "maatwerk-before-algemeen",
                "levensgebied " + q(a.levensgebied) +
                    " offers maatwerk (rung 7) but no algemene voorziening (rung 4) before it");
  }

  // --- sociale kaart -------------------------------------------------------------------------------------------

  bool knownWijk(const std::string& id) const {
    return std::any_of(c_.wijken.begin(), c_.wijken.end(), [&](const Named& w) { return w.id == id; });
  }
  bool knownTargetGroup(const std::string& id) const {
    return std::any_of(c_.targetGroups.begin(), c_.targetGroups.end(), [&](const Named& g) { return g.id == id; });
  }

  // Days since 0000-03-01 (a civil-calendar day count), for comparing YYYY-MM-DD dates.
  static long dayNumber(const std::string& date) {
    if (date.size() != 10) return -1;
    long y = std::atol(date.substr(0, 4).c_str()), m = std::atol(date.substr(5, 2).c_str()),
         d = std::atol(date.substr(8, 2).c_str());
    if (m <= 2) y -= 1, m += 12;
    return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d - 1;
  }

  template <typename T>
  void verified(const T& item, const std::string& what) {
    if (rejected(item.file, at(item.pointer, "lastVerified"))) return;  // the schema reported it already
    if (item.lastVerified.empty()) {
      warning(item.file, item.pointer, "not-verified",
              what + " " + q(item.id) + " has never been verified: check it and set lastVerified (editor task)");
    } else if (!options_.today.empty() && dayNumber(options_.today) - dayNumber(item.lastVerified) > 365) {
      warning(item.file, at(item.pointer, "lastVerified"), "verification-overdue",
              what + " " + q(item.id) + " was last verified on " + item.lastVerified +
                  ", more than 12 months ago: check it again (editor task)");
    }
  }

  void socialeKaart() {
    for (const Organization& o : c_.organizations) verified(o, "organisation");
    for (const Service& s : c_.services) {
      const Organization* org = c_.organization(s.organization);
      if (!s.organization.empty() && !org)
        dangling("socialeKaart", s.file, at(s.pointer, "organization"), "there is no organisation " + q(s.organization));
      for (std::size_t i = 0; i < s.levensgebieden.size(); ++i)
        if (!c_.levensgebied(s.levensgebieden[i]))
          dangling("levensgebieden", s.file, at(s.pointer, "levensgebieden", i),
                   "there is no levensgebied " + q(s.levensgebieden[i]));
      for (std::size_t i = 0; i < s.wijken.size(); ++i)
        if (!knownWijk(s.wijken[i]))
          error(s.file, at(s.pointer, "wijken", i), "dangling-reference",
                "there is no wijk " + q(s.wijken[i]) + " in the manifest");
      for (std::size_t i = 0; i < s.targetGroups.size(); ++i)
        if (!knownTargetGroup(s.targetGroups[i]))
          error(s.file, at(s.pointer, "targetGroups", i), "dangling-reference",
                "there is no target group " + q(s.targetGroups[i]) + " in the manifest");
      if (s.minAge && s.maxAge && *s.minAge > *s.maxAge)
        error(s.file, at(s.pointer, "minAge"), "invalid-value", "minAge is higher than maxAge");
      if (s.level == "maatwerk" && !s.indicatie)
        warning(s.file, at(s.pointer, "indicatie"), "maatwerk-without-indicatie",
                "a maatwerk service is individually granted: should \"indicatie\" be true?");
      bool ownContact = !s.phones.empty() || !s.email.empty() || !s.url.empty();
      bool orgContact = org && (!org->phones.empty() || !org->email.empty() || !org->website.empty());
      bool orgUnknown = !s.organization.empty() && !org;  // reported as a dangling reference instead
      if (!ownContact && !orgContact && !orgUnknown)
        warning(s.file, s.pointer, "no-contact",
                "service " + q(s.id) + " has no phone number, e-mail or website, nor has its organisation (editor task)");
      verified(s, "service");
    }
    for (const Location& l : c_.locations) {
      if (!l.organization.empty() && !c_.organization(l.organization))
        dangling("socialeKaart", l.file, at(l.pointer, "organization"), "there is no organisation " + q(l.organization));
      if (!l.wijk.empty() && !knownWijk(l.wijk))
        error(l.file, at(l.pointer, "wijk"), "dangling-reference", "there is no wijk " + q(l.wijk) + " in the manifest");
    }
    for (const ServiceAtLocation& sal : c_.servicesAtLocation) {
      if (!c_.service(sal.service))
        dangling("socialeKaart", sal.file, at(sal.pointer, "service"), "there is no service " + q(sal.service));
      if (!c_.location(sal.location))
        dangling("socialeKaart", sal.file, at(sal.pointer, "location"), "there is no location " + q(sal.location));
    }
  }

  void signals() {
    for (const Signal& s : c_.signals)
      if (!c_.levensgebied(s.levensgebied))
        dangling("levensgebieden", s.file, at(s.pointer, "levensgebied"), "there is no levensgebied " + q(s.levensgebied));
  }

  void buuv() {
    for (const BuuvTemplate& b : c_.buuvTemplates)
      for (std::size_t i = 0; i < b.levensgebieden.size(); ++i)
        if (!c_.levensgebied(b.levensgebieden[i]))
          dangling("levensgebieden", b.file, at(b.pointer, "levensgebieden", i),
                   "there is no levensgebied " + q(b.levensgebieden[i]));
  }

  // --- forms ---------------------------------------------------------------------------------------------------

  void forms() {
    for (const Form& f : c_.forms)
      for (const FormSection& s : f.sections)
        for (const FormField& fld : s.fields) {
          if (fld.type == FieldType::Choice && fld.options.size() < 2)
            error(f.file, at(fld.pointer, "options"), "too-few-options", "a choice field needs at least two options");
          if (!fld.prefill.path.empty()) {
            std::string problem = prefillProblem(fld.prefill.path);
            if (!problem.empty()) error(f.file, at(fld.pointer, "prefill"), "dangling-reference", problem);
          }
          if (fld.prefill.logic) rule(f.file, at(at(fld.pointer, "prefill"), "logic"), *fld.prefill.logic);
          if (fld.when) formRule(f, at(fld.pointer, "when"), *fld.when);
        }
    for (const Form& f : c_.forms) {
      if (!f.onBehalfField.empty()) {
        const FormField* fld = f.field(f.onBehalfField);
        if (!fld || fld->type != FieldType::YesNo)
          error(f.file, "/onBehalfField", "dangling-reference", "onBehalfField must name a yesno field of this form");
      }
      for (std::size_t i = 0; i < f.sections.size(); ++i)
        if (f.sections[i].when) formRule(f, "/sections/" + std::to_string(i) + "/when", *f.sections[i].when);
      if (f.assessment)
        for (const FormCriterion& c : f.assessment->criteria) formRule(f, at(c.pointer, "rule"), c.rule);
    }
  }

  // A form's conditions may also read the form's own fields (form.FIELD).
  void formRule(const Form& f, const std::string& pointer, const rules::Rule& r) {
    for (const std::string& var : r.variables()) {
      if (var.rfind("form.", 0) == 0) {
        std::string id = var.substr(5, var.find('.', 5) == std::string::npos ? std::string::npos : var.find('.', 5) - 5);
        if (!f.field(id)) error(f.file, pointer, "unknown-variable", "the rule reads " + q(var) + ", but this form has no field " + q(id));
        continue;
      }
      std::string problem = dataPathProblem(var);
      if (!problem.empty()) error(f.file, pointer, "unknown-variable", problem);
    }
  }

  std::string prefillProblem(const std::string& path) const {
    if (path == "summary") return "";
    auto dot = path.find('.');
    std::string root = path.substr(0, dot);
    if (root == "summary") {
      std::string lg = path.substr(dot + 1);
      return c_.levensgebied(lg) || failed("levensgebieden") ? "" : "there is no levensgebied " + q(lg) + " to summarise";
    }
    std::string problem = dataPathProblem(path);
    if (problem.rfind("the rule reads", 0) == 0) problem = "the prefill reads" + problem.substr(14);
    return problem;
  }

  // --- sources -------------------------------------------------------------------------------------------------

  // The raw "sources" list at `pointer`: seed citations (strings) and web pages (objects) in one list.
  const nlohmann::json* rawSources(const std::string& file, const std::string& pointer) const {
    auto doc = lc_.documents.find(file);
    if (doc == lc_.documents.end()) return nullptr;
    try {
      const nlohmann::json& list = doc->second.value.at(nlohmann::json::json_pointer(appendPointer(pointer, "sources")));
      return list.is_array() ? &list : nullptr;
    } catch (const std::exception&) {
      return nullptr;
    }
  }

  // A web page as a source: https, checked on a real date that is not in the future; re-checked every 12 months.
  void webSource(const std::string& file, const std::string& p, const nlohmann::json& source) {
    if (rejected(file, p)) return;  // the schema reported its form already
    std::string url = source.value("url", ""), checked = source.value("checked", "");
    if (url.rfind("https://", 0) != 0)
      error(file, at(p, "url"), "insecure-source", "a web page source must be an https:// address: " + q(url));
    if (options_.today.empty() || checked.empty()) return;
    long age = dayNumber(options_.today) - dayNumber(checked);
    if (age < 0)  // a typing error in the date, or a validator run with an earlier --today: an editor task
      warning(file, at(p, "checked"), "checked-in-future",
              "the page was checked on " + checked + ", after today (" + options_.today + "): is the date right?");
    else if (age > 365)
      warning(file, at(p, "checked"), "verification-overdue",
              "the page " + url + " was last checked on " + checked + ", more than 12 months ago: check it again (editor task)");
  }

  void sourceList(const std::string& file, const std::string& pointer, const std::vector<std::string>&) {
    const nlohmann::json* raw = rawSources(file, pointer);
    if (!raw) return;
    for (std::size_t i = 0; i < raw->size(); ++i) {
      if ((*raw)[i].is_object()) webSource(file, at(pointer, "sources", i), (*raw)[i]);
      if (!(*raw)[i].is_string() || !options_.seedLineCount) continue;
      const std::string& s = (*raw)[i].get_ref<const std::string&>();
      auto colon = s.rfind(':');
      if (colon == std::string::npos) continue;  // the schema reports the form
      std::string seed = s.substr(0, colon);
      std::string range = s.substr(colon + 1);
      long last = std::atol(range.substr(range.find('-') == std::string::npos ? 0 : range.find('-') + 1).c_str());
      std::optional<int> lines = options_.seedLineCount(seed);
      std::string p = at(pointer, "sources", i);
      if (!lines)
        error(file, p, "unknown-source", "there is no seed file " + q(seed));
      else if (last > *lines)
        error(file, p, "unknown-source",
              "line " + std::to_string(last) + " is past the end of " + seed + " (" + std::to_string(*lines) + " lines)");
    }
  }

  void sources() {
    std::string lgFile = levensgebiedenFile();
    for (std::size_t i = 0; i < c_.levensgebieden.size(); ++i)
      sourceList(lgFile, "/levensgebieden/" + std::to_string(i), c_.levensgebieden[i].sources);
    for (const Tree& t : c_.trees)
      for (const Node& n : t.nodes) sourceList(t.file, n.pointer, n.sources);
    for (const Advice& a : c_.advice) sourceList(a.file, a.pointer, a.sources);
    for (const Organization& o : c_.organizations) sourceList(o.file, o.pointer, o.sources);
    for (const Service& s : c_.services) sourceList(s.file, s.pointer, s.sources);
    for (const Location& l : c_.locations) sourceList(l.file, l.pointer, l.sources);
    for (const BuuvTemplate& b : c_.buuvTemplates) sourceList(b.file, b.pointer, b.sources);
    for (const Form& f : c_.forms) {
      sourceList(f.file, "", f.sources);
      if (f.assessment)
        for (const FormCriterion& c : f.assessment->criteria) sourceList(f.file, c.pointer, c.sources);
    }
    for (const Signal& s : c_.signals) sourceList(s.file, s.pointer, s.sources);
    for (std::size_t i = 0; i < c_.dangerSignals.size(); ++i) sourceList(lgFile, "/signals/" + std::to_string(i), c_.dangerSignals[i].sources);
  }
};

}  // namespace

void validateContent(const LoadedContent& loaded, Diagnostics& out, const ValidateOptions& options) {
  if (!loaded.content) return;
  Validator(loaded, out, options).run();
}

}  // namespace ekw

// The content model: what the engine knows about one gemeente, loaded from a content directory or bundle.
// Plain structs, read-only once loaded; the engine looks things up through the indexes at the bottom.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/question_types.h"
#include "core/content/service_index.h"
#include "core/rules/json_logic.h"

namespace ekw {

// Resident-facing text with its translations (language code -> text). Dutch is always present.
struct Text {
  std::map<std::string, std::string> byLanguage;
  // The text in `language`, falling back to Dutch, then to any language.
  const std::string& in(const std::string& language) const;
  bool empty() const { return byLanguage.empty(); }
};

struct Named {
  std::string id;
  Text name;
};

struct Levensgebied {
  std::string id;
  Text name;
  Text description;
  std::string zrmDomain;
  std::string tree;
  std::map<std::string, std::vector<std::string>> keywords;  // language -> keywords
  bool safety = false;  // veiligheid: walked first whenever chosen or matched, added when the resident's words signal danger
  std::vector<std::string> sources;
};

// Danger in the resident's own words (violence, a child at risk, suicidal thoughts): rules read matched signals as
// context.signals, and the safety levensgebied is walked first. (Not the balie's Signal: those are noted by staff.)
struct DangerSignal {
  std::string id;
  Text name;
  std::map<std::string, std::vector<std::string>> keywords;  // language -> keywords
  std::vector<std::string> levensgebieden;                   // also pointed to, after the safety levensgebied
  std::vector<std::string> sources;
};

// A public web page as a source (for the few public facts the seeds lack: the national crisis numbers).
struct WebSource {
  std::string url;
  std::string checked;  // YYYY-MM-DD
};

// A `next`: either one target, or branches tried in order.
struct Branch {
  std::optional<rules::Rule> when;  // empty: always
  std::string target;
  std::string pointer;        // JSON pointer of this branch in its file, for diagnostics
  std::string targetPointer;  // JSON pointer of the target id itself
};
struct Next {
  std::vector<Branch> branches;  // empty: no next given
  bool empty() const { return branches.empty(); }
};

struct Option {
  std::string id;
  Text label;
  Next next;
  nlohmann::json facts = nlohmann::json::object();
  bool exclusive = false;
};

struct Node {
  std::string id;
  NodeType type = NodeType::Single;
  Text text, hint, why, unit;
  Text textOther, hintOther, whyOther;  // "forOther": the same, for a relative filling it in for someone else
  Text lead;  // shown before the question (a lead-in before asking about safety or ending one's life)
  std::vector<Option> options;
  bool allowUnknown = false;
  bool optional = false;
  std::optional<double> min, max;
  bool integer = false;
  int maxLength = 200;
  bool notInFuture = false, notInPast = false;
  Next next;
  int level = 0;                                    // outcomes: 1..5
  nlohmann::json facts = nlohmann::json::object();  // outcomes
  std::vector<std::string> advice;                  // outcomes
  std::vector<std::string> sources;
  std::string tree;     // the tree it belongs to
  std::string file;     // where it was defined, for diagnostics
  std::string pointer;  // JSON pointer of the node in that file
  // Fewest and most questions from this node to an outcome over every branch (0 for outcomes); set by index().
  std::size_t spanMin = 0, spanMax = 0;

  bool isQuestion() const { return type != NodeType::Outcome; }
  const Option* option(const std::string& optionId) const;
};

struct Tree {
  std::string id;
  std::string levensgebied;
  std::string start;
  std::vector<Node> nodes;
  std::string file;
  const Node* node(const std::string& nodeId) const;  // O(1) once Content::index() ran

 private:
  friend struct Content;
  std::unordered_map<std::string, std::size_t> nodeIndex_;
};

struct ServiceFilter {
  std::string levensgebied;
  std::optional<int> rung;
  std::string level;
};

struct Advice {
  std::string id;
  std::string levensgebied;
  int rung = 1;
  std::string urgency;  // rung 0: "acute" (112) first, then "crisis" (also when empty), then "soon"
  Text title, text;
  std::vector<Text> steps;
  Text titleOther, textOther;  // "forOther": the same, for a relative filling it in for someone else
  std::vector<Text> stepsOther;
  std::optional<rules::Rule> when;
  // Facts (name -> value) this advice takes for granted; advice is never shown on a path that set one otherwise.
  nlohmann::json presumes = nlohmann::json::object();
  std::vector<std::string> services;
  std::optional<ServiceFilter> serviceFilter;
  std::string form;
  std::vector<std::string> buuv;
  std::vector<std::string> sources;
  std::string file, pointer;
};

struct Phone {
  std::string number;
  Text description;
};

struct Organization {
  std::string id, name, alternateName;
  Text description;
  std::string email, website;
  std::vector<Phone> phones;
  std::string lastVerified;
  std::vector<std::string> sources;
  std::string file, pointer;
  std::vector<WebSource> webSources;  // last, so that brace-initialisers listing the fields above keep working
};

struct Service {
  std::string id, organization;
  Text name, description;
  std::string status = "active";
  std::string email, url;
  std::vector<Phone> phones;
  std::vector<std::string> levensgebieden;
  int rung = 4;
  std::string level = "algemeen";  // or "maatwerk"
  bool indicatie = false;
  Text eigenBijdrage;
  std::vector<std::string> targetGroups;
  std::optional<int> minAge, maxAge;
  std::vector<std::string> wijken;
  std::vector<std::string> keywords;
  std::vector<std::string> languages;  // ISO 639 codes of the languages the service is offered in
  std::string lastVerified;
  std::vector<std::string> sources;
  std::vector<WebSource> webSources;
  std::string file, pointer;
  std::string searchText;  // names, descriptions (every language), organisation and keywords, normalised; set by index()
};

struct Address {
  std::string street, postalCode, city;
};

struct Location {
  std::string id, organization, name;
  Text description;
  std::string wijk;
  Address address;
  Text openingHours;
  std::vector<std::string> sources;
  std::string file, pointer;
};

struct ServiceAtLocation {
  std::string id, service, location;
  Text description;
  std::string file, pointer;
};

struct BuuvTemplate {
  std::string id;
  std::vector<std::string> kinds;  // "vraag", "aanbod"
  Text title, request, offer;
  std::vector<std::string> levensgebieden;
  std::vector<std::string> sources;
  std::string file, pointer;
};

enum class FieldType { Text, Textarea, Number, Date, Postcode, Bsn, Iban, Phone, Email, Choice, YesNo, Consent };
const char* fieldTypeName(FieldType t);
std::optional<FieldType> fieldTypeFromName(const std::string& s);

struct Prefill {
  std::string path;                   // answers.x, facts.x, person.a.b, context.x, profile.lg, summary(.lg)
  std::optional<rules::Rule> logic;   // or a computed value
  bool empty() const { return path.empty() && !logic; }
};

struct FormField {
  std::string id;
  FieldType type = FieldType::Text;
  Text label, hint;
  bool required = false;
  std::vector<Named> options;
  std::optional<double> min, max;
  int maxLength = 0;  // 0: the type's default
  Prefill prefill;
  std::optional<rules::Rule> when;  // shown (and checked) only while this holds; over answers, ..., form.<field>
  bool internal = false;             // computed by the engine (levels, scores): shown, never typed by the resident
  Text labelForOther;                // the label when someone fills the form in for another person
  std::string pointer;
};

// Whom a section is about: the person who needs the provision, or the relative filling the form in for them
// (the contact person; the section applies only when the form is filled in for someone else).
enum class FormRole { Applicant, Filler };

struct FormSection {
  std::string id;
  Text title, titleForOther;
  FormRole about = FormRole::Applicant;
  std::optional<rules::Rule> when;
  std::vector<FormField> fields;
};

// A first check of the criteria the gemeente applies, shown on the check page before the gemeente decides.
// Each criterion's rule gives true (met), false (not met) or null (not known yet) over the form's data.
struct FormCriterion {
  std::string id;
  rules::Rule rule;
  Text met, notMet, unknown;
  std::vector<std::string> sources;
  std::string pointer;
};

struct FormAssessment {
  std::vector<FormCriterion> criteria;
  Text likely, unlikely, unsure, decision;
};

struct Form {
  std::string id, kind, law;
  Text name, intro, afterSubmit, consent;
  std::string onBehalfField;  // the yes/no field that says the form is filled in for someone else
  std::vector<FormSection> sections;
  std::optional<FormAssessment> assessment;
  std::vector<std::string> sources;
  std::string file, pointer;
  const FormField* field(const std::string& fieldId) const;
};

// A word residents may not know ("indicatie", "maatwerkvoorziening") and how to explain it; the B1 hints report
// texts that use it without an explanation.
struct JargonTerm {
  std::string term;                  // lower case; also matches longer forms that start with it ("indicaties")
  Text explanation;                  // a plain explanation editors can reuse
  std::vector<std::string> sources;
};

// The content's own plain-language lists (the manifest's "plainLanguage" file).
struct PlainLanguage {
  std::vector<JargonTerm> jargon;
  std::vector<std::string> words;  // words the Dutch spelling check accepts (names, abbreviations: "BUUV", "Haarlem")
  std::string file;                // where the lists are, for diagnostics
};

// A signal staff can note in balie mode (something that points to more going on), per levensgebied.
struct Signal {
  std::string id;
  std::string levensgebied;
  Text label;
  bool coordination = false;  // points to a need for coordination: counts towards routing to the sociaal wijkteam
  std::vector<std::string> sources;
  std::string file, pointer;
};

struct LiveSessions;  // core/engine/live_sessions.h
// Holds a content's live sessions. A copy of a Content starts without any: its walks point into the original.
struct LiveSessionSlot {
  std::shared_ptr<LiveSessions> cache;
  LiveSessionSlot() = default;
  LiveSessionSlot(const LiveSessionSlot&) {}
  LiveSessionSlot& operator=(const LiveSessionSlot&) {
    cache.reset();
    return *this;
  }
};

struct Content {
  std::string id;
  Text name;
  std::string version;
  std::vector<std::string> languages;
  std::vector<Named> wijken;
  std::vector<Named> targetGroups;
  std::vector<std::string> declaredFacts;

  std::vector<Levensgebied> levensgebieden;
  std::vector<DangerSignal> dangerSignals;
  std::vector<Tree> trees;
  std::vector<Advice> advice;
  std::vector<Organization> organizations;
  std::vector<Service> services;
  std::vector<Location> locations;
  std::vector<ServiceAtLocation> servicesAtLocation;
  std::vector<BuuvTemplate> buuvTemplates;
  std::vector<Form> forms;
  std::vector<Signal> signals;
  std::map<std::string, Text> texts;
  PlainLanguage plainLanguage;

  // Lookups; null when absent. Built by the loader (index()).
  const Levensgebied* levensgebied(const std::string& id) const;
  const Tree* tree(const std::string& id) const;
  const Tree* treeFor(const std::string& levensgebiedId) const;
  const Node* node(const std::string& nodeId) const;  // across all trees
  const Advice* adviceItem(const std::string& id) const;
  const Service* service(const std::string& id) const;
  const Organization* organization(const std::string& id) const;
  const Location* location(const std::string& id) const;
  const Form* form(const std::string& id) const;
  const BuuvTemplate* buuvTemplate(const std::string& id) const;
  const Signal* signal(const std::string& id) const;  // a short list: looked up in place
  std::vector<const Location*> locationsOf(const std::string& serviceId) const;
  // The sociale kaart's search index (service_index.h).
  const ServiceIndex& serviceSearch() const { return serviceSearch_; }
  // Rebuilds the lookup tables; call after changing the vectors.
  void index();
  // The sessions the engine answered with last (core/engine/live_sessions.h); index() forgets them.
  mutable LiveSessionSlot liveSessions;

 private:
  template <typename T>
  using IdIndex = std::unordered_map<std::string, const T*>;
  IdIndex<Levensgebied> levensgebiedIndex_;
  IdIndex<Tree> treeIndex_, treeByLevensgebied_;
  IdIndex<Node> nodeIndex_;
  IdIndex<Advice> adviceIndex_;
  IdIndex<Service> serviceIndex_;
  IdIndex<Organization> organizationIndex_;
  IdIndex<Location> locationIndex_;
  IdIndex<Form> formIndex_;
  IdIndex<BuuvTemplate> buuvIndex_;
  std::unordered_map<std::string, std::vector<const Location*>> locationsByService_;
  ServiceIndex serviceSearch_;
};

}  // namespace ekw

#include "core/engine/forms.h"

#include <cmath>
#include <cstdint>
#include <set>

#include "core/engine/known.h"
#include "core/engine/brp.h"
#include "core/engine/messages.h"
#include "core/content/utf8.h"
#include "core/content/value_checks.h"

namespace ekw {

using nlohmann::json;

std::string answerText(const Content& content, const Node& node, const json& value, const std::string& language) {
  if (value.is_null()) return uiText(content, "answer.unknown", language);
  if (value.is_boolean()) return uiText(content, value.get<bool>() ? "yesno.ja" : "yesno.nee", language);
  return questionType(node.type).display(node, value, language);
}

std::string summaryText(const Content& content, const SessionState& state, const Walk& walk,
                        const std::string& levensgebied, const std::string& language) {
  std::string out;
  for (const Step& step : walk.steps) {
    if (!levensgebied.empty() && step.tree->levensgebied != levensgebied) continue;
    if (step.node->isQuestion()) {
      auto it = state.answers.find(step.node->id);
      if (it == state.answers.end()) continue;
      out += step.node->text.in(language) + " " + answerText(content, *step.node, *it, language) + "\n";
    } else {
      out += step.node->text.in(language) + "\n";
    }
  }
  if (!out.empty()) out.pop_back();
  return out;
}

std::string fieldValueText(const Content& content, const FormField& field, const json& value, const std::string& language) {
  if (value.is_null() || (value.is_string() && value.get<std::string>().empty()))
    return uiText(content, "answer.empty", language);
  if (field.type == FieldType::YesNo || field.type == FieldType::Consent)
    return uiText(content, value == json(true) ? "yesno.ja" : "yesno.nee", language);
  if (!value.is_string()) return value.dump();
  std::string text = value.get<std::string>();
  if (field.type == FieldType::Date && values::date(text) == text)  // an ISO date reads as DD-MM-JJJJ
    return text.substr(8, 2) + "-" + text.substr(5, 2) + "-" + text.substr(0, 4);
  if (field.type == FieldType::Choice)
    for (const Named& o : field.options)
      if (o.id == text) return o.name.in(language);
  return text;
}

namespace {

// Follows a dotted path into an object ("naam.voornamen").
json dig(const json& root, const std::string& path) {
  const json* at = &root;
  std::size_t from = 0;
  while (from <= path.size()) {
    std::size_t dot = path.find('.', from);
    std::string key = path.substr(from, dot == std::string::npos ? std::string::npos : dot - from);
    if (!at->is_object() || !at->contains(key)) return nullptr;
    at = &(*at)[key];
    if (dot == std::string::npos) break;
    from = dot + 1;
  }
  return *at;
}

bool wantsRawValue(FieldType t) {
  return t == FieldType::Choice || t == FieldType::YesNo || t == FieldType::Consent || t == FieldType::Number;
}

// The data a prefill reads; `person` is already the view for the field's role (see FormState).
json prefillValue(const Content& content, const FormField& field, const SessionState& state, const Walk& walk,
                  const json& data, const std::string& language) {
  if (field.prefill.logic) return field.prefill.logic->apply(data);
  const std::string& path = field.prefill.path;
  auto dot = path.find('.');
  std::string root = path.substr(0, dot), rest = dot == std::string::npos ? "" : path.substr(dot + 1);
  if (root == "summary") {
    std::string s = summaryText(content, state, walk, rest, language);
    return s.empty() ? json(nullptr) : json(s);
  }
  if (root == "answers") {
    const Node* node = content.node(rest);
    auto it = state.answers.find(rest);
    if (!node || it == state.answers.end() || it->is_null()) return nullptr;
    if (wantsRawValue(field.type)) return *it;
    if (field.type == FieldType::Date && it->is_string()) return *it;
    return answerText(content, *node, *it, language);
  }
  if (root == "facts") return dig(walk.facts, rest);
  if (root == "person") return dig(data["person"], rest);
  if (root == "context") return dig(state.context, rest);
  if (root == "profile") {
    auto it = walk.outcomes.find(rest);
    if (it == walk.outcomes.end()) return nullptr;
    if (!knowledgeOf(state, walk, rest).known()) return wantsRawValue(field.type) ? json(nullptr) : json(uiText(content, "level.unknown", language));
    if (wantsRawValue(field.type)) return it->second->level;
    return std::to_string(it->second->level) + " - " + uiText(content, "zrm." + std::to_string(it->second->level), language);
  }
  return nullptr;
}

// A prefilled value is never blank: "" or " " (e.g. a name joined from parts the BRP left out) is no value.
json notBlank(json v) {
  if (v.is_string()) {
    std::string s = values::trim(v.get<std::string>());
    if (s.empty()) return nullptr;
    return s;
  }
  if (v.is_array() && v.empty()) return nullptr;
  if (v.is_object()) return nullptr;  // a form field holds no objects
  return v;
}

// Where a prefilled value came from, as the resident is told: "brp" (the gemeente's data, handed over by the
// portal) or "answers" (what the resident told in the questions, the start page included).
std::string prefillSource(const FormField& f, const json& value, const json& data) {
  if (!f.prefill.path.empty()) return f.prefill.path.rfind("person.", 0) == 0 ? "brp" : "answers";
  for (const std::string& var : f.prefill.logic->variables())
    if (var.rfind("person.", 0) == 0 && dig(data, var) == value) return "brp";
  return "answers";
}

// Everything a form's conditions and prefills depend on, worked out once per call.
class FormState {
 public:
  FormState(const Content& content, const Form& form, const SessionState& state, const Walk& walk, const json& typed,
            const std::string& language) {
    json base = ruleData(state, walk);
    json person = personFields(state.person);
    onBehalf_ = rules::truthy(state.context.value("forSomeoneElse", json(false)));
    if (!form.onBehalfField.empty() && typed.is_object() && typed.contains(form.onBehalfField) &&
        typed[form.onBehalfField].is_boolean())
      onBehalf_ = typed[form.onBehalfField].get<bool>();
    // The person logged in at the portal is the one filling the form in. When that is a relative, their BRP data
    // goes to the contact person's fields, never to the applicant's: the applicant is the person cared for.
    applicantData_ = base;
    applicantData_["person"] = onBehalf_ ? json::object() : person;
    fillerData_ = base;
    fillerData_["person"] = onBehalf_ ? person : json::object();
    json formValues = json::object();
    for (const FormSection& s : form.sections)
      for (const FormField& f : s.fields) {
        const json& data = s.about == FormRole::Filler ? fillerData_ : applicantData_;
        Entry e;
        e.section = &s;
        e.field = &f;
        if (!f.prefill.empty()) e.prefill = notBlank(prefillValue(content, f, state, walk, data, language));
        if (!e.prefill.is_null()) e.source = prefillSource(f, e.prefill, data);
        bool typedHere = !f.internal && typed.is_object() && typed.contains(f.id);
        e.value = typedHere ? typed[f.id] : e.prefill;
        if (!form.onBehalfField.empty() && f.id == form.onBehalfField && !typedHere) e.value = onBehalf_;
        formValues[f.id] = e.value;
        entries_.push_back(std::move(e));
      }
    applicantData_["form"] = formValues;
    for (Entry& e : entries_) {
      bool sectionApplies = (e.section->about != FormRole::Filler || onBehalf_) &&
                            (!e.section->when || rules::truthy(e.section->when->apply(applicantData_)));
      e.applies = sectionApplies && (!e.field->when || rules::truthy(e.field->when->apply(applicantData_)));
    }
  }

  struct Entry {
    const FormSection* section = nullptr;
    const FormField* field = nullptr;
    json prefill = nullptr, value = nullptr;
    std::string source;
    bool applies = true;
  };

  bool onBehalf() const { return onBehalf_; }
  const std::vector<Entry>& entries() const { return entries_; }
  // The data the assessment reads, with the checked values as form.*.
  json assessmentData(const json& values) const {
    json d = applicantData_;
    d["form"] = values;
    return d;
  }

 private:
  bool onBehalf_ = false;
  json applicantData_, fillerData_;
  std::vector<Entry> entries_;
};

const Text& pick(const Text& usual, const Text& forOther, bool onBehalf) {
  return onBehalf && !forOther.empty() ? forOther : usual;
}

Problem checkField(const FormField& f, const json& v) {
  bool blank = v.is_null() || (v.is_string() && values::trim(v.get<std::string>()).empty());
  if (f.type == FieldType::Consent) {
    if (f.required && !(v.is_boolean() && v.get<bool>())) return {"consent.required", {}};
    return {};
  }
  if (blank) {
    if (!f.required) return {};
    bool choose = f.type == FieldType::Choice || f.type == FieldType::YesNo;  // "Kies ...", not "Vul dit in"
    return {choose ? "required.fieldChoice" : "required.field", {}};
  }
  std::string s = v.is_string() ? values::trim(v.get<std::string>()) : v.dump();
  switch (f.type) {
    case FieldType::Text:
    case FieldType::Textarea: {
      std::size_t max = f.maxLength > 0 ? static_cast<std::size_t>(f.maxLength) : (f.type == FieldType::Text ? 200 : 4000);
      if (utf8::codePoints(s) > max) return {"text.tooLong", {{"max", std::to_string(max)}}};
      return {};
    }
    case FieldType::Number: {
      auto d = values::number(v);
      if (!d) return {"number.invalid", {}};
      if ((f.min && *d < *f.min) || (f.max && *d > *f.max)) {
        auto fmt = [](double x) { return std::to_string(static_cast<long long>(x)); };
        if (f.min && f.max) return {"number.range", {{"min", fmt(*f.min)}, {"max", fmt(*f.max)}}};
        if (f.min) return {"number.min", {{"min", fmt(*f.min)}}};
        return {"number.max", {{"max", fmt(*f.max)}}};
      }
      return {};
    }
    case FieldType::Date: {
      bool unreal = false;
      if (!values::date(s, &unreal)) return {unreal ? "date.unreal" : "date.invalid", {}};
      return {};
    }
    case FieldType::Postcode: return values::postcode(s) ? Problem{} : Problem{"postcode.invalid", {}};
    case FieldType::Bsn: return values::bsn(s) ? Problem{} : Problem{"bsn.invalid", {}};
    case FieldType::Iban: return values::iban(s) ? Problem{} : Problem{"iban.invalid", {}};
    case FieldType::Phone: return values::phone(s) ? Problem{} : Problem{"phone.invalid", {}};
    case FieldType::Email: return values::email(s) ? Problem{} : Problem{"email.invalid", {}};
    case FieldType::Choice: {
      for (const Named& o : f.options)
        if (o.id == s) return {};
      return {"choice.unknown", {}};
    }
    case FieldType::YesNo:
      return v.is_boolean() || s == "ja" || s == "nee" ? Problem{} : Problem{"yesno.invalid", {}};
    case FieldType::Consent: break;
  }
  return {};
}

json normalised(const FormField& f, const json& v) {
  if (!v.is_string()) return v;
  std::string s = values::trim(v.get<std::string>());
  std::optional<std::string> n;
  switch (f.type) {
    case FieldType::Date: n = values::date(s); break;
    case FieldType::Postcode: n = values::postcode(s); break;
    case FieldType::Bsn: n = values::bsn(s); break;
    case FieldType::Iban: n = values::iban(s); break;
    case FieldType::Phone: n = values::phone(s); break;
    case FieldType::YesNo: return s == "ja" ? json(true) : s == "nee" ? json(false) : json(s);
    case FieldType::Number: {
      auto d = values::number(v);
      if (!d) return json(s);
      if (std::floor(*d) == *d && std::fabs(*d) < 9e15) return json(static_cast<std::int64_t>(*d));
      return json(*d);
    }
    default: break;
  }
  return n ? json(*n) : json(s);
}

}  // namespace

json prefilledForm(const Content& content, const Form& form, const SessionState& state, const Walk& walk,
                   const json& typed, const std::string& language) {
  FormState fs(content, form, state, walk, typed, language);
  json sections = json::array();
  const FormSection* current = nullptr;
  bool consentShown = false;
  std::set<std::string> sourcesUsed;
  json brpFields = json::array();
  for (const FormState::Entry& e : fs.entries()) {
    if (e.section != current) {
      current = e.section;
      sections.push_back({{"id", current->id},
                          {"title", pick(current->title, current->titleForOther, fs.onBehalf()).in(language)},
                          {"about", current->about == FormRole::Filler ? "filler" : "applicant"},
                          {"applies", false},
                          {"fields", json::array()}});
    }
    const FormField& f = *e.field;
    // Every option the site draws, with the value it stands for (a yes/no field's too, in the engine's words).
    json options = json::array();
    for (const Named& o : f.options) options.push_back({{"id", o.id}, {"label", o.name.in(language)}, {"value", o.id}});
    if (f.type == FieldType::YesNo)
      for (bool yes : {true, false})
        options.push_back({{"id", yes ? "true" : "false"}, {"label", uiText(content, yes ? "yesno.ja" : "yesno.nee", language)}, {"value", yes}});
    std::string label = pick(f.label, f.labelForOther, fs.onBehalf()).in(language);
    json field{{"id", f.id},         {"type", fieldTypeName(f.type)}, {"label", label},
               {"hint", f.hint.in(language)}, {"required", f.required}, {"options", options},
               {"value", e.value},   {"display", fieldValueText(content, f, e.value, language)}, {"prefill", e.prefill},
               {"prefilledFrom", e.prefill.is_null() ? json(nullptr) : json(e.source)},
               {"applies", e.applies}, {"internal", f.internal}, {"conditional", f.when.has_value() || current->when.has_value()}};
    if (f.min) field["min"] = *f.min;
    if (f.max) field["max"] = *f.max;
    if (f.maxLength) field["maxLength"] = f.maxLength;
    if (f.type == FieldType::Consent && !consentShown && !form.consent.empty()) {
      field["statement"] = form.consent.in(language);  // the text the resident agrees to, shown above the box
      consentShown = true;
    }
    if (e.applies && !e.prefill.is_null()) {
      sourcesUsed.insert(e.source);
      if (e.source == "brp") brpFields.push_back(label);
    }
    json& section = sections.back();
    if (e.applies) section["applies"] = true;
    section["fields"].push_back(std::move(field));
  }
  return {{"id", form.id},
          {"kind", form.kind},
          {"name", form.name.in(language)},
          {"law", form.law},
          {"intro", form.intro.in(language)},
          {"afterSubmit", form.afterSubmit.in(language)},
          {"consent", form.consent.in(language)},
          {"onBehalf", fs.onBehalf()},
          {"prefilled", {{"answers", sourcesUsed.count("answers") > 0}, {"brp", sourcesUsed.count("brp") > 0}, {"brpFields", brpFields}}},
          {"hasAssessment", form.assessment.has_value()},
          {"sections", sections},
          {"sources", form.sources}};
}

namespace {

json assess(const FormAssessment& a, const json& data, const std::string& language) {
  json reasons = json::array();
  bool anyNotMet = false, anyUnknown = false;
  for (const FormCriterion& c : a.criteria) {
    json r = c.rule.apply(data);
    std::string status = r.is_null() ? "unknown" : rules::truthy(r) ? "met" : "notMet";
    anyNotMet |= status == "notMet";
    anyUnknown |= status == "unknown";
    const Text& t = status == "met" ? c.met : status == "notMet" ? c.notMet : c.unknown;
    reasons.push_back({{"id", c.id}, {"status", status}, {"text", t.in(language)}, {"sources", c.sources}});
  }
  std::string result = anyNotMet ? "unlikely" : anyUnknown ? "unsure" : "likely";
  const Text& summary = anyNotMet ? a.unlikely : anyUnknown ? a.unsure : a.likely;
  return {{"result", result}, {"text", summary.in(language)}, {"reasons", reasons}, {"decision", a.decision.in(language)}};
}

}  // namespace

json checkForm(const Content& content, const Form& form, const SessionState& state, const Walk& walk, const json& values,
               const std::string& language) {
  FormState fs(content, form, state, walk, values, language);
  json errors = json::array();
  json out = json::object();
  json display = json::object();
  json applies = json::object();
  for (const FormState::Entry& e : fs.entries()) {
    const FormField& f = *e.field;
    applies[f.id] = e.applies;
    if (!e.applies) continue;  // a field that does not apply is neither checked nor sent
    // An internal field holds the engine's value whatever was sent; a field the resident never touched keeps its
    // prefill, so a check without `values` checks the form as prefilled.
    const json& v = e.value;
    Problem p = checkField(f, v);
    if (!p.ok()) {
      p.params["label"] = pick(f.label, f.labelForOther, fs.onBehalf()).in(language);
      errors.push_back({{"field", f.id}, {"code", p.code}, {"message", messageFor(content, p, language)}});
      out[f.id] = v;  // keep what was typed, so nothing is lost
    } else {
      out[f.id] = normalised(f, v);
    }
    display[f.id] = fieldValueText(content, f, out[f.id], language);
  }
  json result{{"ok", errors.empty()}, {"errors", errors}, {"values", out}, {"display", display}, {"applies", applies},
              {"onBehalf", fs.onBehalf()}};
  if (form.assessment) result["assessment"] = assess(*form.assessment, fs.assessmentData(out), language);
  return result;
}

}  // namespace ekw

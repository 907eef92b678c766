#include "core/engine/forms.h"

#include <cmath>
#include <cstdint>

#include "core/engine/known.h"
#include "core/engine/messages.h"
#include "core/engine/value_checks.h"

namespace ekw {

using nlohmann::json;

std::string answerText(const Content& content, const Node& node, const json& value, const std::string& language) {
  if (value.is_null()) return uiText(content, "answer.unknown", language);
  if (value.is_boolean()) return uiText(content, value.get<bool>() ? "yesno.ja" : "yesno.nee", language);
  if (value.is_string() && node.type == NodeType::Single) {
    const Option* o = node.option(value.get<std::string>());
    return o ? o->label.in(language) : value.get<std::string>();
  }
  if (value.is_array()) {
    std::string out;
    for (const json& v : value) {
      const Option* o = v.is_string() ? node.option(v.get<std::string>()) : nullptr;
      out += (out.empty() ? "" : ", ") + (o ? o->label.in(language) : v.dump());
    }
    return out;
  }
  if (value.is_string() && node.type == NodeType::Date) {
    std::string d = value.get<std::string>();
    return d.size() == 10 ? d.substr(8, 2) + "-" + d.substr(5, 2) + "-" + d.substr(0, 4) : d;
  }
  if (value.is_string()) return value.get<std::string>();
  std::string number = value.dump();
  std::string unit = node.unit.in(language);
  return unit.empty() ? number : number + " " + unit;
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

json prefillValue(const Content& content, const FormField& field, const SessionState& state, const Walk& walk,
                  const std::string& language) {
  if (field.prefill.logic) return field.prefill.logic->apply(ruleData(state, walk));
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
    if (wantsRawValue(field.type) || node->type == NodeType::Postcode) return *it;
    if (field.type == FieldType::Date && it->is_string()) return *it;
    return answerText(content, *node, *it, language);
  }
  if (root == "facts") return dig(walk.facts, rest);
  if (root == "person") return dig(state.person, rest);
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

Problem checkField(const FormField& f, const json& v) {
  bool blank = v.is_null() || (v.is_string() && values::trim(v.get<std::string>()).empty());
  if (f.type == FieldType::Consent) {
    if (f.required && !(v.is_boolean() && v.get<bool>())) return {"consent.required", {}};
    return {};
  }
  if (blank) return f.required ? Problem{"required.field", {{"label", f.label.in("nl")}}} : Problem{};
  std::string s = v.is_string() ? values::trim(v.get<std::string>()) : v.dump();
  switch (f.type) {
    case FieldType::Text:
    case FieldType::Textarea: {
      std::size_t max = f.maxLength > 0 ? static_cast<std::size_t>(f.maxLength) : (f.type == FieldType::Text ? 200 : 4000);
      if (values::codePoints(s) > max) return {"text.tooLong", {{"max", std::to_string(max)}}};
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
                   const std::string& language) {
  json sections = json::array();
  for (const FormSection& s : form.sections) {
    json fields = json::array();
    for (const FormField& f : s.fields) {
      json options = json::array();
      for (const Named& o : f.options) options.push_back({{"id", o.id}, {"label", o.name.in(language)}});
      json value = f.prefill.empty() ? json(nullptr) : prefillValue(content, f, state, walk, language);
      json field{{"id", f.id},         {"type", fieldTypeName(f.type)}, {"label", f.label.in(language)},
                 {"hint", f.hint.in(language)}, {"required", f.required}, {"options", options},
                 {"value", value},
                 {"prefilledFrom", value.is_null() ? json(nullptr)
                                                   : json(f.prefill.logic ? std::string("logic") : f.prefill.path)}};
      if (f.min) field["min"] = *f.min;
      if (f.max) field["max"] = *f.max;
      if (f.maxLength) field["maxLength"] = f.maxLength;
      fields.push_back(std::move(field));
    }
    sections.push_back({{"id", s.id}, {"title", s.title.in(language)}, {"fields", fields}});
  }
  return {{"id", form.id},
          {"kind", form.kind},
          {"name", form.name.in(language)},
          {"law", form.law},
          {"intro", form.intro.in(language)},
          {"afterSubmit", form.afterSubmit.in(language)},
          {"consent", form.consent.in(language)},
          {"sections", sections},
          {"sources", form.sources}};
}

json checkForm(const Content& content, const Form& form, const json& values, const std::string& language) {
  json errors = json::array();
  json out = json::object();
  for (const FormSection& s : form.sections)
    for (const FormField& f : s.fields) {
      json v = values.is_object() && values.contains(f.id) ? values[f.id] : json(nullptr);
      Problem p = checkField(f, v);
      if (!p.ok()) {
        if (p.code == "required.field") p.params["label"] = f.label.in(language);
        errors.push_back({{"field", f.id}, {"code", p.code}, {"message", messageFor(content, p, language)}});
        out[f.id] = v;  // keep what was typed, so nothing is lost
      } else {
        out[f.id] = normalised(f, v);
      }
    }
  return {{"ok", errors.empty()}, {"errors", errors}, {"values", out}};
}

}  // namespace ekw

#include "core/balie/plan_check.h"

#include <algorithm>
#include <iterator>

#include "core/engine/messages.h"
#include "core/content/value_checks.h"

namespace ekw::balie {

using nlohmann::json;

namespace {

class Checker {
 public:
  Checker(const Content& c, const std::string& language) : c_(c), language_(language) {}

  void fail(const std::string& field, const std::string& code) {
    errors_.push_back({{"field", field}, {"code", code}, {"message", uiText(c_, "balie.error." + code, language_)}});
  }

  bool isDate(const json& v) const { return v.is_string() && values::date(v.get<std::string>()).has_value(); }
  static bool text(const json& v) { return v.is_string() && !values::trim(v.get<std::string>()).empty(); }

  void optionalDate(const json& o, const char* key, const std::string& field) {
    if (!o.contains(key) || (o[key].is_string() && o[key].get<std::string>().empty())) return;
    if (!isDate(o[key])) fail(field + "/" + key, "date");
  }

  json result() const { return {{"ok", errors_.empty()}, {"errors", errors_}}; }

  const Content& c_;
  std::string language_;
  json errors_ = json::array();
};

template <std::size_t N>
bool oneOf(const json& v, const char* const (&list)[N]) {
  return v.is_string() && std::find_if(std::begin(list), std::end(list), [&](const char* s) { return v == s; }) != std::end(list);
}

}  // namespace

json checkBalie(const Content& content, const json& balie, const std::string& language) {
  Checker k(content, language);
  if (!balie.is_object()) {
    k.fail("", "notObject");
    return k.result();
  }
  if (balie.contains("exploration") && !balie["exploration"].is_null()) {
    const json& e = balie["exploration"];
    if (!e.is_object() || !k.isDate(e.value("date", json()))) k.fail("/exploration/date", "date");
    if (!e.is_object() || !e.contains("scope") || !e["scope"].is_array() || e["scope"].empty())
      k.fail("/exploration/scope", "scope");
  }
  if (balie.contains("goals")) {
    const json& g = balie["goals"];
    for (std::size_t i = 0; g.is_array() && i < g.size(); ++i)
      if (!g[i].is_object() || !Checker::text(g[i].value("text", json()))) k.fail("/goals/" + std::to_string(i) + "/text", "goalText");
  }
  if (balie.contains("actions")) {
    const json& a = balie["actions"];
    for (std::size_t i = 0; a.is_array() && i < a.size(); ++i) {
      std::string at = "/actions/" + std::to_string(i);
      if (!a[i].is_object()) {
        k.fail(at, "notObject");
        continue;
      }
      if (!oneOf(a[i].value("who", json()), kWho)) k.fail(at + "/who", "who");
      if (!Checker::text(a[i].value("what", json()))) k.fail(at + "/what", "what");
      if (!k.isDate(a[i].value("by", json()))) k.fail(at + "/by", "date");
    }
  }
  if (balie.is_object()) k.optionalDate(balie, "reviewDate", "");
  if (balie.contains("decisions") && balie["decisions"].is_object())
    for (auto it = balie["decisions"].begin(); it != balie["decisions"].end(); ++it) {
      std::string at = "/decisions/" + it.key();
      const json& d = *it;
      if (!d.is_object() || !oneOf(d.value("decision", json()), kDecisions)) k.fail(at + "/decision", "decision");
      else if (d["decision"] == "set-aside" && !Checker::text(d.value("reason", json()))) k.fail(at + "/reason", "setAsideReason");
    }
  if (balie.contains("routing") && balie["routing"].is_object()) {
    const json& r = balie["routing"];
    std::string decision = r.value("decision", "");
    if (!decision.empty() && decision != "accepted" && decision != "overruled") k.fail("/routing/decision", "decision");
    if (decision == "overruled" && !Checker::text(r.value("reason", json()))) k.fail("/routing/reason", "overruleReason");
  }
  if (balie.contains("wmo") && balie["wmo"].is_object())
    for (const char* key : {"melding", "onderzoek", "aanvraag", "beschikking"}) k.optionalDate(balie["wmo"], key, "/wmo");
  return k.result();
}

json checkConsent(const Content& content, const json& consent, const std::string& language) {
  Checker k(content, language);
  if (!consent.is_object()) {
    k.fail("", "notObject");
    return k.result();
  }
  if (!k.isDate(consent.value("date", json()))) k.fail("/date", "date");
  if (!Checker::text(consent.value("recipient", json()))) k.fail("/recipient", "recipient");
  const json parts = consent.value("parts", json());
  if (!parts.is_object()) {
    k.fail("/parts", "parts");
  } else {
    for (const char* key : {"profile", "notes", "plan", "forms"})
      if (!parts.value(key, json()).is_boolean()) k.fail(std::string("/parts/") + key, "parts");
    const json answers = parts.value("answers", json());
    if (!answers.is_object()) k.fail("/parts/answers", "parts");
    else
      for (auto it = answers.begin(); it != answers.end(); ++it)
        if (!it->is_boolean() || !content.levensgebied(it.key())) k.fail("/parts/answers/" + it.key(), "parts");
  }
  if (consent.contains("counting") && !consent["counting"].is_boolean()) k.fail("/counting", "parts");
  return k.result();
}

}  // namespace ekw::balie

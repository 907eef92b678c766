#include "core/engine/brp.h"

#include "core/content/value_checks.h"

namespace ekw {

using nlohmann::json;

namespace {

const json& at(const json& o, const char* key) {
  static const json kNull;
  if (!o.is_object()) return kNull;
  auto it = o.find(key);
  return it == o.end() ? kNull : *it;
}

// A non-blank string member, trimmed; "" when absent or not text.
std::string text(const json& o, const char* key) {
  const json& v = at(o, key);
  return v.is_string() ? values::trim(v.get<std::string>()) : std::string();
}

void keepText(const json& from, json& to, const char* key) {
  std::string s = text(from, key);
  if (!s.empty()) to[key] = s;
}

std::string join(const std::string& a, const std::string& b, const char* sep = " ") {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return a + sep + b;
}

class Reader {
 public:
  json read(const json& p) {
    json out = json::object();
    if (!p.is_object()) {
      problems.push_back("the Persoon is not an object");
      return out;
    }
    if (!at(p, "burgerservicenummer").is_null()) {
      std::string bsn = text(p, "burgerservicenummer");
      if (auto ok = values::bsn(bsn); ok && bsn.size() == 9) out["burgerservicenummer"] = *ok;
      else problems.push_back("burgerservicenummer is not nine digits passing the elfproef");
    }
    if (const json& n = at(p, "naam"); n.is_object()) {
      json naam = json::object();
      for (const char* key : {"voornamen", "voorvoegsel", "geslachtsnaam", "voorletters", "volledigeNaam"}) keepText(n, naam, key);
      if (!naam.empty()) out["naam"] = naam;
    } else if (!n.is_null()) {
      problems.push_back("naam is not an object");
    }
    if (const json& g = at(at(p, "geboorte"), "datum"); !g.is_null()) {
      // AbstractDatum: only a full date ("Datum") is a birth date a form can use; JaarDatum etc. are partial.
      std::string iso = text(g, "datum");
      if (text(g, "type") == "Datum" && values::date(iso) && *values::date(iso) == iso)
        out["geboorte"] = {{"datum", {{"type", "Datum"}, {"datum", iso}}}};
      else if (text(g, "type") == "Datum")
        problems.push_back("geboorte.datum.datum is not a date (YYYY-MM-DD)");
    }
    if (const json& l = at(p, "leeftijd"); l.is_number_integer() && l.get<long long>() >= 0) out["leeftijd"] = l;
    if (const json& v = at(p, "verblijfplaats"); v.is_object()) {
      // Only a Dutch address ("Adres") has the street, number and postcode a form asks for.
      if (text(v, "type") == "Adres") {
        const json& a = at(v, "verblijfadres");
        json adres = json::object();
        for (const char* key : {"officieleStraatnaam", "korteStraatnaam", "huisletter", "huisnummertoevoeging", "woonplaats"})
          keepText(a, adres, key);
        if (const json& nr = at(a, "huisnummer"); nr.is_number_integer() && nr.get<long long>() > 0) adres["huisnummer"] = nr;
        if (auto pc = values::postcode(text(a, "postcode"))) adres["postcode"] = *pc;
        else if (!at(a, "postcode").is_null()) problems.push_back("verblijfplaats.verblijfadres.postcode is not a Dutch postcode");
        if (!adres.empty()) out["verblijfplaats"] = {{"type", "Adres"}, {"verblijfadres", adres}};
      }
    } else if (!v.is_null()) {
      problems.push_back("verblijfplaats is not an object");
    }
    return out;
  }
  std::vector<std::string> problems;
};

}  // namespace

BrpReading readBrp(const json& response) {
  Reader r;
  BrpReading out;
  const json* persoon = &response;
  if (response.is_object() && response.contains("personen")) {
    const json& list = response["personen"];
    if (!list.is_array() || list.size() != 1) {
      out.problems.push_back("the response must hold exactly one person in \"personen\" (found " +
                             std::to_string(list.is_array() ? list.size() : 0) + ")");
      out.person = json::object();
      return out;
    }
    persoon = &list[0];
  }
  out.person = r.read(*persoon);
  out.problems = std::move(r.problems);
  return out;
}

json personFields(const json& p) {
  if (!p.is_object()) return json::object();
  json out = p;
  const json& naam = at(p, "naam");
  std::string voornamen = text(naam, "voornamen");
  std::string achternaam = join(text(naam, "voorvoegsel"), text(naam, "geslachtsnaam"));
  std::string volledig = text(naam, "volledigeNaam");
  if (volledig.empty()) volledig = join(voornamen, achternaam);
  if (!voornamen.empty()) out["voornamen"] = voornamen;
  if (!achternaam.empty()) out["achternaam"] = achternaam;
  if (!volledig.empty()) out["volledigeNaam"] = volledig;
  std::string geboren = text(at(at(p, "geboorte"), "datum"), "datum");
  if (!geboren.empty()) out["geboortedatum"] = geboren;
  const json& a = at(at(p, "verblijfplaats"), "verblijfadres");
  std::string straat = text(a, "officieleStraatnaam");
  if (straat.empty()) straat = text(a, "korteStraatnaam");
  if (!straat.empty()) out["straat"] = straat;
  if (const json& nr = at(a, "huisnummer"); nr.is_number_integer())
    out["huisnummer"] = join(std::to_string(nr.get<long long>()) + text(a, "huisletter"), text(a, "huisnummertoevoeging"));
  if (std::string pc = text(a, "postcode"); !pc.empty()) out["postcode"] = pc;
  if (std::string wp = text(a, "woonplaats"); !wp.empty()) out["woonplaats"] = wp;
  return out;
}

}  // namespace ekw

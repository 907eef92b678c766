// Forms over the API on the Haarlem content, as the site uses them: whose form it is (the person who needs the
// provision, or a relative filling it in as contact person), fields that apply only when they should, internal
// fields, the consent statement, where prefilled data came from (answers, or the BRP only when the portal gave it),
// the schulddienstverlening first check, and BUUV drafts with every optional field left empty.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/api/engine_api.h"
#include "core/api/simulate.h"
#include "by_id.h"
#include "test_content.h"

namespace ekw {
namespace {

using nlohmann::json;

const Content& haarlem() {
  const auto& loaded = testing::haarlemContent();
  if (!loaded.content) throw std::runtime_error("content/haarlem could not be loaded");
  return *loaded.content;
}

json call(const std::string& method, const json& request) { return api::handle(haarlem(), method, request); }

json readJson(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return json::parse(ss.str());
}

json brpFixture(const std::string& name) { return readJson(std::filesystem::path(EKW_SOURCE_DIR) / "tests" / "brp" / name); }

json persona(const std::string& name) {
  return readJson(std::filesystem::path(EKW_SOURCE_DIR) / "tests" / "personas" / (name + ".json"));
}

// The session a persona's answers lead to (context and person as in the persona file unless replaced).
json sessionOf(json script) {
  json r = simulate(haarlem(), script, "nl");
  EXPECT_TRUE(r.value("ok", false)) << r.dump();
  return r["session"];
}

json personOf(const std::string& fixture) { return call("readBrp", {{"response", brpFixture(fixture)}})["person"]; }

struct FieldView {
  json field;
  std::string section;
  bool sectionApplies = false;
};

// By field id: a field the form lacks fails the test.
testing::ById<FieldView> fieldsOf(const json& form) {
  testing::ById<FieldView> out;
  for (const json& s : form["sections"])
    for (const json& f : s["fields"]) out.set(f["id"], {f, s["id"], s["applies"]});
  return out;
}

std::string sectionTitle(const json& form, const std::string& id) {
  for (const json& s : form["sections"])
    if (s["id"] == id) return s["title"];
  return "";
}

// --- BRP ------------------------------------------------------------------------------------------------------------

TEST(FormsBrp, CoreReadsNameBsnBirthDateAndAddressFromThePersoon) {
  json r = call("readBrp", {{"response", brpFixture("raadpleeg-marjan.json")}});
  ASSERT_FALSE(r.contains("error")) << r.dump();
  const json& p = r["person"];
  EXPECT_EQ(p["burgerservicenummer"], "999993653");
  EXPECT_EQ(p["naam"]["voornamen"], "Marjan Elisabeth");
  EXPECT_EQ(p["geboorte"]["datum"]["datum"], "1988-04-12");
  EXPECT_EQ(p["verblijfplaats"]["verblijfadres"]["postcode"], "2013DK");
  EXPECT_FALSE(p.contains("geslacht"));  // only what a form needs is kept
  EXPECT_TRUE(r["problems"].empty());

  json form = call("form", {{"session", sessionOf(persona("marjan"))}, {"form", "aanvraag-schulddienstverlening"},
                            {"person", p}});
  auto f = fieldsOf(form);
  EXPECT_EQ(f["voornamen"].field["value"], "Marjan Elisabeth");
  EXPECT_EQ(f["achternaam"].field["value"], "van Velzen");  // voorvoegsel and geslachtsnaam
  EXPECT_EQ(f["geboortedatum"].field["value"], "1988-04-12");
  EXPECT_EQ(f["bsn"].field["value"], "999993653");
  EXPECT_EQ(f["straat"].field["value"], "Zijlweg");
  EXPECT_EQ(f["huisnummer"].field["value"], "12a 2");
  EXPECT_EQ(f["postcode"].field["value"], "2013DK");
  EXPECT_EQ(f["woonplaats"].field["value"], "Haarlem");
  for (const char* id : {"voornamen", "achternaam", "geboortedatum", "bsn", "straat", "huisnummer", "postcode", "woonplaats"})
    EXPECT_EQ(f[id].field["prefilledFrom"], "brp") << id;
  EXPECT_TRUE(form["prefilled"]["brp"]);
  EXPECT_EQ(form["prefilled"]["brpFields"].size(), 8u);
  EXPECT_EQ(form["prefilled"]["brpFields"][0], "Voornamen");
}

TEST(FormsBrp, PartialOrWrongDataIsLeftOutAndNamed) {
  json r = call("readBrp", {{"response", brpFixture("raadpleeg-onvolledig.json")}});
  ASSERT_FALSE(r.contains("error")) << r.dump();
  EXPECT_FALSE(r["person"].contains("geboorte"));        // only a year: no birth date to prefill
  EXPECT_FALSE(r["person"].contains("verblijfplaats"));  // VerblijfplaatsOnbekend: no address
  EXPECT_EQ(r["person"]["naam"]["geslachtsnaam"], "Yilmaz");

  json none = call("readBrp", {{"response", brpFixture("raadpleeg-geen-persoon.json")}});
  EXPECT_EQ(none["error"]["code"], "bad-brp");
  json badBsn = brpFixture("raadpleeg-marjan.json");
  badBsn["personen"][0]["burgerservicenummer"] = "123456789";  // fails the elfproef
  r = call("readBrp", {{"response", badBsn}});
  EXPECT_FALSE(r["person"].contains("burgerservicenummer"));
  ASSERT_EQ(r["problems"].size(), 1u);
  EXPECT_NE(r["problems"][0].get<std::string>().find("burgerservicenummer"), std::string::npos);
  EXPECT_EQ(call("readBrp", json::object())["error"]["code"], "bad-request");
  // A single Persoon (not wrapped in a response) is read the same way.
  EXPECT_EQ(call("readBrp", {{"response", brpFixture("persoon-de-jong.json")}})["person"]["naam"]["voorvoegsel"], "de");
}

TEST(FormsBrp, WithoutAPortalNothingIsClaimedAsGemeenteData) {
  json script = persona("marjan");
  script.erase("person");
  json form = call("form", {{"session", sessionOf(script)}, {"form", "aanvraag-schulddienstverlening"}});
  EXPECT_FALSE(form["prefilled"]["brp"]);
  EXPECT_TRUE(form["prefilled"]["brpFields"].empty());
  EXPECT_TRUE(form["prefilled"]["answers"]);
  for (const auto& [id, v] : fieldsOf(form)) EXPECT_NE(v.field["prefilledFrom"], "brp") << id;
  EXPECT_TRUE(fieldsOf(form)["voornamen"].field["value"].is_null());
  EXPECT_EQ(fieldsOf(form)["heeft_partner"].field["prefilledFrom"], "answers");
  // No form's intro claims that the gemeente's data was filled in.
  for (const Form& f : haarlem().forms) {
    EXPECT_EQ(f.intro.in("nl").find("al ingevuld"), std::string::npos) << f.id;
    EXPECT_EQ(f.intro.in("nl").find("gemeente al van u weet"), std::string::npos) << f.id;
  }
}

// --- for someone else --------------------------------------------------------------------------------------------

TEST(FormsForSomeoneElse, TheMantelzorgerIsTheContactPersonNeverTheApplicant) {
  json script = persona("meneer-de-jong");
  script["context"]["forSomeoneElse"] = true;  // his daughter fills it in, logged in with her own DigiD
  json session = sessionOf(script);
  json form = call("form", {{"session", session}, {"form", "aanvraag-huishoudelijke-hulp"},
                            {"person", personOf("raadpleeg-mantelzorger.json")}});
  ASSERT_FALSE(form.contains("error")) << form.dump();
  EXPECT_TRUE(form["onBehalf"]);
  auto f = fieldsOf(form);
  // The applicant is meneer de Jong: none of the daughter's BRP data lands in his fields.
  for (const char* id : {"voornamen", "achternaam", "geboortedatum", "bsn", "straat", "huisnummer", "woonplaats"}) {
    EXPECT_TRUE(f[id].field["value"].is_null()) << id << " = " << f[id].field["value"];
    EXPECT_TRUE(f[id].field["applies"]) << id;
  }
  // What was answered about him is his.
  EXPECT_EQ(f["zelf_regelen"].field["value"], "met-hulp");
  EXPECT_EQ(f["zelf_regelen"].field["prefilledFrom"], "answers");
  // She is the contact person, prefilled from her BRP data.
  EXPECT_TRUE(f["melder_naam"].sectionApplies);
  EXPECT_EQ(f["melder_naam"].field["value"], "Petra Smit");
  EXPECT_EQ(f["melder_naam"].field["prefilledFrom"], "brp");
  EXPECT_TRUE(f["melder_telefoon"].field["required"]);
  EXPECT_FALSE(f["telefoon"].field["applies"]);  // the applicant's own phone gives way to the contact person's
  EXPECT_EQ(sectionTitle(form, "over-u"), "Over de persoon voor wie u dit invult");
  EXPECT_EQ(f["zelf_regelen"].field["label"], "Kan deze persoon zelf hulp regelen en afspraken maken?");

  // Filled in for oneself, the same BRP data is the applicant's, and there is no contact person.
  form = call("form", {{"session", sessionOf(persona("meneer-de-jong"))}, {"form", "aanvraag-huishoudelijke-hulp"},
                       {"person", personOf("raadpleeg-mantelzorger.json")}});
  f = fieldsOf(form);
  EXPECT_FALSE(form["onBehalf"]);
  EXPECT_EQ(f["voornamen"].field["value"], "Petra");
  EXPECT_FALSE(f["melder_naam"].sectionApplies);
  EXPECT_FALSE(f["melder_naam"].field["applies"]);
  EXPECT_TRUE(f["telefoon"].field["applies"]);
  EXPECT_EQ(sectionTitle(form, "over-u"), "Over u");
}

TEST(FormsForSomeoneElse, TheResidentsOwnAnswerInTheFormDecidesAsTheyType) {
  json session = sessionOf(persona("meneer-de-jong"));
  json person = personOf("raadpleeg-mantelzorger.json");
  json form = call("form", {{"session", session}, {"form", "melding-wmo"}, {"person", person},
                            {"values", {{"namens_iemand_anders", true}}}});
  auto f = fieldsOf(form);
  EXPECT_TRUE(form["onBehalf"]);
  EXPECT_TRUE(f["voornamen"].field["value"].is_null());
  EXPECT_EQ(f["melder_naam"].field["value"], "Petra Smit");
  // The check follows: the contact person's name and phone are needed, the applicant's phone is not asked.
  json check = call("checkForm", {{"session", session}, {"form", "melding-wmo"}, {"person", person},
                                  {"values", {{"namens_iemand_anders", true}}}});
  std::map<std::string, std::string> errors;
  for (const json& e : check["errors"]) errors[e["field"]] = e["message"];
  EXPECT_TRUE(errors.count("melder_telefoon"));
  EXPECT_FALSE(errors.count("melder_naam"));  // prefilled from her BRP data
  EXPECT_FALSE(errors.count("telefoon"));
  EXPECT_FALSE(check["values"].contains("telefoon"));
  EXPECT_FALSE(check["applies"]["telefoon"]);
}

TEST(FormsForSomeoneElse, APrefilledFieldIsNeverBlank) {
  // Every form, for oneself and for someone else, with a full, a partial and an odd BRP person.
  std::vector<json> people = {json::object(), personOf("raadpleeg-marjan.json"), personOf("raadpleeg-onvolledig.json"),
                              {{"naam", {{"voornamen", " "}, {"geslachtsnaam", ""}}}}};
  std::size_t checked = 0;
  for (const char* name : {"marjan", "meneer-de-jong", "carla", "familie-de-groot"}) {
    for (bool forOther : {false, true}) {
      json script = persona(name);
      script["context"]["forSomeoneElse"] = forOther;
      json session = sessionOf(script);
      for (const json& person : people)
        for (const Form& form : haarlem().forms) {
          json view = call("form", {{"session", session}, {"form", form.id}, {"person", person}});
          ASSERT_FALSE(view.contains("error")) << view.dump();
          for (const auto& [id, v] : fieldsOf(view)) {
            for (const char* key : {"value", "prefill"}) {
              const json& value = v.field[key];
              if (!value.is_string()) continue;
              ++checked;
              EXPECT_NE(value.get<std::string>().find_first_not_of(" \t\n"), std::string::npos)
                  << form.id << "/" << id << " " << key << " is blank for " << name << (forOther ? " (for someone else)" : "");
            }
          }
        }
    }
  }
  EXPECT_GT(checked, 100u);
}

// --- forms that adapt --------------------------------------------------------------------------------------------

TEST(FormsAdapt, FieldsApplyOnlyWhenTheirConditionHoldsAndAreCheckedOnlyThen) {
  json session = sessionOf(persona("marjan"));
  json form = call("form", {{"session", session}, {"form", "aanvraag-schulddienstverlening"}});
  auto f = fieldsOf(form);
  EXPECT_EQ(f["heeft_partner"].field["value"], false);  // from the answers
  EXPECT_FALSE(f["partner_voornamen"].field["applies"]);
  EXPECT_TRUE(f["partner_voornamen"].field["conditional"]);
  form = call("form", {{"session", session}, {"form", "aanvraag-schulddienstverlening"}, {"values", {{"heeft_partner", true}}}});
  EXPECT_TRUE(fieldsOf(form)["partner_voornamen"].field["applies"]);

  json values = {{"heeft_partner", false}, {"partner_bsn", "123"}};
  json check = call("checkForm", {{"session", session}, {"form", "aanvraag-schulddienstverlening"}, {"values", values}});
  for (const json& e : check["errors"]) EXPECT_NE(e["field"], "partner_bsn");  // not checked: it does not apply
  EXPECT_FALSE(check["values"].contains("partner_bsn"));                     // and not sent
  values["heeft_partner"] = true;
  check = call("checkForm", {{"session", session}, {"form", "aanvraag-schulddienstverlening"}, {"values", values}});
  bool bsnError = false;
  for (const json& e : check["errors"]) bsnError |= e["field"] == "partner_bsn";
  EXPECT_TRUE(bsnError);
}

TEST(FormsAdapt, InternalFieldsHoldTheEnginesValueWhateverIsSent) {
  json session = sessionOf(persona("marjan"));
  json form = call("form", {{"session", session}, {"form", "aanvraag-schulddienstverlening"}, {"values", {{"niveau_geld", 5}}}});
  auto f = fieldsOf(form);
  EXPECT_TRUE(f["niveau_geld"].field["internal"]);
  EXPECT_EQ(f["niveau_geld"].field["value"], 2);
  json check = call("checkForm", {{"session", session}, {"form", "aanvraag-schulddienstverlening"}, {"values", {{"niveau_geld", 5}}}});
  EXPECT_EQ(check["values"]["niveau_geld"], 2);
  // Every level field in the Haarlem forms is internal.
  for (const Form& fm : haarlem().forms)
    for (const FormSection& s : fm.sections)
      for (const FormField& fld : s.fields)
        if (fld.prefill.path.rfind("profile.", 0) == 0) {
          EXPECT_TRUE(fld.internal) << fm.id << "/" << fld.id;
        }
}

TEST(FormsAdapt, AMissingChoiceSaysKiesAndTheConsentTextStandsWithTheFirstConsentBox) {
  json check = call("checkForm", {{"form", "aanvraag-huishoudelijke-hulp"}, {"values", json::object()}});
  std::map<std::string, std::string> errors;
  for (const json& e : check["errors"]) errors[e["field"]] = e["message"];
  EXPECT_EQ(errors["levering"], "Kies een antwoord bij \u2018Kies hoe u de hulp wilt krijgen\u2019");
  EXPECT_EQ(errors["gesprek_gehad"].rfind("Kies een antwoord bij", 0), 0u) << errors["gesprek_gehad"];  // yes/no
  EXPECT_EQ(errors["voornamen"], "Vul dit in: \u2018Voornamen\u2019");
  json en = call("checkForm", {{"form", "aanvraag-huishoudelijke-hulp"}, {"language", "en"}});
  for (const json& e : en["errors"])
    if (e["field"] == "levering") {
      EXPECT_EQ(e["message"].get<std::string>().rfind("Choose an answer for", 0), 0u);
    }

  json form = call("form", {{"form", "aanvraag-schulddienstverlening"}});
  std::vector<std::string> withStatement;
  for (const auto& [id, v] : fieldsOf(form))
    if (v.field.contains("statement")) withStatement.push_back(id);
  ASSERT_EQ(withStatement, std::vector<std::string>{"toestemming"});
  EXPECT_EQ(fieldsOf(form)["toestemming"].field["statement"], form["consent"]);
}

// --- schulddienstverlening: the first check on the check page ----------------------------------------------------

json sdvValues(json extra) {
  json v = {{"voornamen", "Marjan"}, {"achternaam", "van Velzen"}, {"geboortedatum", "12-04-1988"}, {"bsn", "999993653"},
            {"straat", "Zijlweg"}, {"huisnummer", "12"}, {"postcode", "2013 DK"}, {"woonplaats", "Haarlem"},
            {"heeft_partner", false}, {"inkomen_bron", "uitkering"}, {"netto_inkomen", "1200"},
            {"iban", "NL91 ABNA 0417 1643 00"}, {"spaargeld", "150"}, {"eigen_huis", false},
            {"situatie_geld", "Ik heb schulden."}, {"aantal_schuldeisers", "6"}, {"totaal_schulden", "8000"},
            {"telefoon", "023 123 4567"}, {"toestemming", true}, {"naar_waarheid", true}};
  for (auto it = extra.begin(); it != extra.end(); ++it) v[it.key()] = *it;
  return v;
}

std::map<std::string, std::string> statuses(const json& assessment) {
  std::map<std::string, std::string> out;
  for (const json& r : assessment["reasons"]) out[r["id"]] = r["status"];
  return out;
}

TEST(FormsAssessment, TheCheckPageSaysAtOnceWhetherTheResidentProbablyQualifiesAndWhy) {
  json session = sessionOf(persona("marjan"));
  auto check = [&](json extra) {
    return call("checkForm", {{"session", session}, {"form", "aanvraag-schulddienstverlening"}, {"values", sdvValues(extra)}});
  };
  json r = check(json::object());
  ASSERT_TRUE(r["ok"]) << r["errors"].dump();
  EXPECT_EQ(r["assessment"]["result"], "likely");
  EXPECT_EQ(r["assessment"]["text"], "U voldoet waarschijnlijk aan de voorwaarden voor schulddienstverlening.");
  EXPECT_EQ(statuses(r["assessment"]), (std::map<std::string, std::string>{{"schulden", "met"}, {"vermogen", "met"}, {"partner", "met"}}));
  EXPECT_EQ(r["assessment"]["decision"], "Dit is een eerste inschatting. De gemeente beslist. U krijgt de beslissing op papier.");

  r = check({{"spaargeld", "9000"}});  // more savings than debts
  EXPECT_EQ(r["assessment"]["result"], "unlikely");
  EXPECT_EQ(statuses(r["assessment"])["vermogen"], "notMet");

  r = check({{"eigen_huis", true}});  // the value of a house cannot be judged here
  EXPECT_EQ(r["assessment"]["result"], "unsure");
  EXPECT_EQ(statuses(r["assessment"])["vermogen"], "unknown");

  r = check({{"heeft_partner", true}});  // a partner without a name yet
  EXPECT_EQ(statuses(r["assessment"])["partner"], "unknown");
  r = check({{"heeft_partner", true}, {"partner_voornamen", "Ahmed"}, {"partner_achternaam", "Bakker"}});
  EXPECT_EQ(statuses(r["assessment"])["partner"], "met");

  r = check({{"aantal_schuldeisers", "0"}, {"totaal_schulden", "0"}});
  EXPECT_EQ(statuses(r["assessment"])["schulden"], "notMet");
  // Other forms have no assessment.
  EXPECT_FALSE(call("checkForm", {{"form", "melding-wmo"}}).contains("assessment"));
}

// --- BUUV ----------------------------------------------------------------------------------------------------------

TEST(Buuv, EveryDraftReadsWellWithEveryOptionalFieldLeftEmpty) {
  std::size_t drafts = 0;
  for (const BuuvTemplate& t : haarlem().buuvTemplates)
    for (const std::string& kind : t.kinds)
      for (const char* language : {"nl", "en"})
        for (const char* naam : {"", "Marjan"})
          for (const char* wijk : {"", "noord"}) {
            json r = call("buuv", {{"template", t.id}, {"kind", kind}, {"language", language}, {"naam", naam}, {"wijk", wijk}});
            ASSERT_FALSE(r.contains("error")) << r.dump();
            std::string text = r["text"];
            std::string where = t.id + "/" + kind + "/" + language + " naam=\"" + naam + "\" wijk=\"" + wijk + "\": " + text;
            ++drafts;
            for (const char* bad : {"{", "}", "[", "]", "|", "  ", " .", " ,", ",.", " !", "..", "ben en", "am and"})
              EXPECT_EQ(text.find(bad), std::string::npos) << "\"" << bad << "\" in " << where;
            EXPECT_TRUE(std::isupper(static_cast<unsigned char>(text[0]))) << where;
            if (*naam) {
              EXPECT_NE(text.find(naam), std::string::npos) << where;
            }
            if (*wijk) {
              EXPECT_NE(text.find("Noord"), std::string::npos) << where;
            }
          }
  EXPECT_GE(drafts, 100u);
}

}  // namespace
}  // namespace ekw

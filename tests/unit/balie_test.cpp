// Balie mode in core (core/balie): the Wmo route timeline, the routing proposal to the sociaal wijkteam, the plan and
// consent checks, the dossier with consent per part (export, strict schema, import across content versions), the
// review reminder as iCalendar, and the counts with their suppressed report.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <set>

#include "core/api/engine_api.h"
#include "core/api/simulate.h"
#include "core/balie/counts.h"
#include "core/balie/ical.h"
#include "core/balie/routing.h"
#include "core/balie/wmo_route.h"
#include "core/content/schema_check.h"
#include "core/json/json_document.h"
#include "test_content.h"
#include "tools/files/content_files.h"

namespace ekw {
namespace {

using nlohmann::json;

const Content& haarlem() { return *testing::haarlemContent().content; }

json call(const std::string& method, const json& request) { return api::handle(haarlem(), method, request); }

json persona(const std::string& name) {
  return json::parse(files::readFile(EKW_SOURCE_DIR "/tests/personas/" + name + ".json").value_or("{}"));
}

json walked(const std::string& name) {
  json r = simulate(haarlem(), persona(name), "nl");
  EXPECT_TRUE(r["ok"]) << r.dump();
  return r["session"];
}

// Schema problems of a dossier, through the project's reader with positions (as `ekw dossier validate` does).
std::vector<std::string> schemaProblems(const std::string& text) {
  JsonDocument doc;
  JsonError error;
  if (!parseJsonDocument(text, doc, error)) return {"not JSON: " + error.message};
  Diagnostics d;
  SchemaSet::builtin().check(doc, "dossier.schema.json", "dossier.json", d);
  std::vector<std::string> out;
  for (const Diagnostic& x : d.items()) out.push_back(formatDiagnostic(x));
  return out;
}

// --- Wmo route -------------------------------------------------------------------------------------------------------

TEST(WmoRoute, OnderzoekIsDueSixWeeksAfterTheMeldingAndMarkedOverdueAfterwards) {
  balie::WmoRoute r = balie::wmoRoute({"2026-10-01", "", "", "", "2026-11-13"});
  ASSERT_EQ(r.steps.size(), 4u);
  EXPECT_EQ(r.steps[0].status, balie::StepStatus::Done);
  EXPECT_EQ(r.steps[1].deadline, "2026-11-12");
  EXPECT_EQ(r.steps[1].status, balie::StepStatus::Overdue);
  EXPECT_EQ(r.steps[1].daysLeft, -1);
  EXPECT_EQ(r.steps[2].status, balie::StepStatus::Waiting);

  balie::WmoRoute onTime = balie::wmoRoute({"2026-10-01", "", "", "", "2026-11-12"});
  EXPECT_EQ(onTime.steps[1].status, balie::StepStatus::Open);
  EXPECT_EQ(onTime.steps[1].daysLeft, 0);
}

TEST(WmoRoute, BeschikkingIsDueTwoWeeksAfterTheAanvraagAcrossTheYearEnd) {
  balie::WmoRoute r = balie::wmoRoute({"2026-11-01", "2026-12-01", "2026-12-24", "", "2027-01-08"});
  EXPECT_EQ(r.steps[1].status, balie::StepStatus::Done);
  EXPECT_EQ(r.steps[2].status, balie::StepStatus::Done);
  EXPECT_EQ(r.steps[3].deadline, "2027-01-07");
  EXPECT_EQ(r.steps[3].status, balie::StepStatus::Overdue);
  EXPECT_EQ(balie::addDays("2028-02-28", 1), "2028-02-29");
  EXPECT_EQ(balie::addDays("2027-02-28", 1), "2027-03-01");
}

TEST(WmoRoute, ABadOrOutOfOrderDateIsNamedAndTheRestStillComputes) {
  json r = call("wmoRoute", {{"wmo", {{"melding", "2026-10-01"}, {"onderzoek", "31-02-2026"}, {"aanvraag", "2026-09-01"}}},
                             {"today", "2026-10-10"}});
  ASSERT_EQ(r["problems"].size(), 2u) << r.dump();
  EXPECT_EQ(r["problems"][0]["field"], "onderzoek");
  EXPECT_EQ(r["problems"][1]["code"], "before-melding");
  EXPECT_FALSE(r["problems"][0]["message"].get<std::string>().empty());
  EXPECT_EQ(r["steps"][1]["status"], "open");
  EXPECT_EQ(r["steps"][1]["deadline"], "2026-11-12");
}

// --- routing ---------------------------------------------------------------------------------------------------------

TEST(Routing, DeGrootFamilyIsProposedForTheWijkteamBecauseSeveralLevensgebiedenNeedIt) {
  json r = call("balieOverview", {{"session", walked("familie-de-groot")}});
  ASSERT_TRUE(r["routing"]["proposed"]) << r.dump();
  std::set<std::string> codes;
  for (const json& reason : r["routing"]["reasons"]) {
    codes.insert(reason["code"].get<std::string>());
    EXPECT_FALSE(reason["sources"].empty());
    EXPECT_NE(reason["text"].get<std::string>().find("Werk"), std::string::npos) << reason.dump();
  }
  EXPECT_TRUE(codes.count("coordination-advice"));
  EXPECT_FALSE(codes.count("several-low-levels"));  // their levels are 3, 4 and 3
  EXPECT_EQ(r["levensgebieden"].size(), haarlem().levensgebieden.size());
}

TEST(Routing, OneLevensgebiedAloneIsNotProposedUnlessACoordinationSignalIsNoted) {
  json session = walked("marjan");
  json plain = call("balieOverview", {{"session", session}});
  bool viaAdvice = false;
  for (const json& reason : plain["routing"]["reasons"]) viaAdvice |= reason["code"] == "coordination-advice";
  json withSignal = call("balieOverview", {{"session", session}, {"balie", {{"signals", {{"geld", {"signaal-deurwaarder"}}}}}}});
  ASSERT_TRUE(withSignal["routing"]["proposed"]);
  bool signal = false;
  for (const json& reason : withSignal["routing"]["reasons"])
    if (reason["code"] == "coordination-signal") {
      signal = true;
      EXPECT_EQ(reason["signals"], json::array({"signaal-deurwaarder"}));
    }
  EXPECT_TRUE(signal);
  json notCoordination = call("balieOverview", {{"session", session}, {"balie", {{"signals", {{"geld", {"signaal-post-ongeopend"}}}}}}});
  EXPECT_EQ(notCoordination["routing"]["reasons"].size(), plain["routing"]["reasons"].size());
  (void)viaAdvice;
}

TEST(Routing, TwoLevensgebiedenAtLevelTwoOrLowerAreProposed) {
  // Build a session whose outcomes are at level 2 or lower in two levensgebieden by walking the content's own trees.
  int low = 0;
  for (const Tree& t : haarlem().trees)
    for (const Node& n : t.nodes) low += n.type == NodeType::Outcome && n.level <= 2;
  ASSERT_GT(low, 1);
  SessionState s;
  Walk w;
  // Two levensgebieden with a reached outcome at level 2 or lower: use the replay data directly.
  std::vector<const Node*> outcomes;
  for (const Tree& t : haarlem().trees) {
    if (t.levensgebied == "veiligheid") continue;
    for (const Node& n : t.nodes)
      if (n.type == NodeType::Outcome && n.level <= 2 && n.level >= 1) {
        s.levensgebieden.push_back(t.levensgebied);
        w.outcomes[t.levensgebied] = &n;
        break;
      }
    if (s.levensgebieden.size() == 2) break;
  }
  ASSERT_EQ(s.levensgebieden.size(), 2u);
  balie::RoutingProposal p = balie::proposeRouting(haarlem(), s, w, {});
  ASSERT_TRUE(p.propose);
  EXPECT_EQ(p.reasons[0].code, "several-low-levels");
  EXPECT_EQ(p.reasons[0].levensgebieden, s.levensgebieden);
}

// --- plan checks -----------------------------------------------------------------------------------------------------

TEST(PlanCheck, SetAsideNeedsAReasonAndActionsNeedWhoWhatAndADate) {
  json r = call("checkBalie", {{"balie", {{"decisions", {{"werk-wijkteam", {{"decision", "set-aside"}}}}},
                                          {"actions", {{{"who", "buurman"}, {"what", ""}, {"by", "morgen"}}}},
                                          {"goals", {{{"text", "Dat het met Steven beter gaat."}}}},
                                          {"routing", {{"decision", "overruled"}}}}}});
  EXPECT_FALSE(r["ok"]);
  std::set<std::string> fields;
  for (const json& e : r["errors"]) fields.insert(e["field"].get<std::string>());
  EXPECT_EQ(fields, (std::set<std::string>{"/decisions/werk-wijkteam/reason", "/actions/0/who", "/actions/0/what",
                                           "/actions/0/by", "/routing/reason"}));
  json ok = call("checkBalie", {{"balie", {{"decisions", {{"werk-wijkteam", {{"decision", "later"}}}}},
                                           {"actions", {{{"who", "buuv"}, {"what", "Oproep plaatsen"}, {"by", "2026-12-15"}}}}}}});
  EXPECT_TRUE(ok["ok"]) << ok.dump();
}

// --- dossier ---------------------------------------------------------------------------------------------------------

json deGrootBalie() {
  return {{"exploration", {{"date", "2026-11-20"}, {"scope", {"opvoeden", "huishouden", "werk"}}}},
          {"notes", {{"opvoeden", "School belde over Steven."}}},
          {"signals", {{"opvoeden", {"signaal-school-maakt-zich-zorgen"}}, {"huishouden", {"signaal-huishouden-niet-in-de-hand"}}}},
          {"decisions", {{"huishouden-buuv-klus", {{"decision", "accepted"}}},
                         {"opvoeden-cjg-coach", {{"decision", "later"}}},
                         {"werk-zelf-kunnen", {{"decision", "set-aside"}, {"reason", "Bart wil eerst werkervaring."}}}}},
          {"goals", {{{"text", "Dat het met Steven beter gaat, thuis en op school."}, {"levensgebied", "opvoeden"}}}},
          {"actions", {{{"who", "buuv"}, {"what", "Oproep voor zwaar huishoudelijk werk"}, {"by", "2026-12-01"}},
                       {{"who", "professional"}, {"what", "Aanmelding wijkontwikkelbedrijf"}, {"by", "2026-12-08"}}}},
          {"reviewDate", "2027-01-15"},
          {"routing", {{"decision", "accepted"}}},
          {"wmo", {{"melding", "2026-11-20"}}}};
}

json consent(bool answersWerk) {
  return {{"date", "2026-11-27"},
          {"recipient", "Sociaal wijkteam Oost"},
          {"parts", {{"profile", true}, {"answers", {{"opvoeden", true}, {"huishouden", true}, {"werk", answersWerk}}},
                     {"notes", true}, {"plan", true}, {"forms", false}}},
          {"counting", false}};
}

json exportDeGroot(const json& session, const json& c) {
  return call("dossierExport", {{"session", session}, {"balie", deGrootBalie()}, {"consent", c}, {"id", "case-1"},
                                {"created", "2026-11-27T10:00:00Z"}, {"forms", {{"melding-wmo", {{"voornamen", "Tessa"}}}}}});
}

TEST(Dossier, UntickedPartsAreAbsentAndTheRestMatchesTheStrictSchema) {
  json session = walked("familie-de-groot");
  json d = exportDeGroot(session, consent(false));
  ASSERT_FALSE(d.contains("error")) << d.dump();
  EXPECT_FALSE(d.contains("forms"));
  std::set<std::string> shared;
  for (const json& g : d["answers"]) shared.insert(g["levensgebied"].get<std::string>());
  EXPECT_EQ(shared, (std::set<std::string>{"opvoeden", "huishouden"}));
  EXPECT_EQ(d.dump().find("werk-uitkering"), std::string::npos) << "no answer of an unticked levensgebied leaks";
  EXPECT_EQ(d.dump().find("fietsen repareren"), std::string::npos);
  EXPECT_EQ(d["consent"]["exploration"]["scope"].size(), 3u);
  EXPECT_TRUE(d["plan"]["routing"]["proposed"]);
  EXPECT_EQ(d["plan"]["routing"]["decision"], "accepted");
  EXPECT_TRUE(schemaProblems(d.dump(2)).empty()) << schemaProblems(d.dump(2))[0];
}

TEST(Dossier, TheSchemaRejectsUnknownFieldsWithLineAndColumn) {
  json d = exportDeGroot(walked("familie-de-groot"), consent(true));
  d["plan"]["actions"][0]["wie"] = "Tessa";
  std::vector<std::string> problems = schemaProblems(d.dump(2));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("/plan/actions/0/wie"), std::string::npos) << problems[0];
  EXPECT_NE(problems[0].find("unknown-field"), std::string::npos);
  EXPECT_NE(problems[0].find("dossier.json:"), std::string::npos);
}

TEST(Dossier, ExportThenImportThenExportLosesNothing) {
  json session = walked("familie-de-groot");
  json first = exportDeGroot(session, consent(true));
  first["forms"] = nullptr;
  json c = consent(true);
  c["parts"]["forms"] = true;
  first = call("dossierExport", {{"session", session}, {"balie", deGrootBalie()}, {"consent", c}, {"id", "case-1"},
                                 {"created", "2026-11-27T10:00:00Z"}, {"forms", {{"melding-wmo", {{"voornamen", "Tessa"}}}}}});
  json imported = call("dossierImport", {{"dossier", first}});
  ASSERT_FALSE(imported.contains("error")) << imported.dump();
  EXPECT_TRUE(imported["sameContent"]);
  EXPECT_TRUE(imported["notKept"].empty()) << imported["notKept"].dump();
  EXPECT_EQ(imported["balie"], deGrootBalie());
  json again = call("dossierExport", {{"session", imported["session"]}, {"balie", imported["balie"]}, {"consent", imported["consent"]},
                                      {"id", imported["id"]}, {"created", "2026-11-27T10:00:00Z"}, {"forms", imported["forms"]}});
  EXPECT_EQ(again, first);
}

TEST(Dossier, ImportFromOtherContentKeepsWhatAppliesAndNamesTheRest) {
  json d = exportDeGroot(walked("familie-de-groot"), consent(true));
  d["content"]["version"] = "2025.01.0";
  // The last question of a levensgebied was renamed in the newer content (an earlier one would take every later
  // answer off the path, as a restored session does).
  d["answers"][0]["answers"].back()["question"] = "opvoeden-vraag-die-niet-meer-bestaat";
  d["answers"].push_back({{"levensgebied", "vervoer-oud"}, {"answers", json::array()}});
  d["notes"][0]["signals"].push_back({{"id", "signaal-oud"}, {"label", "Oud signaal"}});
  d["plan"]["advice"].push_back({{"id", "advies-oud"}, {"decision", "accepted"}});
  json r = call("dossierImport", {{"dossier", d}});
  ASSERT_FALSE(r.contains("error")) << r.dump();
  EXPECT_FALSE(r["sameContent"]);
  std::set<std::string> named;
  for (const json& n : r["notKept"]) named.insert(n["kind"].get<std::string>() + ":" + n["id"].get<std::string>());
  EXPECT_EQ(named, (std::set<std::string>{"answer:opvoeden-vraag-die-niet-meer-bestaat", "levensgebied:vervoer-oud",
                                          "signal:signaal-oud", "advice:advies-oud"}));
  EXPECT_EQ(r["session"]["answers"]["werk-uitkering"], "wajong");
  EXPECT_EQ(r["balie"]["goals"], deGrootBalie()["goals"]);
  json notADossier = call("dossierImport", {{"dossier", {{"format", "ekw-session/1"}}}});
  EXPECT_EQ(notADossier["error"]["code"], "bad-dossier");
}

// The example in the repository is what the engine exports for meneer de Jong after Peter's visit (000_34b1a412b4a0eb7a.txt:
// 1071-1088): a golden file, so the example can never drift from the format. EKW_UPDATE_GOLDEN=1 rewrites it.
TEST(Dossier, TheExampleInTheRepositoryIsWhatTheEngineExportsAndValid) {
  const std::string path = EKW_SOURCE_DIR "/content/schema/examples/dossier.example.json";
  json balie{{"exploration", {{"date", "2026-11-02"}, {"scope", {"huishouden", "gezondheid", "netwerk"}}}},
             {"notes", {{"netwerk", "Zoon woont in het buitenland. Kent de buren niet meer. Houdt van bridgen."}}},
             {"signals", {{"netwerk", {"signaal-geen-bezoek", "signaal-voelt-zich-alleen"}},
                          {"huishouden", {"signaal-durft-niet-te-vragen"}}, {"gezondheid", {"signaal-tillen-lukt-niet"}}}},
             {"goals", {{{"text", "Ik wil in mijn eigen huis blijven wonen en me minder alleen voelen."}}}},
             {"actions", {{{"who", "volunteer"}, {"what", "Milly van de ouderenbond komt elke week: bed verschonen en de was ophangen."}, {"by", "2026-11-16"}},
                          {{"who", "buuv"}, {"what", "Vraag op BUUV: medespelers om te bridgen."}, {"by", "2026-11-23"}},
                          {{"who", "resident"}, {"what", "Boodschappen laten brengen door het buurtbedrijf."}, {"by", "2026-11-16"}}}},
             {"reviewDate", "2026-12-14"},
             {"wmo", {{"melding", "2026-10-26"}}}};
  json c{{"date", "2026-11-09"}, {"recipient", "Sociaal wijkteam Noord"},
         {"parts", {{"profile", true}, {"answers", json::object()}, {"notes", true}, {"plan", true}, {"forms", false}}}, {"counting", false}};
  json session = walked("meneer-de-jong");
  for (const json& lg : session["levensgebieden"]) c["parts"]["answers"][lg.get<std::string>()] = lg != "netwerk";
  json d = call("dossierExport", {{"session", session}, {"balie", balie}, {"consent", c}, {"id", "voorbeeld-de-jong"},
                                  {"created", "2026-11-09T14:30:00Z"}});
  ASSERT_FALSE(d.contains("error")) << d.dump();
  std::string text = d.dump(2) + "\n";
  if (std::getenv("EKW_UPDATE_GOLDEN")) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    ASSERT_TRUE(f);
    std::fwrite(text.data(), 1, text.size(), f);
    std::fclose(f);
  }
  auto stored = files::readFile(path);
  ASSERT_TRUE(stored) << path << " is missing (EKW_UPDATE_GOLDEN=1 writes it)";
  EXPECT_EQ(*stored, text) << "the example differs from what the engine exports";
  std::vector<std::string> problems = schemaProblems(*stored);
  EXPECT_TRUE(problems.empty()) << problems[0];
  EXPECT_FALSE(d.contains("forms"));
  json r = call("dossierImport", {{"dossier", json::parse(*stored)}});
  EXPECT_FALSE(r.contains("error")) << r.dump();
}

TEST(Dossier, ExportRefusesWithoutConsentDateOrRecipient) {
  json c = consent(true);
  c.erase("recipient");
  json r = call("dossierExport", {{"session", walked("familie-de-groot")}, {"balie", deGrootBalie()}, {"consent", c},
                                  {"id", "case-1"}, {"created", "2026-11-27T10:00:00Z"}});
  EXPECT_EQ(r["error"]["code"], "not-ready");
}

// --- iCalendar ---------------------------------------------------------------------------------------------------------

TEST(Ical, TheReviewReminderIsAnAllDayEventWithEscapedFoldedText) {
  json r = call("reviewIcs", {{"id", "case-1"}, {"reviewDate", "2027-01-15"}, {"created", "2026-11-27T10:00:00Z"},
                              {"name", "Familie de Groot"},
                              {"description", "Doelen: Steven, huishouden; werk.\nKijk of de BUUV-oproep, het wijkontwikkelbedrijf en de CJG-coach lopen."}});
  std::string ics = r["ics"];
  EXPECT_NE(ics.find("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTSTART;VALUE=DATE:20270115\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTEND;VALUE=DATE:20270116\r\n"), std::string::npos);
  EXPECT_NE(ics.find("UID:case-1@eigen-krachtwijzer\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTSTAMP:20261127T100000Z\r\n"), std::string::npos);
  EXPECT_NE(ics.find("Steven\\, huishouden\\; werk.\\n"), std::string::npos);
  std::size_t start = 0;
  while (start < ics.size()) {
    std::size_t end = ics.find("\r\n", start);
    ASSERT_NE(end, std::string::npos) << "every line ends in CRLF";
    EXPECT_LE(end - start, 75u) << ics.substr(start, end - start);
    start = end + 2;
  }
  EXPECT_EQ(r["filename"], "evaluatie-2027-01-15.ics");
  EXPECT_EQ(call("reviewIcs", {{"id", "x"}, {"reviewDate", "2027-02-30"}})["error"]["code"], "bad-request");
}

TEST(Ical, FoldingNeverSplitsAUtf8Character) {
  std::string line = "DESCRIPTION:" + std::string(62, 'a') + "\xC3\xA9\xC3\xA9";  // é at octets 75-78
  std::string folded = balie::icsFold(line);
  EXPECT_EQ(folded.substr(0, 76), line.substr(0, 74) + "\r\n");
  EXPECT_NE(folded.find("\r\n \xC3\xA9"), std::string::npos);
}

// --- counts ------------------------------------------------------------------------------------------------------------

TEST(Counts, OneContactAndTheAcceptedReferralsPerProductAndWijkNeverAnswers) {
  json r = call("counts", {{"session", walked("familie-de-groot")}, {"balie", deGrootBalie()}, {"siteId", "7"}});
  std::set<std::string> events;
  for (const json& e : r["events"]) events.insert(e["category"].get<std::string>() + "/" + e["action"].get<std::string>() + "/" + e["name"].get<std::string>());
  EXPECT_EQ(events, (std::set<std::string>{"klantcontact/balie/slachthuisbuurt", "doorverwijzing/sociaal-wijkteam/slachthuisbuurt"}));
  for (const json& q : r["requests"]) {
    std::string s = q;
    EXPECT_EQ(s.rfind("idsite=7&rec=1&", 0), 0u) << s;
    EXPECT_EQ(s.find("Steven"), std::string::npos);
  }
}

TEST(Counts, TheReportSuppressesGroupsUnderTenAndWhatSubtractionWouldReveal) {
  std::vector<balie::CountEvent> events;
  for (int i = 0; i < 30; ++i) events.push_back({"klantcontact", "balie", "oost"});
  for (int i = 0; i < 12; ++i) events.push_back({"klantcontact", "balie", "noord"});
  for (int i = 0; i < 3; ++i) events.push_back({"klantcontact", "balie", "centrum"});
  for (int i = 0; i < 4; ++i) events.push_back({"doorverwijzing", "melding-wmo", "oost"});
  std::string line = "/matomo.php?" + balie::matomoQuery({"klantcontact", "balie", "oost"}, "1");
  balie::CountEvent back;
  ASSERT_TRUE(balie::eventFromRequest(line, back));
  EXPECT_EQ(back.name, "oost");
  std::vector<balie::StatsRow> rows = balie::statsReport(events);
  auto find = [&](const std::string& action, const std::string& name) {
    for (const auto& r : rows)
      if (r.action == action && r.name == name) return r;
    return balie::StatsRow{};
  };
  EXPECT_FALSE(find("balie", "").suppressed);
  EXPECT_EQ(find("balie", "").count, 45);
  EXPECT_TRUE(find("balie", "centrum").suppressed);
  EXPECT_TRUE(find("balie", "noord").suppressed) << "else centrum = 45 - 30 - 12";
  EXPECT_FALSE(find("balie", "oost").suppressed);
  EXPECT_TRUE(find("melding-wmo", "").suppressed);
  for (const auto& r : rows) {
    if (r.suppressed) {
      EXPECT_TRUE(r.count < 10 || r.name == "noord");
    }
  }
}

}  // namespace
}  // namespace ekw

// The studio's HSDS and spreadsheet exchange: the dry run changes nothing, applying is one undoable edit that Save
// writes, bad rows are named by row and column, and the export is what `ekw hsds export` gives.
#include <gtest/gtest.h>

#include "core/content/hsds.h"
#include "core/content/json_writer.h"
#include "tools/studio/model/exchange.h"
#include "tools/studio/model/validation.h"
#include "tools/studio/tests/studio_test_support.h"

using namespace ekw::studio;
using namespace ekw::studio::testing;
using ekw::MergeAction;

namespace {

const fs::path kServiceExample = fs::path(EKW_SOURCE_DIR) / "../shared/conformance/hsds/examples/service_full.json";
const std::string kDefaults = R"({"levensgebieden": ["geld"], "rung": 4, "level": "algemeen", "indicatie": false})";

}  // namespace

TEST(StudioExchange, HsdsImportIsADryRunUntilApplied) {
  TempContent tmp;
  Workspace ws = Workspace::open(tmp.dir().string());
  ImportPreview preview = previewHsdsImport(ws, kServiceExample.string(), kDefaults);
  ASSERT_EQ(preview.error, "");
  EXPECT_TRUE(preview.plan.newErrors.empty());
  EXPECT_GT(preview.plan.count(MergeAction::Added), 0u);
  ASSERT_TRUE(preview.canApply());
  EXPECT_FALSE(ws.dirty());  // planned only

  ASSERT_TRUE(applyImport(ws, preview, nullptr));
  std::vector<std::string> edited;
  for (const auto& e : preview.plan.edits) edited.push_back(e.path);
  EXPECT_EQ(ws.dirtyFiles(), edited);
  // Nothing on disk yet; Save writes exactly the planned texts.
  EXPECT_NE(readAll(tmp.dir() / edited[0]), preview.plan.edits[0].text);
  EXPECT_EQ(ws.save().written, edited);
  EXPECT_EQ(readAll(tmp.dir() / edited[0]), preview.plan.edits[0].text);
  // The merged content validates, and the import is one step to undo.
  ValidationResult r = validateTexts(ws.texts(), ws.revision(), {"2026-12-01", {}, false, false});
  EXPECT_EQ(r.diagnostics.errorCount(), 0u);
  ASSERT_TRUE(ws.undo());
  EXPECT_EQ(ws.dirtyFiles(), edited);  // back to the text before the import, which is not what is saved now
  EXPECT_EQ(ws.find(edited[0])->currentText(), readAll(kHaarlem + "/" + edited[0]));
}

TEST(StudioExchange, APlanForOlderContentIsNotApplied) {
  Workspace ws = Workspace::open(kHaarlem);
  ImportPreview preview = previewHsdsImport(ws, kServiceExample.string(), kDefaults);
  ASSERT_TRUE(preview.canApply());
  ASSERT_TRUE(ws.apply(setValue("trees/geld.json", "/nodes/0/text/nl", Json("Vraag?"))));
  std::string error;
  EXPECT_FALSE(applyImport(ws, preview, &error));
  EXPECT_NE(error.find("changed since"), std::string::npos);
  // Without the editor's classification a new service conflicts and says why.
  ImportPreview unclassified = previewHsdsImport(ws, kServiceExample.string(), "");
  bool named = false;
  for (const auto& c : unclassified.plan.conflicts) named = named || c.message.find("levensgebieden") != std::string::npos;
  EXPECT_TRUE(named);
  EXPECT_NE(previewHsdsImport(ws, kServiceExample.string(), "[1]").error, "");  // defaults must be an object
}

TEST(StudioExchange, CsvImportNamesBadRowsByRowAndColumnAndKeepsTheGoodOnes) {
  TempContent tmp;
  Workspace ws = Workspace::open(tmp.dir().string());
  const std::string org = ws.value("sociale-kaart/organisaties.json", "/organizations/0/id")->get<std::string>();
  std::string csv = "\xEF\xBB\xBF" "Naam;Organisatie;Levensgebieden;Trede;E-mail\r\n";  // with a byte-order mark
  csv.append("Proefdienst;").append(org).append(";geld;4;\r\n");
  csv.append("Foute dienst;").append(org).append(";geld;4;geen-mail\r\n");
  fs::path sheet = tmp.beside("kaart.csv", csv);
  fs::path mapping = tmp.beside("mapping.json", R"({"list": "services",
    "columns": {"Naam": "name", "Organisatie": "organization", "Levensgebieden": "levensgebieden", "Trede": "rung",
                "E-mail": "email"},
    "defaults": {"level": "algemeen", "indicatie": false}})");
  ImportPreview preview = previewCsvImport(ws, sheet.string(), mapping.string());
  ASSERT_EQ(preview.error, "");
  ASSERT_EQ(preview.plan.problems.size(), 1u);
  EXPECT_EQ(preview.plan.problems[0].origin, "row 3");
  EXPECT_NE(preview.plan.problems[0].message.find("column \"E-mail\""), std::string::npos);
  ASSERT_EQ(preview.plan.count(MergeAction::Added), 1u);
  EXPECT_TRUE(preview.plan.newErrors.empty()) << preview.plan.newErrors.front();
  ASSERT_TRUE(applyImport(ws, preview, nullptr));
  bool added = false;
  for (const auto& e : *ws.value("sociale-kaart/diensten.json", "/services"))
    added = added || e.value("name", Json()).value("nl", std::string()) == "Proefdienst" || e.value("name", Json()) == "Proefdienst";
  EXPECT_TRUE(added);
  // A mapping that names an unknown field is refused before anything is planned.
  fs::path bad = tmp.beside("bad.json", R"({"list": "services", "columns": {"Naam": "naam"}})");
  EXPECT_NE(previewCsvImport(ws, sheet.string(), bad.string()).error, "");
}

TEST(StudioExchange, HsdsExportIsWhatTheCliWrites) {
  TempContent tmp;
  Workspace ws = Workspace::open(tmp.dir().string());
  ValidationResult r = validateTexts(ws.texts(), ws.revision(), {"2026-12-01", {}, false, false});
  fs::path out = tmp.beside("export.json", "");
  std::string message = exportHsdsFile(*r.loaded, r.diagnostics.errorCount(), out.string());
  const std::size_t services = ws.value("sociale-kaart/diensten.json", "/services")->size();
  EXPECT_NE(message.find(std::to_string(services).append(" services,")), std::string::npos) << message;
  EXPECT_EQ(readAll(out), ekw::writeJson(ekw::exportHsds(*r.loaded->content)));
  EXPECT_EQ(exportHsdsFile(*r.loaded, 1, out.string()).rfind("not exported", 0), 0u);
}

// HSDS 3 exchange: the export validates against the HSDS schemas (ajv, schemas read from ../shared), the upstream
// examples import, export-import-export gives the same bytes, and imports are a dry run until --apply.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/content/hsds.h"
#include "core/content/json_writer.h"
#include "core/content/name_uuid.h"
#include "core/content/validate.h"
#include "tests/unit/cli_runner.h"
#include "tests/unit/test_content.h"
#include "tools/files/content_files.h"

namespace ekw {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using nlohmann::ordered_json;

const fs::path kHsds = EKW_SHARED_DIR "/conformance/hsds";
const fs::path kSample = EKW_SOURCE_DIR "/tests/content/sample";

std::string readText(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A scratch copy of a content directory, removed at the end of the test.
struct Scratch {
  fs::path dir;
  explicit Scratch(const fs::path& from, const std::string& name) {
    dir = fs::temp_directory_path() / ("ekw-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::copy(from, dir, fs::copy_options::recursive);
  }
  ~Scratch() { fs::remove_all(dir); }
};

LoadedContent load(const fs::path& dir, Diagnostics& d) {
  LoadedContent loaded = loadContent(files::directoryReader(dir.string()), d);
  ValidateOptions o;
  o.today = "2026-11-23";
  validateContent(loaded, d, o);
  return loaded;
}

MergePlan plan(const fs::path& dir, const Incoming& incoming, ordered_json defaults = ordered_json::object()) {
  Diagnostics d;
  LoadedContent loaded = load(dir, d);
  MergeOptions options;
  options.today = "2026-11-23";
  options.serviceDefaults = std::move(defaults);
  return planMerge(loaded, files::directoryReader(dir.string()), incoming, options);
}

void apply(const fs::path& dir, const MergePlan& p) {
  for (const FileEdit& e : p.edits) ASSERT_EQ(files::writeFileAtomic((dir / e.path).string(), e.text), "");
}

const ordered_json kDefaults = {{"levensgebieden", {"geld"}}, {"rung", 4}, {"level", "algemeen"}, {"indicatie", false}};

TEST(NameUuid, Version5) {
  // RFC 4122 appendix example namespace (DNS) and the well-known uuid5 of "python.org".
  EXPECT_EQ(uuid5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org"), "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  EXPECT_TRUE(isUuid(hsdsId("haarlem", "service", "svc-amhk")));
  EXPECT_EQ(hsdsId("haarlem", "service", "ac148810-d857-441c-9679-408f346de14b"), "ac148810-d857-441c-9679-408f346de14b");
}

TEST(Hsds, ExportValidatesAgainstTheHsdsSchemasWithAjv) {
  if (!fs::exists(EKW_SOURCE_DIR "/node_modules/ajv") || !fs::exists(EKW_SOURCE_DIR "/node_modules/ajv-formats"))
    GTEST_SKIP() << "npm packages not installed (scripts/install-deps.sh all installs them; the full test run has them)";
  fs::path file = fs::temp_directory_path() / ("ekw-hsds-" + std::to_string(::getpid()) + ".json");
  std::ofstream(file) << writeJson(exportHsds(*testing::haarlemContent().content));
  std::string validator = testing::shellQuote(EKW_SOURCE_DIR "/tests/hsds/validate-hsds.mjs");
  std::string command = "node " + validator + " " + testing::shellQuote(file.string()) + " " +
                        testing::shellQuote(kHsds.string()) + " 2>&1";
  auto run = [](const std::string& cmd, std::string& output) {
    FILE* pipe = popen(cmd.c_str(), "r");
    char buffer[4096];
    while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
    return pclose(pipe);
  };
  std::string output;
  EXPECT_EQ(run(command, output), 0) << output;
  const Content& c = *testing::haarlemContent().content;
  std::size_t records = c.organizations.size() + c.services.size() + c.locations.size() + c.servicesAtLocation.size();
  EXPECT_NE(output.find(std::to_string(records) + " records valid"), std::string::npos) << output;

  // The check can fail: a service without its required status is refused.
  json broken = json::parse(readText(file));
  broken["services"][0].erase("status");
  std::ofstream(file) << broken.dump();
  output.clear();
  EXPECT_NE(run(command, output), 0);
  EXPECT_NE(output.find("status"), std::string::npos) << output;
  fs::remove(file);
}

TEST(Hsds, ExportCarriesContactsLocationsAndTheDutchExtras) {
  ordered_json e = exportHsds(testing::sample());
  const ordered_json* klus = nullptr;
  for (const ordered_json& s : e["services"])
    for (const ordered_json& a : s["attributes"])
      if (a["link_type"] == "ekw:id" && a["value"] == "svc-klusdienst") klus = &s;
  ASSERT_TRUE(klus);
  EXPECT_EQ((*klus)["phones"][0]["number"], "012-3456789");
  EXPECT_EQ((*klus)["organization"]["name"], "Vrijwilligershuis");
  EXPECT_EQ((*klus)["service_at_locations"][0]["location"]["name"], "Wijkhuis Zuid");
  EXPECT_EQ((*klus)["organization_id"], hsdsId("sample", "organization", "org-vrijwilligers"));
  bool rung = false;
  for (const ordered_json& a : (*klus)["attributes"]) rung = rung || (a["link_type"] == "ekw:rung" && a["value"] == "4");
  EXPECT_TRUE(rung);
  // Nothing invented: the sample has no address or opening hours, so neither is exported.
  for (const ordered_json& l : e["locations"]) {
    EXPECT_FALSE(l.contains("addresses"));
    EXPECT_FALSE(l.contains("schedules"));
  }
}

TEST(Hsds, ExportImportExportGivesTheSameBytes) {
  std::string first = writeJson(exportHsds(testing::sample()));
  // Into the same content: everything is already there, nothing to write.
  MergePlan same = plan(kSample, importHsds(json::parse(first)));
  EXPECT_TRUE(same.edits.empty());
  EXPECT_TRUE(same.conflicts.empty());
  EXPECT_EQ(same.count(MergeAction::Unchanged), same.changes.size());
  // Into a copy whose sociale kaart is empty: the import rebuilds it, and the export is byte for byte the same.
  Scratch scratch(kSample, "hsds-roundtrip");
  std::ofstream(scratch.dir / "sociale-kaart/kaart.json")
      << "{\n  \"organizations\": [],\n  \"services\": [],\n  \"locations\": [],\n  \"servicesAtLocation\": []\n}\n";
  MergePlan rebuilt = plan(scratch.dir, importHsds(json::parse(first)));
  EXPECT_TRUE(rebuilt.conflicts.empty());
  EXPECT_TRUE(rebuilt.newErrors.empty()) << rebuilt.newErrors.front();
  EXPECT_EQ(rebuilt.count(MergeAction::Added), testing::sample().organizations.size() + testing::sample().services.size() +
                                                    testing::sample().locations.size() +
                                                    testing::sample().servicesAtLocation.size());
  apply(scratch.dir, rebuilt);
  Diagnostics d;
  LoadedContent again = load(scratch.dir, d);
  EXPECT_FALSE(d.hasErrors());
  EXPECT_EQ(writeJson(exportHsds(*again.content)), first);
}

TEST(Hsds, UpstreamExamplesImport) {
  int imported = 0;
  for (const auto& entry : fs::directory_iterator(kHsds / "examples")) {
    if (entry.path().extension() != ".json") continue;
    SCOPED_TRACE(entry.path().filename().string());
    Incoming incoming = importHsds(json::parse(readText(entry.path())));
    EXPECT_TRUE(incoming.problems.empty()) << incoming.problems.front().origin << ": " << incoming.problems.front().message;
    Scratch scratch(kSample, "hsds-example");
    MergePlan p = plan(scratch.dir, incoming, kDefaults);
    // The only conflicts upstream data gives: tabular.json links a record to an organization its tables lack,
    // which is reported and skipped rather than invented.
    for (const MergeConflict& c : p.conflicts)
      EXPECT_TRUE(c.message.find("is neither in the sociale kaart nor in the file") != std::string::npos ||
                  c.message.find("is not merged (see its own conflict)") != std::string::npos)
          << c.message;
    EXPECT_TRUE(p.newErrors.empty()) << p.newErrors.front();
    if (incoming.records.empty()) {  // API metadata and taxonomies: named, not imported
      EXPECT_FALSE(incoming.notes.empty());
      continue;
    }
    EXPECT_GT(p.count(MergeAction::Added), 0u);
    apply(scratch.dir, p);
    Diagnostics d;
    load(scratch.dir, d);
    for (const Diagnostic& diag : d.items()) EXPECT_NE(diag.severity, Severity::Error) << formatDiagnostic(diag);
    ++imported;
  }
  EXPECT_GE(imported, 8);
}

TEST(Hsds, ImportCarriesOnlyWhatTheFileHolds) {
  Incoming incoming = importHsds(json::parse(readText(kHsds / "examples/service_full.json")));
  const IncomingRecord* service = nullptr;
  for (const IncomingRecord& r : incoming.records)
    if (r.list == "services") service = &r;
  ASSERT_TRUE(service);
  EXPECT_EQ(service->value["name"], "Community Counselling");
  EXPECT_FALSE(service->value.contains("levensgebieden"));  // HSDS has no levensgebied: never guessed
  EXPECT_TRUE(incoming.unmapped.count("service.accreditations"));
  // Without the editor's classification a new service is not merged, and says why.
  Scratch scratch(kSample, "hsds-unclassified");
  MergePlan p = plan(scratch.dir, incoming);
  bool named = false;
  for (const MergeConflict& c : p.conflicts) named = named || c.message.find("levensgebieden") != std::string::npos;
  EXPECT_TRUE(named);
}

TEST(Hsds, ChangesAndConflicts) {
  ordered_json e = exportHsds(testing::sample());
  e["services"][0]["description"] = "Een nieuwe omschrijving.";
  e["services"][1]["organization_id"] = "00000000-0000-4000-8000-000000000000";  // nobody
  MergePlan p = plan(kSample, importHsds(json::parse(e.dump())));
  ASSERT_EQ(p.count(MergeAction::Changed), 1u);
  for (const MergeChange& c : p.changes)
    if (c.action == MergeAction::Changed) {
      EXPECT_EQ(c.fields, std::vector<std::string>{"description"});
    }
  ASSERT_EQ(p.conflicts.size(), 1u);
  EXPECT_NE(p.conflicts[0].message.find("neither in the sociale kaart nor in the file"), std::string::npos);
  ASSERT_EQ(p.edits.size(), 1u);
  // A translated text keeps its English; the diff is one line.
  std::string before = readText(kSample / "sociale-kaart/kaart.json");
  EXPECT_NE(p.edits[0].text.find("\"nl\": \"Een nieuwe omschrijving.\", \"en\": \"A course in the neighbourhood"),
            std::string::npos)
      << p.edits[0].text;
}

TEST(HsdsCli, DryRunThenApply) {
  Scratch scratch(kSample, "hsds-cli");
  std::string dir = testing::shellQuote(scratch.dir.string());
  std::string example = testing::shellQuote((kHsds / "examples/organization_full.json").string());
  std::string before = readText(scratch.dir / "sociale-kaart/kaart.json");
  testing::CliRun dry = testing::runEkw("hsds import " + dir + " " + example);
  EXPECT_EQ(dry.exitCode, 0) << dry.err;
  EXPECT_NE(dry.out.find("organizations: 1 added"), std::string::npos) << dry.out;
  EXPECT_NE(dry.out.find("dry run: nothing written"), std::string::npos) << dry.out;
  EXPECT_EQ(readText(scratch.dir / "sociale-kaart/kaart.json"), before);
  testing::CliRun applied = testing::runEkw("hsds import " + dir + " " + example + " --apply");
  EXPECT_EQ(applied.exitCode, 0) << applied.err;
  EXPECT_NE(applied.out.find("wrote: sociale-kaart/kaart.json"), std::string::npos) << applied.out;
  EXPECT_NE(readText(scratch.dir / "sociale-kaart/kaart.json"), before);
  EXPECT_EQ(testing::runEkw("validate " + dir).exitCode, 0);
  // Export, import, export through the command line.
  testing::CliRun one = testing::runEkw("hsds export " + dir);
  ASSERT_EQ(one.exitCode, 0) << one.err;
  fs::path exported = scratch.dir.string() + ".hsds.json";
  std::ofstream(exported) << one.out;
  testing::CliRun again = testing::runEkw("hsds import " + dir + " " + testing::shellQuote(exported.string()) + " --apply");
  EXPECT_NE(again.out.find("nothing to write"), std::string::npos) << again.out;
  EXPECT_EQ(testing::runEkw("hsds export " + dir).out, one.out);
  fs::remove(exported);
  EXPECT_EQ(testing::runEkw("hsds import " + dir).exitCode, 2);
}

}  // namespace
}  // namespace ekw

// Sociale-kaart spreadsheets: semicolon or comma, UTF-8 with or without BOM, Dutch column names; bad rows are
// reported by row and column and skipped, good rows kept; a dry run until --apply.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/content/csv_import.h"
#include "tests/unit/cli_runner.h"
#include "tests/unit/test_content.h"
#include "tools/files/content_files.h"

namespace ekw {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const json kMapping = json::parse(R"({
  "list": "services",
  "columns": {"Naam": "name", "Organisatie": "organization", "Omschrijving": "description", "Telefoon": "phone",
              "E-mail": "email", "Levensgebieden": "levensgebieden", "Trede": "rung", "Soort": "level",
              "Indicatie nodig": "indicatie", "Laatst gecontroleerd": "lastVerified"}
})");

const std::string kSheet =
    "Naam;Organisatie;Omschrijving;Telefoon;E-mail;Levensgebieden;Trede;Soort;Indicatie nodig;Laatst gecontroleerd\r\n"
    "Klusdienst;Vrijwilligershuis;\"Kleine klussen; in huis\";023-1234567;;wonen;4;algemeen;nee;01-10-2026\r\n"
    "Taalcafé;Vrijwilligershuis;Samen Nederlands praten.;;taal@example.nl;geld;4;algemeen;nee;\r\n"
    "Fout;Vrijwilligershuis;;;geen-mail;geld;4;algemeen;nee;\r\n"
    "Onbekend;Niemand BV;;;;geld;4;algemeen;nee;\r\n"
    "Verkeerd;Vrijwilligershuis;;;;sport;9;algemeen;misschien;31-02-2026\r\n";

TEST(Csv, ParsesSemicolonCommaQuotesAndBom) {
  CsvTable semi = parseCsv("\xEF\xBB\xBF" "a;b\n\"x;\"\"y\"\"\";2\n");
  EXPECT_EQ(semi.separator, ';');
  EXPECT_EQ(semi.header, (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(semi.rows.size(), 1u);
  EXPECT_EQ(semi.rows[0][0], "x;\"y\"");
  CsvTable comma = parseCsv("Naam,Telefoon\r\nA,\"1, 2\"\r\n");
  EXPECT_EQ(comma.separator, ',');
  EXPECT_EQ(comma.rows[0][1], "1, 2");
  EXPECT_FALSE(parseCsv("Naam\n\xE9t\xE9\n").error.empty());  // Latin-1, not UTF-8
  EXPECT_FALSE(parseCsv("a;b\n\"open;1\n").error.empty());
}

TEST(Csv, BadRowsAreReportedByRowAndColumnAndSkipped) {
  Incoming in = importCsv(kSheet, kMapping, testing::sample());
  ASSERT_EQ(in.records.size(), 2u);
  EXPECT_EQ(in.records[0].value["id"], "svc-klusdienst");  // matched by name to the existing service
  EXPECT_EQ(in.records[0].value["description"], "Kleine klussen; in huis");
  EXPECT_EQ(in.records[0].value["lastVerified"], "2026-10-01");
  EXPECT_EQ(in.records[0].value["organization"], "org-vrijwilligers");
  EXPECT_EQ(in.records[1].value["id"], "svc-taalcafe");  // a new id from the name, its accent folded
  ASSERT_EQ(in.problems.size(), 3u);
  EXPECT_EQ(in.problems[0].origin, "row 4");
  EXPECT_EQ(in.problems[0].message, "column \"E-mail\": \"geen-mail\" is not an e-mail address");
  EXPECT_EQ(in.problems[1].origin, "row 5");
  EXPECT_NE(in.problems[1].message.find("column \"Organisatie\": there is no organisation \"Niemand BV\""), std::string::npos);
  EXPECT_EQ(in.problems[2].origin, "row 6");
  EXPECT_NE(in.problems[2].message.find("column \"Levensgebieden\""), std::string::npos);  // the first bad cell
}

TEST(CsvCli, DryRunThenApplyKeepsGoodRows) {
  fs::path dir = fs::temp_directory_path() / ("ekw-csv-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(EKW_SOURCE_DIR "/tests/content/sample", dir, fs::copy_options::recursive);
  fs::path sheet = dir.string() + ".csv", mapping = dir.string() + ".map.json";
  std::ofstream(sheet, std::ios::binary) << "\xEF\xBB\xBF" << kSheet;
  std::ofstream(mapping) << kMapping.dump(2);
  std::string args = "csv import " + testing::shellQuote(dir.string()) + " " + testing::shellQuote(sheet.string()) +
                     " --map " + testing::shellQuote(mapping.string());
  auto read = [](const fs::path& p) {
    std::stringstream ss;
    ss << std::ifstream(p).rdbuf();
    return ss.str();
  };
  std::string before = read(dir / "sociale-kaart/kaart.json");
  testing::CliRun dry = testing::runEkw(args);
  EXPECT_EQ(dry.exitCode, 0) << dry.err;
  EXPECT_NE(dry.out.find("services: 1 added, 1 changed, 0 unchanged, 0 conflicts"), std::string::npos) << dry.out;
  EXPECT_NE(dry.out.find("~ service svc-klusdienst: description, phones, lastVerified"), std::string::npos) << dry.out;
  EXPECT_NE(dry.out.find("row 4: column \"E-mail\": \"geen-mail\" is not an e-mail address"), std::string::npos) << dry.out;
  EXPECT_EQ(read(dir / "sociale-kaart/kaart.json"), before);
  testing::CliRun applied = testing::runEkw(args + " --apply");
  EXPECT_EQ(applied.exitCode, 0) << applied.err;
  std::string after = read(dir / "sociale-kaart/kaart.json");
  EXPECT_NE(after.find("\"id\": \"svc-taalcafe\""), std::string::npos);
  EXPECT_EQ(after.find("Niemand"), std::string::npos);
  EXPECT_EQ(testing::runEkw("validate " + testing::shellQuote(dir.string())).exitCode, 0);
  // A mapping naming an unknown field is refused before anything is read.
  std::ofstream(mapping) << R"({"list": "services", "columns": {"Naam": "naam"}})";
  testing::CliRun bad = testing::runEkw(args);
  EXPECT_EQ(bad.exitCode, 1);
  EXPECT_NE(bad.err.find("unknown field \"naam\""), std::string::npos) << bad.err;
  fs::remove_all(dir);
  fs::remove(sheet);
  fs::remove(mapping);
}

}  // namespace
}  // namespace ekw

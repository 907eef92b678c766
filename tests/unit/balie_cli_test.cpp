// The balie commands as a user runs them: `ekw dossier validate` (file:line:column messages, exit codes) and
// `ekw stats` (groups under 10 suppressed).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/unit/cli_runner.h"

namespace {

namespace fs = std::filesystem;

struct CliRun {
  int exitCode = -1;
  std::string out;  // standard output, then standard error
};

CliRun ekw(const std::string& args) {
  ekw::testing::CliRun r = ekw::testing::runEkw(args);
  return {r.exitCode, r.out + r.err};
}

fs::path scratch(const std::string& name, const std::string& text) {
  fs::path dir = fs::temp_directory_path() / "ekw-balie-cli";
  fs::create_directories(dir);
  fs::path file = dir / name;
  std::ofstream(file, std::ios::binary) << text;
  return file;
}

TEST(DossierCli, TheExampleIsValid) {
  CliRun r = ekw("dossier validate '" EKW_SOURCE_DIR "/content/schema/examples/dossier.example.json'");
  EXPECT_EQ(r.exitCode, 0) << r.out;
  EXPECT_EQ(r.out, "1 of 1 dossier valid\n");
}

TEST(DossierCli, ProblemsNameFileLineColumnAndPointer) {
  fs::path file = scratch("bad.json",
                          "{\n  \"format\": \"ekw-dossier/2\",\n  \"id\": \"x\",\n  \"created\": \"2026-11-27T10:00:00Z\",\n"
                          "  \"language\": \"nl\",\n  \"content\": {\"id\": \"haarlem\", \"version\": \"1\"},\n"
                          "  \"consent\": {\"date\": \"2026-02-30\", \"recipient\": \"SWT\", \"counting\": false,\n"
                          "    \"parts\": {\"profile\": true, \"answers\": {}, \"notes\": true, \"plan\": true, \"forms\": false}},\n"
                          "  \"notities\": []\n}\n");
  CliRun r = ekw("dossier validate '" + file.string() + "'");
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.out.find(file.string() + ":7:"), std::string::npos) << r.out;  // the impossible date
  EXPECT_NE(r.out.find("/consent/date"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(file.string() + ":9:3: error: /notities: unknown field \"notities\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("0 of 1 dossier valid"), std::string::npos);

  CliRun broken = ekw("dossier validate '" + scratch("broken.json", "{\n  \"format\": \n").string() + "'");
  EXPECT_EQ(broken.exitCode, 1);
  EXPECT_NE(broken.out.find("broken.json:3:1: error:"), std::string::npos) << broken.out;
  EXPECT_EQ(ekw("dossier").exitCode, 2);
}

TEST(StatsCli, GroupsUnderTenAreSuppressed) {
  std::ostringstream log;
  for (int i = 0; i < 12; ++i) log << "/matomo.php?idsite=3&rec=1&e_c=klantcontact&e_a=balie&e_n=oost\n";
  for (int i = 0; i < 3; ++i) log << "/matomo.php?idsite=3&rec=1&e_c=klantcontact&e_a=balie&e_n=centrum\n";
  for (int i = 0; i < 11; ++i) log << "idsite=3&rec=1&e_c=doorverwijzing&e_a=sociaal-wijkteam&e_n=oost\n";
  CliRun r = ekw("stats '" + scratch("requests.log", log.str()).string() + "'");
  EXPECT_EQ(r.exitCode, 0);
  EXPECT_EQ(r.out,
            "category\tproduct\twijk\tcount\n"
            "doorverwijzing\tsociaal-wijkteam\t(alle wijken)\t11\n"
            "doorverwijzing\tsociaal-wijkteam\toost\t11\n"
            "klantcontact\tbalie\t(alle wijken)\t15\n"
            "klantcontact\tbalie\tcentrum\t<10\n"
            "klantcontact\tbalie\toost\t<10\n");
}

}  // namespace

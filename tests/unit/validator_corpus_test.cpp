// The broken-content corpus (issue 2): every directory under tests/content/broken is a small content directory
// with one thing broken, and expected.txt holds the exact diagnostics the validator must give for it. Also the
// cases made at run time (too deep, too large) and the `ekw validate` command line: exit codes and summary line.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/content/loader.h"
#include "core/content/validate.h"
#include "core/diagnostics.h"
#include "tools/files/content_files.h"
#include "tests/unit/cli_runner.h"

namespace ekw {
namespace {

namespace fs = std::filesystem;

const fs::path kCorpus = fs::path(EKW_SOURCE_DIR) / "tests" / "content" / "broken";
const fs::path kBase = kCorpus / "_base";
const std::string kSeeds = EKW_SOURCE_DIR "/../shared/seeds";
constexpr const char* kToday = "2026-11-23";

// What the validator says about a content directory, formatted and sorted as `ekw validate` prints it, with file
// paths relative to the directory.
std::vector<std::string> validate(const fs::path& dir) {
  Diagnostics diagnostics;
  LoadedContent loaded = loadContent(files::directoryReader(dir.string()), diagnostics);
  ValidateOptions options;
  options.today = kToday;
  options.seedLineCount = files::seedLineCounter(kSeeds);
  validateContent(loaded, diagnostics, options);
  diagnostics.sort();
  std::vector<std::string> lines;
  for (const Diagnostic& d : diagnostics.items()) lines.push_back(formatDiagnostic(d));
  return lines;
}

std::string readText(const fs::path& path) { return files::readFile(path.string()).value_or(""); }

std::vector<std::string> readLines(const fs::path& path) {
  std::vector<std::string> lines;
  std::istringstream in(readText(path));
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

// A line diff (longest common subsequence): "  " kept, "- " expected but missing, "+ " given but not expected.
std::string diff(const std::vector<std::string>& expected, const std::vector<std::string>& actual) {
  std::size_t n = expected.size(), m = actual.size();
  std::vector<std::vector<std::size_t>> lcs(n + 1, std::vector<std::size_t>(m + 1, 0));
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;)
      lcs[i][j] = expected[i] == actual[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  std::string out;
  std::size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && expected[i] == actual[j]) {
      out += "    " + expected[i++] + "\n";
      ++j;
    } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      out += "  - " + expected[i++] + "\n";
    } else {
      out += "  + " + actual[j++] + "\n";
    }
  }
  return out;
}

// The case directories, in name order; _base (and anything else starting with '_' or '.') is not a case.
std::vector<std::string> caseNames() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(kCorpus, ec)) {
    std::string name = entry.path().filename().string();
    if (entry.is_directory() && name[0] != '_' && name[0] != '.') names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

// GoogleTest names allow letters, digits and '_' only: "01-missing-comma" -> "01_missing_comma".
std::string testName(const std::string& caseName) {
  std::string out = caseName;
  for (char& c : out)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return out;
}

// A case as the validator reads it: a copy of _base in a fresh temporary directory, with the case's own files laid
// over it and the files its deleted.txt names removed (a case stores only what it changes). Removed again when it
// goes out of scope.
class ContentCopy {
 public:
  explicit ContentCopy(const std::string& label, const std::string& caseName = "") {
    dir_ = fs::temp_directory_path() / ("ekw-corpus-" + testName(label) + "-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::copy(kBase, dir_, fs::copy_options::recursive);
    if (caseName.empty()) return;
    const fs::path from = kCorpus / caseName;
    for (const std::string& gone : readLines(from / "deleted.txt"))
      if (!fs::remove(dir_ / gone)) throw std::runtime_error(caseName + "/deleted.txt names " + gone + ", which _base lacks");
    for (const auto& entry : fs::recursive_directory_iterator(from)) {
      const fs::path relative = entry.path().lexically_relative(from);
      if (relative == "expected.txt" || relative == "deleted.txt") continue;
      if (entry.is_directory()) fs::create_directories(dir_ / relative);
      else fs::copy_file(entry.path(), dir_ / relative, fs::copy_options::overwrite_existing);
    }
  }
  ~ContentCopy() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  ContentCopy(const ContentCopy&) = delete;
  ContentCopy& operator=(const ContentCopy&) = delete;

  const fs::path& dir() const { return dir_; }
  void write(const std::string& file, const std::string& text) const {
    std::ofstream out(dir_ / file, std::ios::binary | std::ios::trunc);
    out << text;
  }

 private:
  fs::path dir_;
};

// ---------------------------------------------------------------------------------------------------------------
// The stored cases
// ---------------------------------------------------------------------------------------------------------------

class BrokenContent : public ::testing::TestWithParam<std::string> {};

TEST_P(BrokenContent, GivesExactlyTheExpectedDiagnostics) {
  fs::path dir = kCorpus / GetParam();
  ASSERT_TRUE(fs::exists(dir / "expected.txt")) << GetParam() << " has no expected.txt";
  std::vector<std::string> expected = readLines(dir / "expected.txt");
  ContentCopy content(GetParam(), GetParam());
  std::vector<std::string> actual = validate(content.dir());
  EXPECT_FALSE(expected.empty()) << GetParam()
                                 << ": expected.txt names no error or warning; every broken case must give one";
  for (const std::string& line : expected)
    EXPECT_TRUE(line.find(": error: ") != std::string::npos || line.find(": warning: ") != std::string::npos)
        << GetParam() << "/expected.txt: not a diagnostic line: " << line;
  EXPECT_FALSE(actual.empty()) << GetParam() << ": the validator found nothing wrong";
  EXPECT_TRUE(expected == actual) << "diagnostics for tests/content/broken/" << GetParam()
                              << " (- expected, not given; + given, not expected):\n"
                              << diff(expected, actual);
}

INSTANTIATE_TEST_SUITE_P(Corpus, BrokenContent, ::testing::ValuesIn(caseNames()),
                         [](const ::testing::TestParamInfo<std::string>& info) { return testName(info.param); });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(BrokenContent);

TEST(BrokenCorpus, HasAtLeastFortyCases) {
  std::vector<std::string> names = caseNames();
  EXPECT_GE(names.size(), 40u) << "tests/content/broken holds " << names.size() << " cases";
  // Case names stay unique by number, so that a new case cannot silently shadow an old one in reports.
  for (std::size_t i = 1; i < names.size(); ++i)
    EXPECT_NE(names[i - 1].substr(0, 3), names[i].substr(0, 3)) << names[i - 1] << " and " << names[i];
}

// Every case is _base with one thing broken, so _base itself must be clean: then what a case reports comes from
// its one break.
TEST(BrokenCorpus, BaseGivesNoDiagnostics) {
  ASSERT_TRUE(fs::exists(kBase / "manifest.json"));
  std::vector<std::string> actual = validate(kBase);
  EXPECT_TRUE(actual.empty()) << diff({}, actual);
}

// ---------------------------------------------------------------------------------------------------------------
// Cases made at run time: too large to store
// ---------------------------------------------------------------------------------------------------------------

// A copy of _base whose manifest also names texts/ui.json (which nothing refers to, so that what it holds cannot cause
// diagnostics elsewhere): for the cases too large to store.
class TempContent : public ContentCopy {
 public:
  explicit TempContent(const std::string& name) : ContentCopy(name) {
    std::string manifest = readText(dir() / "manifest.json");
    const std::string forms = "\"forms\": [\"forms/aanvraag.json\"]";
    auto at = manifest.find(forms);
    if (at == std::string::npos) throw std::runtime_error("_base/manifest.json no longer names its form");
    manifest.replace(at, forms.size(), forms + ",\n  \"texts\": [\"texts/ui.json\"]");
    write("manifest.json", manifest);
    fs::create_directories(dir() / "texts");
  }
};

TEST(BrokenCorpusGenerated, NestingTwoHundredThousandDeepIsRefusedWithoutCrashing) {
  TempContent content("deep");
  std::string text = "{\"texts\": " + std::string(200000, '[') + std::string(200000, ']') + "}\n";
  content.write("texts/ui.json", text);
  // The 129th '[' (column 11 + 128) is one level too deep.
  std::vector<std::string> expected = {
      "texts/ui.json:1:139: error: /: nesting is deeper than 128 levels [invalid-json]"};
  std::vector<std::string> actual = validate(content.dir());
  EXPECT_TRUE(expected == actual) << diff(expected, actual);
}

TEST(BrokenCorpusGenerated, DeepObjectsAreRefusedToo) {
  TempContent content("deep-objects");
  std::string text = "{\"texts\": ";
  for (int i = 0; i < 200000; ++i) text += "{\"a\":";
  text += "1" + std::string(200000, '}') + "}\n";
  content.write("texts/ui.json", text);
  // {"texts": is depth 0..1; the 129th {"a": opens at column 11 + 128 * 5.
  std::vector<std::string> expected = {
      "texts/ui.json:1:651: error: /: nesting is deeper than 128 levels [invalid-json]"};
  std::vector<std::string> actual = validate(content.dir());
  EXPECT_TRUE(expected == actual) << diff(expected, actual);
}

TEST(BrokenCorpusGenerated, FiftyMegabyteFileIsRefusedByName) {
  TempContent content("large");
  {
    std::ofstream out(content.dir() / "texts" / "ui.json", std::ios::binary | std::ios::trunc);
    out << "{\"texts\": {\"app.title\": \"";
    std::string chunk(1024 * 1024, 'x');
    for (int i = 0; i < 50; ++i) out << chunk;
    out << "\"}}\n";
  }
  ASSERT_GE(fs::file_size(content.dir() / "texts" / "ui.json"), 50u * 1024u * 1024u);
  // The same words as the parser's own limit (JsonLimits::maxBytes), naming the file and both sizes.
  std::vector<std::string> expected = {
      "texts/ui.json: error: /: the file is 50 MB; content files may be at most 16 MB [unreadable-file]"};
  std::vector<std::string> actual = validate(content.dir());
  EXPECT_TRUE(expected == actual) << diff(expected, actual);
}

// ---------------------------------------------------------------------------------------------------------------
// The command line: what an editor or CI sees
// ---------------------------------------------------------------------------------------------------------------

struct CliResult {
  int exitCode = -1;
  std::vector<std::string> lines;  // standard output
};

std::string quote(const std::string& s) { return testing::shellQuote(s); }

// Runs `ekw ARGS` (already quoted); standard error is left out.
CliResult runCli(const std::string& args) {
  testing::CliRun run = testing::runEkw(args);
  CliResult r;
  r.exitCode = run.exitCode;
  std::istringstream in(run.out);
  for (std::string line; std::getline(in, line);) r.lines.push_back(line);
  return r;
}

CliResult validateWithCli(const fs::path& dir, const std::string& extra = "") {
  return runCli("validate " + quote(dir.string()) + " --today " + kToday + " --seeds " + quote(kSeeds) + extra);
}

// expected.txt with the directory in front of each path, as the command line prints it.
std::vector<std::string> expectedFromCli(const std::string& caseName, const fs::path& dir) {
  std::vector<std::string> lines;
  for (const std::string& line : readLines(kCorpus / caseName / "expected.txt")) lines.push_back(dir.string() + "/" + line);
  return lines;
}

TEST(ValidateCli, CleanContentExitsZero) {
  CliResult r = validateWithCli(kBase);
  EXPECT_EQ(r.exitCode, 0);
  EXPECT_EQ(r.lines, std::vector<std::string>{"0 errors, 0 warnings in 7 files"});
}

TEST(ValidateCli, WarningsAloneExitZero) {
  const std::string name = "57-service-without-contact";
  ContentCopy content(name, name);
  CliResult r = validateWithCli(content.dir());
  EXPECT_EQ(r.exitCode, 0);
  std::vector<std::string> expected = expectedFromCli(name, content.dir());
  expected.push_back("0 errors, 1 warning in 7 files");
  EXPECT_TRUE(expected == r.lines) << diff(expected, r.lines);
}

TEST(ValidateCli, ErrorsExitOne) {
  const std::string name = "15-duplicate-key";
  ContentCopy content(name, name);
  CliResult r = validateWithCli(content.dir());
  EXPECT_EQ(r.exitCode, 1);
  std::vector<std::string> expected = expectedFromCli(name, content.dir());
  expected.push_back("1 error, 0 warnings in 7 files");
  EXPECT_TRUE(expected == r.lines) << diff(expected, r.lines);
}

TEST(ValidateCli, SeveralErrorsAreCounted) {
  const std::string name = "73-next-on-multiple-option";
  ContentCopy content(name, name);
  CliResult r = validateWithCli(content.dir());
  EXPECT_EQ(r.exitCode, 1);
  std::vector<std::string> expected = expectedFromCli(name, content.dir());
  expected.push_back("2 errors, 0 warnings in 7 files");
  EXPECT_TRUE(expected == r.lines) << diff(expected, r.lines);
}

TEST(ValidateCli, MissingManifestExitsOneAndCountsOneFile) {
  const std::string name = "60-missing-manifest";
  ContentCopy content(name, name);
  CliResult r = validateWithCli(content.dir());
  EXPECT_EQ(r.exitCode, 1);
  std::vector<std::string> expected = expectedFromCli(name, content.dir());
  expected.push_back("1 error, 0 warnings in 1 file");
  EXPECT_TRUE(expected == r.lines) << diff(expected, r.lines);
}

// A manifest entry that is not a readable file inside the content directory gets its own message, never "does not
// exist", and nothing outside the directory is read, symbolic links included.
TEST(BrokenContentMadeAtRunTime, EntriesThatAreNotFilesInsideTheDirectoryAreNamed) {
  const fs::path outside = fs::temp_directory_path() / ("ekw-outside-" + std::to_string(::getpid()) + ".json");
  std::ofstream(outside) << "{\"format\": \"ekw-texts/1\", \"texts\": {\"geheim\": {\"nl\": \"van buiten\"}}}";
  struct Case {
    const char* name;
    std::function<void(const fs::path&)> make;
    std::string message;
  };
  const std::vector<Case> cases = {
      {"folder", [](const fs::path& p) { fs::create_directory(p); }, "this is a folder, not a file"},
      {"fifo", [](const fs::path& p) { ASSERT_EQ(::mkfifo(p.c_str(), 0600), 0); }, "this is a named pipe (FIFO), not a file"},
      {"loop", [](const fs::path& p) { fs::create_symlink(p.filename(), p); }, "this is a symbolic link that loops back on itself"},
      {"dangling", [](const fs::path& p) { fs::create_symlink("nergens.json", p); },
       "this is a symbolic link to a file that does not exist"},
      {"outside", [&](const fs::path& p) { fs::create_symlink(outside, p); },
       "this is a symbolic link to a file outside the content directory; it is not read"},
      {"device", [](const fs::path& p) { fs::create_symlink("/dev/zero", p); },
       "this is a device, not a file"},
  };
  for (const Case& c : cases) {
    TempContent content(std::string("special-") + c.name);
    c.make(content.dir() / "texts" / "ui.json");
    std::vector<std::string> expected = {"texts/ui.json: error: /: " + c.message + " [unreadable-file]"};
    std::vector<std::string> actual = validate(content.dir());
    EXPECT_TRUE(expected == actual) << c.name << "\n" << diff(expected, actual);
  }
  // A folder on the way that links outside is outside too.
  TempContent content("special-linked-folder");
  fs::remove_all(content.dir() / "texts");
  fs::create_directory_symlink(outside.parent_path(), content.dir() / "texts");
  fs::copy_file(outside, outside.parent_path() / "ui.json", fs::copy_options::overwrite_existing);
  std::vector<std::string> expected = {
      "texts/ui.json: error: /: this is a symbolic link to a file outside the content directory; it is not read "
      "[unreadable-file]"};
  EXPECT_TRUE(expected == validate(content.dir())) << diff(expected, validate(content.dir()));
  fs::remove(outside.parent_path() / "ui.json");
  fs::remove(outside);
}

// `ekw bundle` embeds only files of the content directory: a link to a file outside makes it refuse, naming the file.
TEST(BundleCli, ALinkToAFileOutsideTheContentIsNotBundled) {
  TempContent content("bundle-link");
  const fs::path outside = fs::temp_directory_path() / ("ekw-secret-" + std::to_string(::getpid()) + ".json");
  std::ofstream(outside) << "{\"format\": \"ekw-texts/1\", \"texts\": {\"geheim\": {\"nl\": \"wachtwoord\"}}}";
  fs::create_symlink(outside, content.dir() / "texts" / "ui.json");
  const fs::path bundle = content.dir() / "bundle.json";
  testing::CliRun r = testing::runEkw("bundle " + quote(content.dir().string()) + " -o " + quote(bundle.string()));
  EXPECT_EQ(r.exitCode, 1) << r.err;
  EXPECT_NE(r.err.find("texts/ui.json: error: /: this is a symbolic link to a file outside the content directory"),
            std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(bundle)) << "nothing written";
  fs::remove(outside);
}

// --seeds naming a folder that is not there is one usage error, not one error per citation.
TEST(ValidateCli, AMissingSeedsFolderIsOneError) {
  testing::CliRun r = testing::runEkw("validate " + quote(kBase.string()) + " --seeds /nergens/seeds");
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "ekw validate: the seeds folder /nergens/seeds does not exist\n");
}

TEST(ValidateCli, FiftyMegabyteFileIsNamed) {
  TempContent content("large-cli");
  {
    std::ofstream out(content.dir() / "texts" / "ui.json", std::ios::binary | std::ios::trunc);
    out << std::string(50u * 1024u * 1024u, ' ') << "{}";
  }
  CliResult r = validateWithCli(content.dir());
  EXPECT_EQ(r.exitCode, 1);
  std::vector<std::string> expected = {
      (content.dir() / "texts" / "ui.json").string() +
          ": error: /: the file is 50 MB; content files may be at most 16 MB [unreadable-file]",
      "1 error, 0 warnings in 8 files"};
  EXPECT_TRUE(expected == r.lines) << diff(expected, r.lines);
}

TEST(ValidateCli, UsageErrorsExitTwo) {
  const std::string base = quote(kBase.string());
  EXPECT_EQ(runCli("validate").exitCode, 2) << "no directory";
  EXPECT_EQ(runCli("validate " + base + " --frobnicate").exitCode, 2) << "unknown option";
  EXPECT_EQ(runCli("validate " + base + " " + base).exitCode, 2) << "two directories";
  EXPECT_EQ(runCli("validate " + base + " --today").exitCode, 2) << "--today without a date";
  EXPECT_EQ(runCli("validate " + base + " --seeds").exitCode, 2) << "--seeds without a directory";
  // A date that is not YYYY-MM-DD would silently switch off the 12-month verification check.
  EXPECT_EQ(runCli("validate " + base + " --today 23-11-2026").exitCode, 2) << "--today 23-11-2026";
  EXPECT_EQ(runCli("validate " + base + " --today 2026-13-01").exitCode, 2) << "--today 2026-13-01";
  // Usage goes to standard error: nothing on standard output.
  EXPECT_TRUE(runCli("validate").lines.empty());
}

}  // namespace
}  // namespace ekw

// `ekw stats FILE...`: the counts report over recorded Matomo tracking requests (one request URL or query string per
// line, as a Matomo log export or the test stand-in writes them). Every group under 10 is suppressed (shown as "<10"),
// and a second cell where one suppressed cell could be worked out from the total.
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/balie/counts.h"
#include "tools/ekw/commands.h"
#include "tools/files/content_files.h"

namespace ekw::cli {

namespace {

constexpr const char* kUsage =
    "usage: ekw stats [--json] FILE...\n"
    "  Counts klantcontacten and doorverwijzingen per product and wijk from recorded Matomo tracking requests\n"
    "  (one per line). Groups under 10 are suppressed.\n";

// Built by appending: GCC 12 warns falsely (-Wrestrict) about "literal" + std::string.
std::string suppressedText() {
  std::string text(1, '<');
  text += std::to_string(balie::kSuppressBelow);
  return text;
}

}  // namespace

int runStats(const Args& args, std::ostream& out, std::ostream& err) {
  bool asJson = false;
  std::vector<std::string> paths;
  for (const std::string& a : args) {
    if (a == "--json") asJson = true;
    else if (!a.empty() && a[0] == '-') {
      err << kUsage;
      return 2;
    } else paths.push_back(a);
  }
  if (paths.empty()) {
    err << kUsage;
    return 2;
  }
  std::vector<balie::CountEvent> events;
  std::size_t skipped = 0;
  for (const std::string& path : paths) {
    std::optional<std::string> text = files::readFile(path);
    if (!text) {
      err << "ekw stats: " << path << ": the file cannot be read\n";
      return 1;
    }
    std::istringstream lines(*text);
    std::string line;
    while (std::getline(lines, line)) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      balie::CountEvent e;
      if (balie::eventFromRequest(line, e)) events.push_back(e);
      else ++skipped;
    }
  }
  std::vector<balie::StatsRow> rows = balie::statsReport(events);
  if (asJson) {
    nlohmann::json list = nlohmann::json::array();
    for (const balie::StatsRow& r : rows)
      list.push_back({{"category", r.category}, {"product", r.action}, {"wijk", r.name.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.name)},
                      {"count", r.suppressed ? nlohmann::json(nullptr) : nlohmann::json(r.count)}, {"suppressed", r.suppressed}});
    out << nlohmann::json{{"groups", list}, {"suppressBelow", balie::kSuppressBelow}, {"skippedLines", skipped}}.dump(2) << "\n";
    return 0;
  }
  out << "category\tproduct\twijk\tcount\n";
  for (const balie::StatsRow& r : rows)
    out << r.category << "\t" << r.action << "\t" << (r.name.empty() ? "(alle wijken)" : r.name) << "\t"
        << (r.suppressed ? suppressedText() : std::to_string(r.count)) << "\n";
  if (skipped) out << "(" << skipped << (skipped == 1 ? " line was" : " lines were") << " no tracking request and skipped)\n";
  return 0;
}

}  // namespace ekw::cli

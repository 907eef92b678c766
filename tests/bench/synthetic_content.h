// A generator of synthetic, valid content directories (format ekw-content/1, see content/README.md) for the
// benchmarks: any number of levensgebieden, questions per tree and sociale-kaart services, built in memory.
//
// The content is meant to cost the engine what real content costs: trees branch (single, multiple, yes/no and
// number questions, option `next`s and JSON Logic rule branches over answers and facts), outcomes set levels and
// facts and name advice, advice sits on every rung with `when` rules (answers, facts, profile, context), services
// lists and service filters, and services are spread over wijken, locations, levensgebieden, rungs, ages and
// target groups. Everything is deterministic: the same arguments give the same bytes on every platform.
//
// The largest size used by the benchmarks is syntheticContent(20, 100, 10000): 2,000 question nodes and 10,000
// services. Set EKW_WRITE_SYNTHETIC=DIR when running ekw_bench to write that content to DIR (and its bundle to
// DIR/content.json) for other tools; ekw_bench then exits without running benchmarks.
#pragma once

#include <map>
#include <string>

namespace ekw::bench {

// The largest size: 20 levensgebieden x 100 questions = 2,000 question nodes, 10,000 services.
inline constexpr int kLargeLevensgebieden = 20;
inline constexpr int kLargeQuestionsPerTree = 100;
inline constexpr int kLargeServices = 10000;

// A content directory: path relative to the directory ("trees/lg-01.json") -> file text. `levensgebieden` >= 1,
// `questionsPerTree` >= 5 (question nodes per tree; five outcomes come on top), `services` >= 1; otherwise throws
// std::invalid_argument.
std::map<std::string, std::string> syntheticContent(int levensgebieden, int questionsPerTree, int services);

// The same content as a bundle text ({"format": "ekw-bundle/1", "files": {...}}), as ekw::makeBundle writes it
// and the site loads it. Throws std::runtime_error if the generated content does not load.
std::string syntheticBundle(int levensgebieden, int questionsPerTree, int services);

// The bundle text of an in-memory content directory (such as syntheticContent's).
std::string bundleText(const std::map<std::string, std::string>& files);

// Writes syntheticContent(...) as files under `directory` (created as needed) and the bundle as
// `directory`/content.json. Throws std::runtime_error when a file cannot be written.
void writeSyntheticContent(const std::string& directory, int levensgebieden, int questionsPerTree, int services);

}  // namespace ekw::bench

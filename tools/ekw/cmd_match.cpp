// ekw match: what the engine reads in a resident's own words (levensgebieden, danger signals, the words that matched),
// and with --corpus the precision and recall of that matching over a file of sentences with their expected topics.
#include <iostream>
#include <set>

#include "core/api/engine_api.h"
#include "core/engine/text_match.h"
#include "tools/ekw/cli_support.h"
#include "tools/ekw/commands.h"
#include "tools/files/content_files.h"

namespace ekw::cli {

using nlohmann::json;

namespace {

json matchJson(const TextMatch& m) {
  json lgs = json::array(), signals = json::array();
  for (const Match& x : m.levensgebieden) lgs.push_back({{"id", x.levensgebied->id}, {"score", x.score}, {"words", x.words}});
  for (const SignalMatch& s : m.signals) signals.push_back({{"id", s.signal->id}, {"words", s.words}});
  return {{"levensgebieden", lgs}, {"signals", signals}};
}

// Every line of the corpus is {"text", "expect": [levensgebied ids], "language"?, "safety"?}. Precision and recall
// count (sentence, levensgebied) pairs; a safety sentence also needs a danger signal and the safety levensgebied.
int evaluate(const Content& content, const std::string& file, bool asJson, std::ostream& out, std::ostream& err) {
  std::optional<std::string> text = files::readFile(file);
  if (!text) {
    err << "ekw match: cannot read " << file << "\n";
    return 1;
  }
  std::size_t tp = 0, fp = 0, fn = 0, sentences = 0, safety = 0, safetyMatched = 0, lineNo = 0;
  json misses = json::array();
  std::size_t start = 0;
  while (start < text->size()) {
    std::size_t end = text->find('\n', start);
    if (end == std::string::npos) end = text->size();
    std::string line = text->substr(start, end - start);
    start = end + 1;
    ++lineNo;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json entry = json::parse(line, nullptr, false);
    if (!entry.is_object() || !entry.contains("text") || !entry["text"].is_string() || !entry.contains("expect") ||
        !entry["expect"].is_array()) {
      err << file << ":" << lineNo << ": expected {\"text\": ..., \"expect\": [...]}\n";
      return 1;
    }
    ++sentences;
    TextMatch m = matchText(content, entry["text"].get<std::string>(), entry.value("language", std::string("nl")));
    std::set<std::string> expected, got;
    for (const json& id : entry["expect"])
      if (id.is_string()) expected.insert(id.get<std::string>());
    for (const Match& x : m.levensgebieden) got.insert(x.levensgebied->id);
    json extra = json::array(), missing = json::array();
    for (const std::string& id : got) (expected.count(id) ? tp : (extra.push_back(id), fp))++;
    for (const std::string& id : expected)
      if (!got.count(id)) missing.push_back(id), ++fn;
    bool isSafety = entry.value("safety", false);
    bool safetyOk = true;
    if (isSafety) {
      ++safety;
      bool safe = !m.signals.empty() && !m.levensgebieden.empty() && m.levensgebieden.front().levensgebied->safety;
      safetyOk = safe;
      safetyMatched += safe ? 1 : 0;
    }
    if (!extra.empty() || !missing.empty() || !safetyOk)
      misses.push_back({{"line", lineNo}, {"text", entry["text"]}, {"extra", extra}, {"missing", missing},
                        {"safetyMissed", !safetyOk}, {"matched", matchJson(m)}});
  }
  auto ratio = [](std::size_t a, std::size_t b) { return b == 0 ? 1.0 : static_cast<double>(a) / static_cast<double>(b); };
  json report{{"sentences", sentences},  {"pairs", {{"truePositive", tp}, {"falsePositive", fp}, {"falseNegative", fn}}},
              {"precision", ratio(tp, tp + fp)}, {"recall", ratio(tp, tp + fn)},
              {"safetySentences", safety}, {"safetyMatched", safetyMatched}, {"misses", misses}};
  if (asJson) {
    out << report.dump() << "\n";
    return 0;
  }
  char line[160];
  std::snprintf(line, sizeof line, "%zu sentences: precision %.3f, recall %.3f; safety sentences matched: %zu of %zu\n",
                sentences, report["precision"].get<double>(), report["recall"].get<double>(), safetyMatched, safety);
  out << line;
  for (const json& miss : misses) out << "  " << miss.dump() << "\n";
  return 0;
}

}  // namespace

int runMatch(const Args& args, std::ostream& out, std::ostream& err) {
  const char* usage =
      "usage: ekw match --content DIR [--language nl|en] TEXT...\n"
      "       ekw match --content DIR --corpus FILE [--json]\n"
      "       ekw match --stems [--language nl|en] WORD...   (Snowball stems, one JSON list)\n";
  std::string dir, corpus, language = "nl", text;
  bool asJson = false, stems = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--content" && i + 1 < args.size()) dir = args[++i];
    else if (args[i] == "--corpus" && i + 1 < args.size()) corpus = args[++i];
    else if (args[i] == "--language" && i + 1 < args.size()) language = args[++i];
    else if (args[i] == "--json") asJson = true;
    else if (args[i] == "--stems") stems = true;
    else if (args[i].rfind("--", 0) == 0) {
      err << usage;
      return 2;
    } else {
      text += (text.empty() ? "" : " ") + args[i];
    }
  }
  if (stems) {  // through the API, as the browser asks for them
    json words = json::array();
    for (std::size_t i = 0; i < args.size(); ++i)
      if (args[i] == "--language") ++i;
      else if (args[i].rfind("--", 0) != 0) words.push_back(args[i]);
    Content none;
    none.languages = {"nl", "en"};
    out << api::handle(none, "stems", {{"words", words}, {"language", language}})["stems"].dump() << "\n";
    return 0;
  }
  if (dir.empty() || (corpus.empty() == text.empty())) {
    err << usage;
    return 2;
  }
  std::optional<LoadedContent> loaded = loadValidContent(dir, "match", err);
  if (!loaded) return 1;
  if (!corpus.empty()) return evaluate(*loaded->content, corpus, asJson, out, err);
  out << matchJson(matchText(*loaded->content, text, language)).dump() << "\n";
  return 0;
}

}  // namespace ekw::cli

// Engine benchmarks (issue 2, item 8): loading and validating content, answering one question, building the
// advice page and searching the sociale kaart, on synthetic content up to 2,000 question nodes and 10,000 services
// (tests/bench/synthetic_content.h), plus the real Haarlem content for comparison.
//
//   ekw_bench                                   all benchmarks (about 30 s on 2 cores)
//   ekw_bench --benchmark_filter=large          only the large content
//   EKW_WRITE_SYNTHETIC=DIR ekw_bench            write the large synthetic content to DIR instead (see the header)
//
// Content is generated, loaded and validated once per size, before the first benchmark that needs it; a size
// whose content does not validate with zero errors stops the run with the diagnostics.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <ctime>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/api/engine_api.h"
#include "core/content/loader.h"
#include "core/content/model.h"
#include "core/content/validate.h"
#include "core/engine/session.h"
#include "synthetic_content.h"

namespace {

using nlohmann::json;
using namespace ekw;

constexpr const char* kToday = "2026-11-01";  // the generator's lastVerified dates (2026-01..10) are within 12 months of it

struct SizeSpec {
  const char* name;
  int levensgebieden, questionsPerTree, services;
};
// small: about the size of the Haarlem content (12 trees, ~100 services), a little larger.
// large: the target, 20 x 100 = 2,000 question nodes and 10,000 services.
constexpr SizeSpec kSizes[] = {
    {"small", 12, 12, 200},
    {"large", bench::kLargeLevensgebieden, bench::kLargeQuestionsPerTree, bench::kLargeServices},
};
enum SizeIndex { kSmall = 0, kLarge = 1 };

[[noreturn]] void die(const std::string& message) {
  std::fprintf(stderr, "ekw_bench: %s\n", message.c_str());
  std::fflush(stderr);
  std::abort();
}

ReadFile readerOver(const std::map<std::string, std::string>& files) {
  // Copies the text, as reading a file from the page cache would.
  return [&files](const std::string& path) -> std::optional<std::string> {
    auto it = files.find(path);
    if (it == files.end()) return std::nullopt;
    return it->second;
  };
}

ValidateOptions validateOptions() {
  ValidateOptions options;
  options.today = kToday;
  return options;
}

std::size_t totalBytes(const std::map<std::string, std::string>& files) {
  std::size_t n = 0;
  for (const auto& [path, text] : files) n += text.size();
  return n;
}

// Stops the run, listing the errors, unless `diagnostics` holds none.
void requireNoErrors(const std::string& what, Diagnostics& diagnostics, const LoadedContent& loaded) {
  if (loaded.content && !diagnostics.hasErrors()) return;
  diagnostics.sort();
  std::string message = what + " does not validate (" + std::to_string(diagnostics.errorCount()) + " errors):";
  std::size_t shown = 0;
  for (const Diagnostic& d : diagnostics.items())
    if (d.severity == Severity::Error && shown++ < 50) message += "\n  " + formatDiagnostic(d);
  die(message);
}

struct Fixture {
  SizeSpec spec{};
  std::map<std::string, std::string> files;
  std::size_t bytes = 0;
  std::string bundle;
  LoadedContent loaded;
  std::size_t questions = 0, warnings = 0;
  const Content& content() const { return *loaded.content; }
  std::string label() const {
    return std::string(spec.name) + " " + std::to_string(spec.levensgebieden) + "x" + std::to_string(spec.questionsPerTree) +
           " q, " + std::to_string(spec.services) + " svc";
  }
};

const Fixture& fixture(SizeIndex size) {
  static std::unique_ptr<Fixture> cache[2];
  std::unique_ptr<Fixture>& f = cache[size];
  if (f) return *f;
  f = std::make_unique<Fixture>();
  f->spec = kSizes[size];
  f->files = bench::syntheticContent(f->spec.levensgebieden, f->spec.questionsPerTree, f->spec.services);
  f->bytes = totalBytes(f->files);
  Diagnostics diagnostics;
  f->loaded = loadContent(readerOver(f->files), diagnostics);
  if (f->loaded.content) validateContent(f->loaded, diagnostics, validateOptions());
  requireNoErrors(std::string("the ") + f->spec.name + " synthetic content", diagnostics, f->loaded);
  f->warnings = diagnostics.warningCount();
  for (const Tree& t : f->content().trees)
    for (const Node& n : t.nodes) f->questions += n.isQuestion() ? 1 : 0;
  if (f->questions != static_cast<std::size_t>(f->spec.levensgebieden * f->spec.questionsPerTree) ||
      f->content().services.size() != static_cast<std::size_t>(f->spec.services))
    die("the synthetic content does not have the requested size");
  f->bundle = makeBundle(f->loaded).dump();
  std::fprintf(stderr, "[fixture] %s: %zu question nodes, %zu services, %zu advice, %zu files, %.2f MB (bundle %.2f MB); 0 errors, %zu warnings\n",
               f->label().c_str(), f->questions, f->content().services.size(), f->content().advice.size(), f->files.size(),
               f->bytes / 1e6, f->bundle.size() / 1e6, f->warnings);
  return *f;
}

// --- driving a session through the API, as the site does --------------------------------------------------------

json call(const Content& content, const char* method, const json& request) {
  json response = api::handle(content, method, request);
  if (response.contains("error")) die(std::string(method) + ": " + response["error"].dump());
  if (response.contains("answerError")) die(std::string(method) + ": " + response["answerError"].dump());
  return response;
}

std::uint32_t hashOf(const std::string& s) {
  std::uint32_t h = 2166136261u;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

// A typed answer (date, postcode, text, ...) as tests/fixtures/answers.json gives it, the fixture every test reads.
json typedAnswer(const std::string& type) {
  static const json fixture = json::parse(std::ifstream(EKW_SOURCE_DIR "/tests/fixtures/answers.json"));
  return fixture["types"][type]["answers"][0];
}

// A deterministic, valid answer to a question as the view shows it, spread over the options so that sessions take
// different branches.
json answerFor(const json& question) {
  const std::string type = question["type"];
  const std::uint32_t h = hashOf(question["id"].get<std::string>());
  const json& options = question["options"];
  if (type == "single") return options[h % options.size()]["id"];
  if (type == "yesno") return h % 3 == 0;
  if (type == "multiple") {
    if (h % 4 == 0)
      for (const json& o : options)
        if (o["exclusive"].get<bool>()) return json::array({o["id"]});
    json picked = json::array();
    for (const json& o : options)
      if (!o["exclusive"].get<bool>() && picked.size() < 2) picked.push_back(o["id"]);
    return picked;
  }
  if (type == "number") return static_cast<int>(h % 100);
  return typedAnswer(type);
}

json residentContext() { return {{"wijk", "wijk-03"}, {"age", 70}, {"today", kToday}}; }

// Starts a session on the first three levensgebieden and answers until `stop` holds for the view.
json walkUntil(const Content& content, const std::function<bool(const json& view)>& stop) {
  json lgs = json::array();
  for (std::size_t i = 0; i < 3 && i < content.levensgebieden.size(); ++i) lgs.push_back(content.levensgebieden[i].id);
  json view = call(content, "start", {{"levensgebieden", lgs}, {"context", residentContext()}});
  for (int guard = 0; !stop(view); ++guard) {
    if (view["done"].get<bool>() || guard > 100000) die("the session ended before the point the benchmark needs");
    view = call(content, "answer", {{"session", view["session"]}, {"value", answerFor(view["question"])}});
  }
  return view;
}

// A 3-levensgebied session at 50% progress: the first tree done, in the middle of the second.
struct Midway {
  json session, value;
  std::string requestText;
  std::size_t answers = 0;
};
const Midway& midway(SizeIndex size) {
  static std::unique_ptr<Midway> cache[2];
  std::unique_ptr<Midway>& m = cache[size];
  if (m) return *m;
  const Content& content = fixture(size).content();
  json view = walkUntil(content, [](const json& v) { return v["progress"]["percent"].get<int>() >= 50; });
  m = std::make_unique<Midway>();
  m->session = view["session"];
  m->value = answerFor(view["question"]);
  m->requestText = json{{"session", m->session}, {"value", m->value}}.dump();
  m->answers = m->session["answers"].size();
  call(content, "answer", json::parse(m->requestText));  // the request itself must be fine
  return *m;
}

// The same three levensgebieden, every tree finished.
const json& finishedSession(SizeIndex size) {
  static std::unique_ptr<json> cache[2];
  std::unique_ptr<json>& s = cache[size];
  if (!s) s = std::make_unique<json>(walkUntil(fixture(size).content(), [](const json& v) { return v["done"].get<bool>(); })["session"]);
  return *s;
}

void setCounter(benchmark::State& state, const char* name, double value) { state.counters[name] = benchmark::Counter(value); }

// --- (a) load and validate -----------------------------------------------------------------------------------------

void BM_LoadAndValidate(benchmark::State& state, SizeIndex size) {
  const Fixture& f = fixture(size);
  ReadFile read = readerOver(f.files);
  ValidateOptions options = validateOptions();
  for (auto _ : state) {
    Diagnostics diagnostics;
    LoadedContent loaded = loadContent(read, diagnostics);
    validateContent(loaded, diagnostics, options);
    benchmark::DoNotOptimize(loaded.content.get());
    benchmark::DoNotOptimize(diagnostics.items().data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * f.bytes));
  state.SetLabel(f.label());
}

// The loader alone (parse with positions, schema check, build the model), without the validator.
void BM_Load(benchmark::State& state, SizeIndex size) {
  const Fixture& f = fixture(size);
  ReadFile read = readerOver(f.files);
  for (auto _ : state) {
    Diagnostics diagnostics;
    LoadedContent loaded = loadContent(read, diagnostics);
    benchmark::DoNotOptimize(loaded.content.get());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * f.bytes));
  state.SetLabel(f.label());
}

// The validator alone, on loaded content.
void BM_Validate(benchmark::State& state, SizeIndex size) {
  const Fixture& f = fixture(size);
  ValidateOptions options = validateOptions();
  for (auto _ : state) {
    Diagnostics diagnostics;
    validateContent(f.loaded, diagnostics, options);
    benchmark::DoNotOptimize(diagnostics.items().data());
  }
  state.SetLabel(f.label());
}

// What the browser does once per page load: the bundle text to the model (no schema check, no positions).
void BM_LoadBundle(benchmark::State& state, SizeIndex size) {
  const Fixture& f = fixture(size);
  for (auto _ : state) {
    Diagnostics diagnostics;
    LoadedContent loaded = loadBundle(f.bundle, diagnostics);
    if (!loaded.content || diagnostics.hasErrors()) die("the bundle does not load");
    benchmark::DoNotOptimize(loaded.content.get());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * f.bundle.size()));
  state.SetLabel(f.label());
}

// The real content in content/haarlem, read from disk once; the figures are for loading and validating it.
void BM_LoadAndValidateHaarlem(benchmark::State& state) {
  namespace fs = std::filesystem;
  static const std::map<std::string, std::string> files = [] {
    std::map<std::string, std::string> out;
    fs::path root = fs::path(EKW_SOURCE_DIR) / "content" / "haarlem";
    if (fs::is_directory(root))
      for (const auto& entry : fs::recursive_directory_iterator(root))
        if (entry.is_regular_file() && entry.path().extension() == ".json") {
          std::ifstream in(entry.path(), std::ios::binary);
          std::ostringstream text;
          text << in.rdbuf();
          out[fs::relative(entry.path(), root).generic_string()] = text.str();
        }
    return out;
  }();
  if (files.empty()) {
    state.SkipWithError("content/haarlem not found");
    return;
  }
  ReadFile read = readerOver(files);
  ValidateOptions options = validateOptions();
  std::size_t errors = 0, warnings = 0;
  for (auto _ : state) {
    Diagnostics diagnostics;
    LoadedContent loaded = loadContent(read, diagnostics);
    validateContent(loaded, diagnostics, options);
    errors = diagnostics.errorCount();
    warnings = diagnostics.warningCount();
    benchmark::DoNotOptimize(loaded.content.get());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * totalBytes(files)));
  setCounter(state, "errors", static_cast<double>(errors));
  setCounter(state, "warnings", static_cast<double>(warnings));
}

// --- (b) answer to next question -----------------------------------------------------------------------------------

// What the site pays per click: the request text in, ekw::api::handle("answer"), the response text out. The session
// travels in the request and comes back in the response (the JSON round trip).
void BM_AnswerToNextQuestion(benchmark::State& state, SizeIndex size) {
  const Content& content = fixture(size).content();
  const Midway& m = midway(size);
  std::size_t responseBytes = 0;
  for (auto _ : state) {
    json request = json::parse(m.requestText);
    json response = api::handle(content, "answer", request);
    std::string text = response.dump();
    responseBytes = text.size();
    benchmark::DoNotOptimize(text.data());
  }
  state.SetItemsProcessed(state.iterations());
  setCounter(state, "answers", static_cast<double>(m.answers));
  setCounter(state, "req_kB", m.requestText.size() / 1e3);
  setCounter(state, "resp_kB", responseBytes / 1e3);
  state.SetLabel(fixture(size).label());
}

// CPU time of this thread: the machine is shared, so wall time per click would mostly measure the other processes.
double threadCpuMicros() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e6 + static_cast<double>(t.tv_nsec) / 1e3;
}

// The distribution a resident feels: a whole 3-levensgebied session answered click by click (request text in,
// response text out, as the site does), every click timed on its own (thread CPU time); the counters are the p50, p99 and max of
// those clicks over all the walks of the run. (Google Benchmark's own figure is the mean of a whole walk.)
void BM_AnswerLatency(benchmark::State& state, SizeIndex size) {
  const Content& content = fixture(size).content();
  json lgs = json::array();
  for (std::size_t i = 0; i < 3 && i < content.levensgebieden.size(); ++i) lgs.push_back(content.levensgebieden[i].id);
  const std::string start = json{{"levensgebieden", lgs}, {"context", residentContext()}}.dump();
  std::vector<double> clicks;
  for (auto _ : state) {
    json view = api::handle(content, "start", json::parse(start));
    for (int guard = 0; !view["done"].get<bool>() && guard < 100000; ++guard) {
      std::string request = json{{"session", view["session"]}, {"value", answerFor(view["question"])}}.dump();
      double t0 = threadCpuMicros();
      std::string text = api::handle(content, "answer", json::parse(request)).dump();
      clicks.push_back(threadCpuMicros() - t0);
      view = json::parse(text);
    }
  }
  std::sort(clicks.begin(), clicks.end());
  auto at = [&](double q) { return clicks.empty() ? 0.0 : clicks[std::min(clicks.size() - 1, static_cast<std::size_t>(q * clicks.size()))]; };
  setCounter(state, "clicks", static_cast<double>(clicks.size()));
  setCounter(state, "p50_us", at(0.50));
  setCounter(state, "p99_us", at(0.99));
  setCounter(state, "max_us", clicks.empty() ? 0.0 : clicks.back());
  state.SetLabel(fixture(size).label());
}

// The same call with the request already parsed and the response not serialised.
void BM_AnswerToNextQuestion_Handle(benchmark::State& state, SizeIndex size) {
  const Content& content = fixture(size).content();
  const Midway& m = midway(size);
  json request = json::parse(m.requestText);
  for (auto _ : state) {
    json response = api::handle(content, "answer", request);
    benchmark::DoNotOptimize(response);
  }
  state.SetItemsProcessed(state.iterations());
  setCounter(state, "answers", static_cast<double>(m.answers));
  state.SetLabel(fixture(size).label());
}

// The engine underneath: ekw::answerQuestion on a SessionState (which replays twice itself), then the replay that
// finds the next question. Includes copying the state (the answers object) each iteration.
void BM_AnswerQuestionCore(benchmark::State& state, SizeIndex size) {
  const Content& content = fixture(size).content();
  const Midway& m = midway(size);
  SessionState base;
  std::vector<DroppedAnswer> dropped;
  std::string error;
  if (!sessionFromJson(content, m.session, base, dropped, error) || !dropped.empty()) die("the midway session does not restore");
  for (auto _ : state) {
    SessionState s = base;
    Problem problem = answerQuestion(content, s, m.value, false, false);
    Walk walk = replay(content, s);
    if (!problem.ok() || !walk.current) die("the midway answer was refused");
    benchmark::DoNotOptimize(walk.current);
  }
  state.SetItemsProcessed(state.iterations());
  setCounter(state, "answers", static_cast<double>(m.answers));
  state.SetLabel(fixture(size).label());
}

// One replay of the midway session: the unit every API call pays at least once.
void BM_Replay(benchmark::State& state, SizeIndex size) {
  const Content& content = fixture(size).content();
  const Midway& m = midway(size);
  SessionState s;
  std::vector<DroppedAnswer> dropped;
  std::string error;
  if (!sessionFromJson(content, m.session, s, dropped, error)) die("the midway session does not restore");
  for (auto _ : state) {
    Walk walk = replay(content, s);
    benchmark::DoNotOptimize(walk.current);
  }
  setCounter(state, "answers", static_cast<double>(m.answers));
  state.SetLabel(fixture(size).label());
}

// --- (c) advice --------------------------------------------------------------------------------------------------

// ekw::api::handle("advice") at the end of a 3-levensgebied session, the resident in wijk-03, aged 70.
void BM_BuildAdvice(benchmark::State& state, SizeIndex size) {
  const Content& content = fixture(size).content();
  json request{{"session", finishedSession(size)}};
  json response = call(content, "advice", request);
  std::size_t items = response["urgent"].size(), services = 0;
  for (const json& g : response["levensgebieden"])
    for (const json& a : g["advice"]) {
      ++items;
      services += a["services"].size();
    }
  for (auto _ : state) {
    json r = api::handle(content, "advice", request);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
  setCounter(state, "answers", static_cast<double>(request["session"]["answers"].size()));
  setCounter(state, "advice", static_cast<double>(items));
  setCounter(state, "services", static_cast<double>(services));
  setCounter(state, "resp_kB", response.dump().size() / 1e3);
  state.SetLabel(fixture(size).label());
}

// The same with the text round trip the site pays.
void BM_BuildAdvice_Text(benchmark::State& state, SizeIndex size) {
  const Content& content = fixture(size).content();
  std::string requestText = json{{"session", finishedSession(size)}}.dump();
  for (auto _ : state) {
    std::string text = api::handle(content, "advice", json::parse(requestText)).dump();
    benchmark::DoNotOptimize(text.data());
  }
  state.SetItemsProcessed(state.iterations());
  state.SetLabel(fixture(size).label());
}

// --- sociale kaart search ----------------------------------------------------------------------------------------

void serviceSearch(benchmark::State& state, SizeIndex size, const json& request) {
  const Content& content = fixture(size).content();
  json response = call(content, "services", request);
  for (auto _ : state) {
    json r = api::handle(content, "services", request);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(content.services.size()));  // services scanned
  setCounter(state, "hits", response["total"].get<double>());
  setCounter(state, "shown", static_cast<double>(response["services"].size()));
  setCounter(state, "resp_kB", response.dump().size() / 1e3);
  state.SetLabel(fixture(size).label() + ", \"" + request["query"].get<std::string>() + "\"");
}

// A two-word query over every service, no other filter (the first 50 hits are returned as cards).
void BM_ServiceSearch(benchmark::State& state, SizeIndex size) {
  serviceSearch(state, size, {{"query", "maatje thuis"}});
}
// The same narrowed to the resident's wijk.
void BM_ServiceSearch_Wijk(benchmark::State& state, SizeIndex size) {
  serviceSearch(state, size, {{"query", "maatje thuis"}, {"wijk", "wijk-03"}});
}

// Registration. Iteration counts for the slow large-content cases keep the whole run near a minute on 2 cores.
#define EKW_BENCH_SIZES(fn, unit, largeIterations)                                           \
  BENCHMARK_CAPTURE(fn, small, kSmall)->Unit(benchmark::unit)->MinTime(0.3);                 \
  BENCHMARK_CAPTURE(fn, large, kLarge)->Unit(benchmark::unit)->Iterations(largeIterations)

EKW_BENCH_SIZES(BM_LoadAndValidate, kMillisecond, 5);
EKW_BENCH_SIZES(BM_Load, kMillisecond, 5);
EKW_BENCH_SIZES(BM_Validate, kMillisecond, 20);
EKW_BENCH_SIZES(BM_LoadBundle, kMillisecond, 10);
BENCHMARK(BM_LoadAndValidateHaarlem)->Unit(benchmark::kMillisecond)->MinTime(0.3);
EKW_BENCH_SIZES(BM_AnswerToNextQuestion, kMicrosecond, 2000);
EKW_BENCH_SIZES(BM_AnswerToNextQuestion_Handle, kMicrosecond, 2000);
EKW_BENCH_SIZES(BM_AnswerLatency, kMillisecond, 5);
EKW_BENCH_SIZES(BM_AnswerQuestionCore, kMicrosecond, 2000);
EKW_BENCH_SIZES(BM_Replay, kMicrosecond, 5000);
EKW_BENCH_SIZES(BM_BuildAdvice, kMicrosecond, 200);
EKW_BENCH_SIZES(BM_BuildAdvice_Text, kMicrosecond, 200);
EKW_BENCH_SIZES(BM_ServiceSearch, kMicrosecond, 100);
EKW_BENCH_SIZES(BM_ServiceSearch_Wijk, kMicrosecond, 100);

}  // namespace

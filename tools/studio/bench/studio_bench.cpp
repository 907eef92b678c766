// ekw-studio on the large synthetic content (2,000 questions, 10,000 services): the time from an edit to updated
// validation results, and the frame time while typing (ImGui drawn headless: the same pane code, no window).
// Run: build/native/tools/studio/ekw_studio_bench
#include <benchmark/benchmark.h>
#include <imgui.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "tests/bench/synthetic_content.h"
#include "tools/studio/app/studio.h"
#include "tools/studio/model/sociale_kaart.h"
#include "tools/studio/model/validation.h"

namespace {

using namespace ekw::studio;
namespace fs = std::filesystem;

const std::string& largeContent() {
  static const std::string dir = [] {
    fs::path d = fs::temp_directory_path() / "ekw-studio-bench-large";
    if (!fs::exists(d / "manifest.json")) {
      ekw::bench::writeSyntheticContent(d.string(), ekw::bench::kLargeLevensgebieden, ekw::bench::kLargeQuestionsPerTree,
                                        ekw::bench::kLargeServices);
    }
    return d.string();
  }();
  return dir;
}

// One keystroke in the name of a service: the command the field sends.
Command keystroke(const std::string& file, const std::string& pointer, int n) {
  Command c = setValue(file, pointer + "/name/nl", Json("Dienst " + std::to_string(n)), "change name");
  c.coalescable = true;
  return c;
}

// Edit, then the validation of exactly that revision: what the problems pane waits for. The time is until the
// hints are in too; "errors_ms" is until the errors and editor tasks are (they come first).
void BM_EditToValidationResults(benchmark::State& state) {
  Workspace ws = Workspace::open(largeContent());
  BackgroundValidator validator({"2026-12-01", {}});
  const std::string file = fileFor(ws, "services");
  int n = 0;
  double errorsTotal = 0;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    ws.apply(keystroke(file, "/services/100", ++n));
    validator.request(ws.snapshot(), ws.revision());
    bool complete = false;
    while (!complete) {
      std::optional<ValidationResult> result = validator.take();
      if (!result) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        continue;
      }
      if (result->revision == ws.revision()) {
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        if (result->hintsPending) errorsTotal += ms;
        complete = !result->hintsPending;
        if (complete) state.SetIterationTime(ms / 1000);
      }
      validator.dispose(std::move(*result));  // as the studio does: freed on the validator's own thread
    }
  }
  state.counters["errors_ms"] = errorsTotal / static_cast<double>(state.iterations());
}
BENCHMARK(BM_EditToValidationResults)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(10);

// Frames while typing into a service's name in the sociale-kaart pane, one keystroke a frame at 60 frames a second
// (five seconds): edit, tick (which hands the texts to the background validator whenever it is idle and takes in
// its results), draw the pane, render. Validation runs meanwhile on its own thread. The time is the frame's work.
void BM_FrameWhileTyping(benchmark::State& state) {
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(1600, 1000);
  io.DeltaTime = 1.0f / 60.0f;
  io.IniFilename = nullptr;
  io.Fonts->AddFontDefault();
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  {
    Studio studio(StudioOptions{largeContent(), "", ""});
    studio.waitForValidation();
    const std::string file = fileFor(studio.workspace(), "services");
    studio.jumpTo(file, "/services/100");
    studio.requestedPane.clear();
    auto frame = [&] {
      studio.tick();
      ImGui::NewFrame();
      ImGui::SetNextWindowPos(ImVec2(0, 0));
      ImGui::SetNextWindowSize(io.DisplaySize);
      ImGui::Begin("studio", nullptr, ImGuiWindowFlags_NoDecoration);
      drawKaartPane(studio);
      ImGui::End();
      ImGui::Render();
    };
    frame();
    int n = 0;
    double worst = 0, worstWithResults = 0;  // frames that only type, and frames that also take in new results
    for (auto _ : state) {
      auto t0 = std::chrono::steady_clock::now();
      const std::uint64_t validated = studio.validation().revision;
      const bool hinted = studio.validation().hintsPending;
      studio.apply(keystroke(file, "/services/100", ++n));
      frame();
      const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      double& into = validated != studio.validation().revision || hinted != studio.validation().hintsPending
                         ? worstWithResults : worst;
      into = std::max(into, ms);
      // Typing at 60 frames a second, so that validation results come in between keystrokes as they would.
      state.PauseTiming();
      std::this_thread::sleep_until(t0 + std::chrono::microseconds(16667));
      state.ResumeTiming();
    }
    state.counters["worst_typing_ms"] = worst;
    state.counters["worst_with_results_ms"] = worstWithResults;
    studio.waitForValidation();
  }
  ImGui::DestroyContext();
}
BENCHMARK(BM_FrameWhileTyping)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(300);

}  // namespace

BENCHMARK_MAIN();

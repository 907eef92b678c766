// Live validation: core's loader and validator over the workspace's current texts, plus the editor hints `ekw
// validate --hints` gives (taalniveau B1, readability, missing translations, Dutch spelling: core/content/hints.h),
// on a worker thread so that a large content never blocks typing. The newest request wins; older ones still
// queued are dropped. Results come in two steps: errors and editor tasks as soon as the validator is done, then the
// same with the hints (on a large content the hints take a third of the time, and errors should not wait for them).
#pragma once

#include <array>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "core/content/hints.h"
#include "core/content/loader.h"
#include "core/diagnostics.h"
#include "tools/studio/model/workspace.h"

namespace ekw::studio {

struct ValidationResult {
  std::uint64_t revision = 0;  // the workspace revision validated
  Diagnostics diagnostics;     // sorted; syntax errors, schema, references, editor tasks and hints (Severity::Hint)
  std::vector<TextReadability> readability;     // Flesch-Douma per Dutch text (with hints)
  std::shared_ptr<const LoadedContent> loaded;  // the content as the engine sees it (for simulate and publish)
  double milliseconds = 0;
  bool hintsPending = false;  // errors and tasks are in; the hints for this revision follow
  // Positions in `diagnostics` by file and entry ("sociale-kaart/diensten.json" + '\n' + "/services/12"), so that a
  // pane shows one entry's problems without going through every problem of a large content each frame.
  std::unordered_map<std::string, std::vector<std::size_t>> byEntry;
  const std::vector<std::size_t>* problemsOf(const std::string& file, const std::string& pointer) const;
  // The same keys: how many errors, warnings and hints each entry has (a table of 10,000 rows counts from this).
  std::unordered_map<std::string, std::array<std::size_t, 3>> entryCounts;
  // Per file: how many errors, warnings and hints (indexed by Severity).
  std::unordered_map<std::string, std::array<std::size_t, 3>> perFile;
  std::size_t count(const std::string& file, Severity severity) const;
};

// "/services/12/phones/0" -> "/services/12": the entry a pointer is in (the first two tokens).
std::string entryPointer(const std::string& pointer);
// The key of byEntry and entryCounts for an entry.
std::string entryKey(const std::string& file, const std::string& entryPointer);

struct ValidationSettings {
  std::string today;  // YYYY-MM-DD; "" = today
  std::function<std::optional<int>(const std::string&)> seedLineCount;  // unset: sources not checked against seeds
  bool hints = true;  // the B1 and translation hints, as `ekw validate --hints`
  bool spelling = true;  // with hints: Dutch spelling through hunspell-nl (when installed)
};

// Validates `texts` (path -> text) as `ekw validate --hints` would (`spelling`: the checker to use, or null).
ValidationResult validateTexts(const std::map<std::string, std::string>& texts, std::uint64_t revision,
                               const ValidationSettings& settings, SpellChecker* spelling = nullptr);
ValidationResult validateTexts(const TextSnapshot& texts, std::uint64_t revision, const ValidationSettings& settings,
                               SpellChecker* spelling = nullptr);
// The two steps: without hints (hintsPending when settings ask for them), then `first` with its hints added.
ValidationResult validateWithoutHints(const TextSnapshot& texts, std::uint64_t revision, const ValidationSettings& settings);
ValidationResult addHints(const ValidationResult& first, SpellChecker* spelling);

class BackgroundValidator {
 public:
  explicit BackgroundValidator(ValidationSettings settings);
  ~BackgroundValidator();
  BackgroundValidator(const BackgroundValidator&) = delete;
  BackgroundValidator& operator=(const BackgroundValidator&) = delete;

  // Queues a validation of `texts` (replacing one not started yet).
  void request(TextSnapshot texts, std::uint64_t revision);
  // The newest finished result not taken yet.
  std::optional<ValidationResult> take();
  // Hands an old result back to be freed on a thread of its own: freeing a large content takes a while (half a
  // second for the large synthetic content), and neither a frame nor the next validation should wait for it.
  void dispose(ValidationResult old);
  // Whether a request is queued or running.
  bool busy() const;
  // Blocks until nothing is queued or running (tests, benchmarks, screenshots).
  void wait();

 private:
  void run();
  void reap();
  void publish(ValidationResult result);  // with the lock held

  ValidationSettings settings_;
  std::unique_ptr<SpellChecker> speller_;  // the worker's own (hunspell is not thread-safe); opened on the worker
  mutable std::mutex mutex_;
  std::condition_variable wake_, idle_;
  std::optional<std::pair<TextSnapshot, std::uint64_t>> pending_;
  std::optional<ValidationResult> done_;
  std::vector<ValidationResult> trash_;
  std::condition_variable trashed_;
  bool running_ = false;
  bool stop_ = false;
  std::thread worker_, reaper_;
};

}  // namespace ekw::studio

// Live validation: core's loader and validator over the workspace's current texts, on a worker thread so that a
// large content never blocks typing. The newest request wins; older ones still queued are dropped.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/content/loader.h"
#include "core/diagnostics.h"

namespace ekw::studio {

struct ValidationResult {
  std::uint64_t revision = 0;  // the workspace revision validated
  Diagnostics diagnostics;     // sorted; syntax errors, schema, references, editor tasks (and hints when available)
  std::shared_ptr<const LoadedContent> loaded;  // the content as the engine sees it (for simulate and publish)
  double milliseconds = 0;
};

struct ValidationSettings {
  std::string today;  // YYYY-MM-DD; "" = today
  std::function<std::optional<int>(const std::string&)> seedLineCount;  // unset: sources not checked against seeds
};

// Validates `texts` (path -> text) as `ekw validate` would.
ValidationResult validateTexts(const std::map<std::string, std::string>& texts, std::uint64_t revision,
                               const ValidationSettings& settings);

class BackgroundValidator {
 public:
  explicit BackgroundValidator(ValidationSettings settings);
  ~BackgroundValidator();
  BackgroundValidator(const BackgroundValidator&) = delete;
  BackgroundValidator& operator=(const BackgroundValidator&) = delete;

  // Queues a validation of `texts` (replacing one not started yet).
  void request(std::map<std::string, std::string> texts, std::uint64_t revision);
  // The newest finished result not taken yet.
  std::optional<ValidationResult> take();
  // Hands an old result back to be freed on the worker thread: freeing a large content takes a while, and the
  // window's thread should not spend a frame on it.
  void dispose(ValidationResult old);
  // Whether a request is queued or running.
  bool busy() const;
  // Blocks until nothing is queued or running (tests, benchmarks, screenshots).
  void wait();

 private:
  void run();

  ValidationSettings settings_;
  mutable std::mutex mutex_;
  std::condition_variable wake_, idle_;
  std::optional<std::pair<std::map<std::string, std::string>, std::uint64_t>> pending_;
  std::optional<ValidationResult> done_;
  std::vector<ValidationResult> trash_;
  bool running_ = false;
  bool stop_ = false;
  std::thread worker_;
};

}  // namespace ekw::studio

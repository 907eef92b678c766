#include "tools/studio/model/validation.h"

#include <chrono>

#include "core/content/validate.h"
#include "tools/files/content_files.h"

namespace ekw::studio {

ValidationResult validateTexts(const std::map<std::string, std::string>& texts, std::uint64_t revision,
                               const ValidationSettings& settings) {
  auto start = std::chrono::steady_clock::now();
  ValidationResult result;
  result.revision = revision;
  ReadFile read = [&texts](const std::string& path) -> std::optional<std::string> {
    auto it = texts.find(path);
    if (it == texts.end()) return std::nullopt;
    return it->second;
  };
  auto loaded = std::make_shared<LoadedContent>(loadContent(read, result.diagnostics));
  ValidateOptions options;
  options.today = settings.today.empty() ? files::today() : settings.today;
  options.seedLineCount = settings.seedLineCount;
  validateContent(*loaded, result.diagnostics, options);
  result.diagnostics.sort();
  result.loaded = std::move(loaded);
  result.milliseconds =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return result;
}

BackgroundValidator::BackgroundValidator(ValidationSettings settings)
    : settings_(std::move(settings)), worker_([this] { run(); }) {}

BackgroundValidator::~BackgroundValidator() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  worker_.join();
}

void BackgroundValidator::request(std::map<std::string, std::string> texts, std::uint64_t revision) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    pending_.emplace(std::move(texts), revision);
  }
  wake_.notify_all();
}

std::optional<ValidationResult> BackgroundValidator::take() {
  std::lock_guard<std::mutex> lock(mutex_);
  std::optional<ValidationResult> out = std::move(done_);
  done_.reset();
  return out;
}

void BackgroundValidator::dispose(ValidationResult old) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    trash_.push_back(std::move(old));
  }
  wake_.notify_all();
}

bool BackgroundValidator::busy() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return running_ || pending_.has_value();
}

void BackgroundValidator::wait() {
  std::unique_lock<std::mutex> lock(mutex_);
  idle_.wait(lock, [this] { return !running_ && !pending_; });
}

void BackgroundValidator::run() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (true) {
    wake_.wait(lock, [this] { return stop_ || pending_.has_value() || !trash_.empty(); });
    if (stop_) return;
    if (!trash_.empty()) {
      std::vector<ValidationResult> old = std::move(trash_);
      trash_.clear();
      lock.unlock();
      old.clear();
      lock.lock();
      continue;
    }
    auto job = std::move(*pending_);
    pending_.reset();
    running_ = true;
    lock.unlock();
    ValidationResult result = validateTexts(job.first, job.second, settings_);
    lock.lock();
    running_ = false;
    if (!done_ || done_->revision <= result.revision) done_ = std::move(result);
    idle_.notify_all();
  }
}

}  // namespace ekw::studio

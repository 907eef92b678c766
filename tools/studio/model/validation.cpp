#include "tools/studio/model/validation.h"

#include <chrono>

#include "core/content/validate.h"
#include "tools/files/content_files.h"
#include "tools/spelling/hunspell_checker.h"

namespace ekw::studio {

std::string entryPointer(const std::string& pointer) {
  std::size_t second = pointer.find('/', 1);
  if (second == std::string::npos) return pointer;
  std::size_t third = pointer.find('/', second + 1);
  return third == std::string::npos ? pointer : pointer.substr(0, third);
}

std::size_t ValidationResult::count(const std::string& file, Severity severity) const {
  auto it = perFile.find(file);
  return it == perFile.end() ? 0 : it->second[static_cast<std::size_t>(severity)];
}

const std::vector<std::size_t>* ValidationResult::problemsOf(const std::string& file, const std::string& pointer) const {
  auto it = byEntry.find(file + '\n' + entryPointer(pointer));
  return it == byEntry.end() ? nullptr : &it->second;
}

namespace {

ValidationResult validateWith(const ReadFile& read, std::uint64_t revision, const ValidationSettings& settings,
                              SpellChecker* spelling) {
  auto start = std::chrono::steady_clock::now();
  ValidationResult result;
  result.revision = revision;
  auto loaded = std::make_shared<LoadedContent>(loadContent(read, result.diagnostics));
  ValidateOptions options;
  options.today = settings.today.empty() ? files::today() : settings.today;
  options.seedLineCount = settings.seedLineCount;
  validateContent(*loaded, result.diagnostics, options);
  if (settings.hints) {
    HintOptions hintOptions;
    hintOptions.spelling = spelling;
    HintReport report = contentHints(*loaded, hintOptions);
    for (const Diagnostic& d : report.hints.items()) result.diagnostics.add(d);
    result.readability = std::move(report.readability);
  }
  result.diagnostics.sort();
  const auto& items = result.diagnostics.items();
  for (std::size_t i = 0; i < items.size(); ++i) {
    result.byEntry[items[i].file + '\n' + entryPointer(items[i].pointer)].push_back(i);
    ++result.perFile[items[i].file][static_cast<std::size_t>(items[i].severity)];
  }
  result.loaded = std::move(loaded);
  result.milliseconds =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace

ValidationResult validateTexts(const std::map<std::string, std::string>& texts, std::uint64_t revision,
                               const ValidationSettings& settings, SpellChecker* spelling) {
  return validateWith(
      [&texts](const std::string& path) -> std::optional<std::string> {
        auto it = texts.find(path);
        if (it == texts.end()) return std::nullopt;
        return it->second;
      },
      revision, settings, spelling);
}

ValidationResult validateTexts(const TextSnapshot& texts, std::uint64_t revision, const ValidationSettings& settings,
                               SpellChecker* spelling) {
  return validateWith(
      [&texts](const std::string& path) -> std::optional<std::string> {
        auto it = texts.find(path);
        if (it == texts.end()) return std::nullopt;
        return *it->second;
      },
      revision, settings, spelling);
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

void BackgroundValidator::request(TextSnapshot texts, std::uint64_t revision) {
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
    if (settings_.hints && settings_.spelling && !speller_) speller_ = spelling::HunspellChecker::open();
    ValidationResult result = validateTexts(job.first, job.second, settings_, speller_.get());
    lock.lock();
    running_ = false;
    if (!done_ || done_->revision <= result.revision) done_ = std::move(result);
    idle_.notify_all();
  }
}

}  // namespace ekw::studio

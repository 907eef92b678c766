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

std::string entryKey(const std::string& file, const std::string& entry) { return file + '\n' + entry; }

const std::vector<std::size_t>* ValidationResult::problemsOf(const std::string& file, const std::string& pointer) const {
  auto it = byEntry.find(entryKey(file, entryPointer(pointer)));
  return it == byEntry.end() ? nullptr : &it->second;
}

namespace {

double since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// Sorts and indexes the diagnostics of `result`.
void finish(ValidationResult& result) {
  result.diagnostics.sort();
  result.byEntry.clear();
  result.perFile.clear();
  result.entryCounts.clear();
  const auto& items = result.diagnostics.items();
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string key = entryKey(items[i].file, entryPointer(items[i].pointer));
    result.byEntry[key].push_back(i);
    ++result.entryCounts[key][static_cast<std::size_t>(items[i].severity)];
    ++result.perFile[items[i].file][static_cast<std::size_t>(items[i].severity)];
  }
}

ValidationResult withoutHints(const ReadFile& read, std::uint64_t revision, const ValidationSettings& settings) {
  auto start = std::chrono::steady_clock::now();
  ValidationResult result;
  result.revision = revision;
  auto loaded = std::make_shared<LoadedContent>(loadContent(read, result.diagnostics));
  ValidateOptions options;
  options.today = settings.today.empty() ? files::today() : settings.today;
  options.seedLineCount = settings.seedLineCount;
  validateContent(*loaded, result.diagnostics, options);
  finish(result);
  result.loaded = std::move(loaded);
  result.hintsPending = settings.hints;
  result.milliseconds = since(start);
  return result;
}

ValidationResult validateWith(const ReadFile& read, std::uint64_t revision, const ValidationSettings& settings,
                              SpellChecker* spelling) {
  ValidationResult first = withoutHints(read, revision, settings);
  return settings.hints ? addHints(first, spelling) : first;
}

}  // namespace

ValidationResult addHints(const ValidationResult& first, SpellChecker* spelling) {
  auto start = std::chrono::steady_clock::now();
  ValidationResult result;
  result.revision = first.revision;
  result.loaded = first.loaded;
  result.diagnostics = first.diagnostics;
  if (first.loaded) {
    HintOptions hintOptions;
    hintOptions.spelling = spelling;
    HintReport report = contentHints(*first.loaded, hintOptions);
    for (const Diagnostic& d : report.hints.items()) result.diagnostics.add(d);
    result.readability = std::move(report.readability);
  }
  finish(result);
  result.milliseconds = first.milliseconds + since(start);
  return result;
}

ValidationResult validateWithoutHints(const TextSnapshot& texts, std::uint64_t revision, const ValidationSettings& settings) {
  return withoutHints(
      [&texts](const std::string& path) -> std::optional<std::string> {
        auto it = texts.find(path);
        if (it == texts.end()) return std::nullopt;
        return *it->second;
      },
      revision, settings);
}

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
    : settings_(std::move(settings)), worker_([this] { run(); }), reaper_([this] { reap(); }) {}

BackgroundValidator::~BackgroundValidator() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  trashed_.notify_all();
  worker_.join();
  reaper_.join();
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
  trashed_.notify_all();
}

bool BackgroundValidator::busy() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return running_ || pending_.has_value();
}

void BackgroundValidator::wait() {
  std::unique_lock<std::mutex> lock(mutex_);
  idle_.wait(lock, [this] { return !running_ && !pending_; });
}

void BackgroundValidator::publish(ValidationResult result) {
  if (!done_ || done_->revision < result.revision || (done_->revision == result.revision && !result.hintsPending))
    done_ = std::move(result);
}

void BackgroundValidator::run() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (true) {
    wake_.wait(lock, [this] { return stop_ || pending_.has_value(); });
    if (stop_) return;
    auto job = std::move(*pending_);
    pending_.reset();
    running_ = true;
    lock.unlock();
    ValidationResult first = validateWithoutHints(job.first, job.second, settings_);
    std::optional<ValidationResult> complete;
    if (first.hintsPending) {
      ValidationResult copy = first;  // copied outside the lock: take() on the window's thread never waits for it
      lock.lock();
      publish(std::move(copy));
      lock.unlock();
      if (settings_.spelling && !speller_) speller_ = spelling::HunspellChecker::open();
      complete = addHints(first, speller_.get());
    }
    lock.lock();
    publish(complete ? std::move(*complete) : std::move(first));
    running_ = false;
    idle_.notify_all();
    if (complete) {
      lock.unlock();
      first = ValidationResult{};  // its content is shared with the complete result; the diagnostics go now
      lock.lock();
    }
  }
}

void BackgroundValidator::reap() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (true) {
    trashed_.wait(lock, [this] { return stop_ || !trash_.empty(); });
    if (trash_.empty() && stop_) return;
    std::vector<ValidationResult> old = std::move(trash_);
    trash_.clear();
    lock.unlock();
    old.clear();
    lock.lock();
  }
}

}  // namespace ekw::studio

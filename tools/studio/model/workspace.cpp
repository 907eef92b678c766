#include "tools/studio/model/workspace.h"

#include <cstdio>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/content/loader.h"
#include "core/json/json_document.h"
#include "tools/files/content_files.h"

namespace ekw::studio {
namespace fs = std::filesystem;

std::shared_ptr<const std::string> Document::sharedText() const {
  if (cachedRevision_ != revision || !cachedText_) {
    // Past a few dozen changes comparing everything is as quick as checking each value against the list.
    const bool few = changed.size() <= 64;
    cachedText_ = std::make_shared<const std::string>(value ? layout.write(*value, few ? &changed : nullptr) : text);
    cachedRevision_ = revision;
    cachedDiffers_ = !existsOnDisk || *cachedText_ != diskText;
  }
  return cachedText_;
}

bool Document::differsFromDisk() const {
  sharedText();
  return cachedDiffers_;
}

namespace {

std::optional<std::string> readDisk(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

void Workspace::setDocumentText(Document& doc, std::string text) {
  JsonDocument parsed;
  JsonError error;
  doc.value.reset();
  doc.parseError.clear();
  doc.parseErrorPos = {};
  Json value;
  bool ok = parseJsonDocument(text, parsed, error);
  if (ok) {
    try {
      value = Json::parse(text);
    } catch (const std::exception& e) {
      ok = false;
      error.message = e.what();
    }
  }
  if (!ok) {
    doc.text = std::move(text);
    doc.parseError = error.message;
    doc.parseErrorPos = error.pos;
    return;
  }
  doc.layout = JsonRewriter(text);
  doc.changed.clear();
  doc.value = std::move(value);
  doc.text.clear();
}

Workspace Workspace::open(const std::string& directory) {
  Workspace ws;
  ws.directory_ = directory;
  // The loader knows which files the manifest names; record every text it reads.
  std::map<std::string, std::string> read;
  std::vector<std::string> order;
  ReadFile disk = files::directoryReader(directory);
  ReadFile recording = [&](const std::string& path) -> std::optional<std::string> {
    auto text = disk(path);
    if (text && !read.count(path)) {
      read[path] = *text;
      order.push_back(path);
    }
    return text;
  };
  Diagnostics ignored;
  LoadOptions options;
  options.checkSchemas = false;
  loadContent(recording, ignored, options);
  for (const auto& path : order) {
    Document doc;
    doc.path = path;
    doc.diskText = read[path];
    doc.existsOnDisk = true;
    ws.stamp(doc);
    ws.setDocumentText(doc, doc.diskText);
    ws.index_[path] = ws.docs_.size();
    ws.docs_.push_back(std::move(doc));
  }
  return ws;
}

Workspace Workspace::fromTexts(const std::map<std::string, std::string>& files) {
  Workspace ws;
  // Manifest first, as the loader reads it.
  std::vector<std::string> order;
  if (files.count("manifest.json")) order.push_back("manifest.json");
  for (const auto& [path, text] : files) {
    if (path != "manifest.json") order.push_back(path);
  }
  for (const auto& path : order) {
    Document doc;
    doc.path = path;
    doc.diskText = files.at(path);
    doc.existsOnDisk = true;
    ws.setDocumentText(doc, doc.diskText);
    ws.index_[path] = ws.docs_.size();
    ws.docs_.push_back(std::move(doc));
  }
  return ws;
}

const Document* Workspace::find(const std::string& path) const {
  auto it = index_.find(path);
  return it == index_.end() ? nullptr : &docs_[it->second];
}

Document* Workspace::findMutable(const std::string& path) {
  auto it = index_.find(path);
  return it == index_.end() ? nullptr : &docs_[it->second];
}

std::vector<std::string> Workspace::manifestFiles(const std::string& key) const {
  std::vector<std::string> out;
  const Json* v = value("manifest.json", "/" + key);
  if (v && v->is_string()) out.push_back(v->get<std::string>());
  if (v && v->is_array())
    for (const auto& f : *v)
      if (f.is_string()) out.push_back(f.get<std::string>());
  return out;
}

const Json* Workspace::value(const std::string& file, const std::string& pointer) const {
  const Document* doc = find(file);
  if (!doc || !doc->value) return nullptr;
  try {
    Json::json_pointer ptr(pointer);
    if (!doc->value->contains(ptr)) return nullptr;
    return &doc->value->at(ptr);
  } catch (const std::exception&) {
    return nullptr;
  }
}

void Workspace::touch(Document& doc) {
  doc.revision = ++revision_;
}

void Workspace::touch(Document& doc, const EditStep& step) {
  touch(doc);
  lastChanges_.emplace_back(step.file, step.kind == EditStep::Kind::Text ? "" : step.pointer);
  if (step.kind == EditStep::Kind::Text) return;  // the text was parsed again: a new layout, nothing changed since
  // A set value is its own pointer; an inserted or removed one changes its parent (array items move).
  std::string at = step.kind == EditStep::Kind::Set ? step.pointer : splitPointer(step.pointer).first;
  if (std::find(doc.changed.begin(), doc.changed.end(), at) == doc.changed.end()) doc.changed.push_back(std::move(at));
}

bool Workspace::apply(Command command, std::string* error) {
  lastChanges_.clear();
  // Apply every step; on failure revert the ones applied, so a command is all or nothing.
  std::size_t applied = 0;
  std::string message;
  for (; applied < command.steps.size(); ++applied) {
    EditStep& step = command.steps[applied];
    Document* doc = findMutable(step.file);
    if (!doc) { message = "no file " + step.file; break; }
    if (step.kind == EditStep::Kind::Text) {
      step.beforeText = doc->value ? doc->currentText() : doc->text;
      setDocumentText(*doc, step.afterText);
      touch(*doc, step);
      continue;
    }
    if (!doc->value) { message = step.file + " does not parse; fix its text first"; break; }
    try {
      applyStep(*doc->value, step);
      touch(*doc, step);
    } catch (const std::exception& e) {
      message = e.what();
      break;
    }
  }
  if (applied < command.steps.size()) {
    for (std::size_t i = applied; i-- > 0;) {
      const EditStep& step = command.steps[i];
      Document* doc = findMutable(step.file);
      if (step.kind == EditStep::Kind::Text) setDocumentText(*doc, step.beforeText);
      else revertStep(*doc->value, step);
      touch(*doc, step);
    }
    if (error) *error = message;
    return false;
  }
  redo_.clear();
  // Typing into one field: fold the keystrokes into the step that started the run.
  if (command.coalescable && !sealed_ && !undo_.empty() && undo_.back().coalescable &&
      undo_.back().steps.size() == 1 && command.steps.size() == 1 &&
      undo_.back().steps[0].kind == EditStep::Kind::Set && command.steps[0].kind == EditStep::Kind::Set &&
      undo_.back().steps[0].file == command.steps[0].file &&
      undo_.back().steps[0].pointer == command.steps[0].pointer) {
    undo_.back().steps[0].after = command.steps[0].after;
  } else {
    undo_.push_back(std::move(command));
  }
  sealed_ = !undo_.back().coalescable;
  return true;
}

bool Workspace::setText(const std::string& file, std::string text) {
  EditStep step;
  step.kind = EditStep::Kind::Text;
  step.file = file;
  step.afterText = std::move(text);
  if (!apply(Command{"edit text of " + file, {std::move(step)}})) return false;
  if (file == "manifest.json") openNewFiles();
  return true;
}

void Workspace::openNewFiles() {
  if (directory_.empty()) return;
  ReadFile disk = files::directoryReader(directory_);
  std::vector<std::pair<std::string, std::string>> found;
  ReadFile reader = [&](const std::string& path) -> std::optional<std::string> {
    if (const Document* doc = find(path)) return doc->currentText();
    auto text = disk(path);
    if (text) found.emplace_back(path, *text);
    return text;
  };
  Diagnostics ignored;
  LoadOptions options;
  options.checkSchemas = false;
  try {
    loadContent(reader, ignored, options);
  } catch (const std::exception&) {
    return;
  }
  for (auto& [path, text] : found) {
    if (find(path)) continue;
    Document doc;
    doc.path = path;
    doc.diskText = text;
    doc.existsOnDisk = true;
    stamp(doc);
    setDocumentText(doc, doc.diskText);
    index_[path] = docs_.size();
    docs_.push_back(std::move(doc));
  }
}

bool Workspace::undo() {
  if (undo_.empty()) return false;
  lastChanges_.clear();
  Command command = std::move(undo_.back());
  undo_.pop_back();
  for (std::size_t i = command.steps.size(); i-- > 0;) {
    const EditStep& step = command.steps[i];
    Document* doc = findMutable(step.file);
    if (step.kind == EditStep::Kind::Text) setDocumentText(*doc, step.beforeText);
    else revertStep(*doc->value, step);
    touch(*doc, step);
  }
  redo_.push_back(std::move(command));
  sealed_ = true;
  return true;
}

bool Workspace::redo() {
  if (redo_.empty()) return false;
  lastChanges_.clear();
  Command command = std::move(redo_.back());
  redo_.pop_back();
  for (auto& step : command.steps) {
    Document* doc = findMutable(step.file);
    if (step.kind == EditStep::Kind::Text) setDocumentText(*doc, step.afterText);
    else applyStep(*doc->value, step);
    touch(*doc, step);
  }
  undo_.push_back(std::move(command));
  sealed_ = true;
  return true;
}

bool Workspace::dirty() const {
  for (const auto& doc : docs_) {
    if (doc.dirty() && doc.differsFromDisk()) return true;
  }
  return false;
}

std::vector<std::string> Workspace::dirtyFiles() const {
  std::vector<std::string> out;
  for (const auto& doc : docs_) {
    // Edited and edited back is not a change.
    if (doc.dirty() && doc.differsFromDisk()) out.push_back(doc.path);
  }
  return out;
}

std::map<std::string, std::string> Workspace::texts() const {
  std::map<std::string, std::string> out;
  for (const auto& doc : docs_) out[doc.path] = doc.currentText();
  return out;
}

TextSnapshot Workspace::snapshot() const {
  TextSnapshot out;
  for (const auto& doc : docs_) out[doc.path] = doc.sharedText();
  return out;
}

SaveResult Workspace::save(const std::vector<std::string>& overwrite) {
  SaveResult result;
  const std::set<std::string> force(overwrite.begin(), overwrite.end());
  for (auto& doc : docs_) {
    if (!doc.dirty()) continue;
    std::string text = doc.currentText();
    if (text == doc.diskText) {
      doc.savedRevision = doc.revision;
      continue;
    }
    if (directory_.empty()) {  // in memory: "saving" makes the text the disk text
      result.written.push_back(doc.path);
    } else {
      const std::string full = (fs::path(directory_) / doc.path).string();
      auto onDisk = readDisk(full);
      const bool changed = onDisk ? *onDisk != doc.diskText : doc.existsOnDisk;
      if (changed && !force.count(doc.path)) {
        result.conflicts.push_back(doc.path);
        continue;
      }
      std::string failure = files::writeFileAtomic(full, text);
      if (!failure.empty()) {
        result.errors.push_back(doc.path + ": " + failure);
        continue;
      }
      result.written.push_back(doc.path);
    }
    doc.diskText = text;
    doc.existsOnDisk = true;
    stamp(doc);
    doc.savedRevision = doc.revision;
    if (doc.value) {
      doc.layout = JsonRewriter(text);
      doc.changed.clear();
    }
  }
  sealed_ = true;
  return result;
}

void Workspace::stamp(Document& doc) const {
  if (directory_.empty()) return;
  std::error_code ec;
  const fs::path full = fs::path(directory_) / doc.path;
  doc.diskSize = fs::file_size(full, ec);
  if (ec) doc.diskSize = 0;
  auto time = fs::last_write_time(full, ec);
  doc.diskTime = ec ? 0 : static_cast<std::int64_t>(time.time_since_epoch().count());
}

std::vector<std::string> Workspace::changedOnDisk() const {
  std::vector<std::string> out;
  if (directory_.empty()) return out;
  for (const auto& doc : docs_) {
    Document now;
    now.path = doc.path;
    stamp(now);
    if (doc.existsOnDisk && now.diskSize == doc.diskSize && now.diskTime == doc.diskTime) continue;
    auto onDisk = readDisk((fs::path(directory_) / doc.path).string());
    if (onDisk ? *onDisk != doc.diskText : doc.existsOnDisk) out.push_back(doc.path);
  }
  return out;
}

bool Workspace::reload(const std::string& file) {
  Document* doc = findMutable(file);
  if (!doc || directory_.empty()) return false;
  auto onDisk = readDisk((fs::path(directory_) / file).string());
  if (!onDisk) return false;
  doc->diskText = *onDisk;
  stamp(*doc);
  setDocumentText(*doc, *onDisk);
  lastChanges_.assign(1, {file, ""});
  touch(*doc);
  doc->savedRevision = doc->revision;
  // Steps in the history may point into the old text of this file: keep the history only if it never touched it.
  auto touches = [&](const std::vector<Command>& stack) {
    for (const auto& c : stack) {
      for (const auto& s : c.steps) {
        if (s.file == file) return true;
      }
    }
    return false;
  };
  if (touches(undo_) || touches(redo_)) {
    undo_.clear();
    redo_.clear();
  }
  return true;
}

std::vector<Diagnostic> Workspace::fileProblems() const {
  std::vector<Diagnostic> out;
  for (const auto& doc : docs_) {
    if (doc.value) continue;
    Diagnostic d;
    d.file = doc.path;
    d.pos = doc.parseErrorPos;
    d.code = "syntax";
    d.message = doc.parseError;
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace ekw::studio

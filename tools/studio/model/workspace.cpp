#include "tools/studio/model/workspace.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/content/loader.h"
#include "core/json/json_document.h"
#include "tools/files/content_files.h"

namespace ekw::studio {
namespace fs = std::filesystem;

const std::string& Document::currentText() const {
  if (!value) return text;
  if (cachedRevision_ != revision || !cachedParsed_) {
    cachedText_ = styleValid ? style.write(*value) : JsonStyle().write(*value);
    cachedRevision_ = revision;
    cachedParsed_ = true;
  }
  return cachedText_;
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

std::string writeFileAtomically(const std::string& path, const std::string& text) {
  const std::string temp = path + ".ekw-studio-" + std::to_string(::getpid()) + ".tmp";
  std::FILE* f = std::fopen(temp.c_str(), "wb");
  if (!f) return "cannot create " + temp;
  bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  ok = std::fflush(f) == 0 && ok;
  ok = ::fsync(::fileno(f)) == 0 && ok;
  ok = std::fclose(f) == 0 && ok;
  if (!ok) {
    std::remove(temp.c_str());
    return "cannot write " + temp;
  }
  std::error_code ec;
  fs::rename(temp, path, ec);
  if (ec) {
    std::remove(temp.c_str());
    return "cannot rename " + temp + " to " + path + ": " + ec.message();
  }
  return "";
}

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
  doc.style = JsonStyle(text, value);
  doc.styleValid = true;
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

bool Workspace::apply(Command command, std::string* error) {
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
      touch(*doc);
      continue;
    }
    if (!doc->value) { message = step.file + " does not parse; fix its text first"; break; }
    try {
      applyStep(*doc->value, step);
      touch(*doc);
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
      touch(*doc);
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
    setDocumentText(doc, doc.diskText);
    index_[path] = docs_.size();
    docs_.push_back(std::move(doc));
  }
}

bool Workspace::undo() {
  if (undo_.empty()) return false;
  Command command = std::move(undo_.back());
  undo_.pop_back();
  for (std::size_t i = command.steps.size(); i-- > 0;) {
    const EditStep& step = command.steps[i];
    Document* doc = findMutable(step.file);
    if (step.kind == EditStep::Kind::Text) setDocumentText(*doc, step.beforeText);
    else revertStep(*doc->value, step);
    touch(*doc);
  }
  redo_.push_back(std::move(command));
  sealed_ = true;
  return true;
}

bool Workspace::redo() {
  if (redo_.empty()) return false;
  Command command = std::move(redo_.back());
  redo_.pop_back();
  for (auto& step : command.steps) {
    Document* doc = findMutable(step.file);
    if (step.kind == EditStep::Kind::Text) setDocumentText(*doc, step.afterText);
    else applyStep(*doc->value, step);
    touch(*doc);
  }
  undo_.push_back(std::move(command));
  sealed_ = true;
  return true;
}

bool Workspace::dirty() const {
  for (const auto& doc : docs_) {
    if (doc.dirty() && doc.currentText() != doc.diskText) return true;
  }
  return false;
}

std::vector<std::string> Workspace::dirtyFiles() const {
  std::vector<std::string> out;
  for (const auto& doc : docs_) {
    // Edited and edited back is not a change.
    if (doc.dirty() && doc.currentText() != doc.diskText) out.push_back(doc.path);
  }
  return out;
}

std::map<std::string, std::string> Workspace::texts() const {
  std::map<std::string, std::string> out;
  for (const auto& doc : docs_) out[doc.path] = doc.currentText();
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
      std::string failure = writeFileAtomically(full, text);
      if (!failure.empty()) {
        result.errors.push_back(doc.path + ": " + failure);
        continue;
      }
      result.written.push_back(doc.path);
    }
    doc.diskText = text;
    doc.existsOnDisk = true;
    doc.savedRevision = doc.revision;
    if (doc.value) {
      doc.style = JsonStyle(text, *doc.value);
      doc.styleValid = true;
    }
  }
  sealed_ = true;
  return result;
}

std::vector<std::string> Workspace::changedOnDisk() const {
  std::vector<std::string> out;
  if (directory_.empty()) return out;
  for (const auto& doc : docs_) {
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
  setDocumentText(*doc, *onDisk);
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

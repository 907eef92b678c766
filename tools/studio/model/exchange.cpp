#include "tools/studio/model/exchange.h"

#include "core/content/csv_import.h"
#include "core/content/hsds.h"
#include "core/content/json_writer.h"
#include "core/json/json_document.h"
#include "tools/files/content_files.h"

namespace ekw::studio {
namespace {

// A JSON file the editor named: its value, or a plain message with line:column.
std::optional<nlohmann::json> readJson(const std::string& path, std::string& error) {
  std::optional<std::string> text;
  try {
    text = files::readFile(path);
  } catch (const std::exception& e) {
    error = e.what();
    return std::nullopt;
  }
  if (!text) {
    error = "cannot read " + path;
    return std::nullopt;
  }
  JsonDocument doc;
  JsonError parseError;
  if (!parseJsonDocument(*text, doc, parseError)) {
    error = path + ":" + std::to_string(parseError.pos.line) + ":" + std::to_string(parseError.pos.column) + ": " +
            parseError.message;
    return std::nullopt;
  }
  return std::move(doc.value);
}

// The workspace's current texts, as the loader and the merge read them.
ReadFile workspaceReader(const std::map<std::string, std::string>& texts) {
  return [&texts](const std::string& path) -> std::optional<std::string> {
    auto it = texts.find(path);
    if (it == texts.end()) return std::nullopt;
    return it->second;
  };
}

ImportPreview plan(const Workspace& ws, std::string source, const std::function<Incoming(const Content&)>& read,
                   MergeOptions options) {
  ImportPreview preview;
  preview.source = std::move(source);
  preview.revision = ws.revision();
  const std::map<std::string, std::string> texts = ws.texts();
  ReadFile reader = workspaceReader(texts);
  Diagnostics diagnostics;
  LoadedContent loaded = loadContent(reader, diagnostics);
  if (!loaded.content) {
    preview.error = "the content has no readable manifest.json";
    return preview;
  }
  Incoming incoming = read(*loaded.content);
  for (const IncomingProblem& p : incoming.problems)
    if (p.origin == "file" || p.origin == "mapping") {
      preview.error = preview.source + ": " + p.message;
      return preview;
    }
  if (options.today.empty()) options.today = files::today();
  preview.plan = planMerge(loaded, reader, incoming, options);
  return preview;
}

}  // namespace

ImportPreview previewHsdsImport(const Workspace& ws, const std::string& file, const std::string& defaults) {
  ImportPreview failed;
  failed.source = file;
  std::optional<nlohmann::json> records = readJson(file, failed.error);
  if (!records) return failed;
  MergeOptions options;
  if (defaults.find_first_not_of(" \t\r\n") != std::string::npos) {
    nlohmann::ordered_json d = nlohmann::ordered_json::parse(defaults, nullptr, false);
    if (d.is_discarded() || !d.is_object()) {
      failed.error = "the defaults for new services must be a JSON object, e.g. {\"rung\": 4, \"level\": \"algemeen\"}";
      return failed;
    }
    options.serviceDefaults = std::move(d);
  }
  return plan(ws, file, [&](const Content&) { return importHsds(*records); }, options);
}

ImportPreview previewCsvImport(const Workspace& ws, const std::string& file, const std::string& mappingFile) {
  ImportPreview failed;
  failed.source = file;
  std::optional<nlohmann::json> mapping = readJson(mappingFile, failed.error);
  if (!mapping) return failed;
  if (std::string problem = csvMappingProblem(*mapping); !problem.empty()) {
    failed.error = mappingFile + ": " + problem;
    return failed;
  }
  std::optional<std::string> text;
  try {
    text = files::readFile(file);
  } catch (const std::exception& e) {
    failed.error = e.what();
    return failed;
  }
  if (!text) {
    failed.error = "cannot read " + file;
    return failed;
  }
  return plan(ws, file, [&](const Content& content) { return importCsv(*text, *mapping, content); },
              csvMergeOptions(*mapping));
}

bool applyImport(Workspace& ws, const ImportPreview& preview, std::string* error) {
  auto fail = [&](std::string message) {
    if (error) *error = std::move(message);
    return false;
  };
  if (!preview.error.empty()) return fail(preview.error);
  if (!preview.plan.newErrors.empty()) return fail("the merged content would have errors; nothing is changed");
  if (preview.plan.edits.empty()) return fail("nothing to change");
  if (preview.revision != ws.revision()) return fail("the content changed since the plan was made: check the import again");
  Command command{"import " + preview.source, {}};
  for (const FileEdit& e : preview.plan.edits) {
    EditStep step;
    step.kind = EditStep::Kind::Text;
    step.file = e.path;
    step.afterText = e.text;
    command.steps.push_back(std::move(step));
  }
  return ws.apply(std::move(command), error);
}

std::string exportHsdsFile(const LoadedContent& loaded, std::size_t errorCount, const std::string& path) {
  if (!loaded.content || errorCount > 0)
    return "not exported: the content has " + std::to_string(errorCount) + " error(s); fix them first";
  nlohmann::ordered_json records = exportHsds(*loaded.content);
  std::string problem = files::writeFileAtomic(path, writeJson(records));
  if (!problem.empty()) return "not exported: " + problem;
  auto count = [&](const char* key) { return records.contains(key) ? records[key].size() : 0; };
  return "wrote " + path + ": " + std::to_string(count("organizations")) + " organizations, " +
         std::to_string(count("services")) + " services, " + std::to_string(count("locations")) + " locations";
}

}  // namespace ekw::studio

// Writes the generated seed corpora for the fuzz targets (see tests/fuzz/targets.txt):
//   OUT/bundle/  the bundles of the Haarlem and the sample content, as `ekw bundle` writes them;
//   OUT/api/     "METHOD\nREQUEST" files for every API method, made from the personas' walks through the Haarlem
//                content (so the fuzzer starts from real sessions, forms and dossiers, not from nothing).
// Usage: fuzz_seeds OUT
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/api/engine_api.h"
#include "core/api/simulate.h"
#include "core/content/loader.h"
#include "core/content/model.h"
#include "core/json/json_document.h"
#include "tools/files/content_files.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

int written = 0;

void write(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
  ++written;
}

void request(const fs::path& dir, const std::string& name, const std::string& method, const json& body) {
  write(dir / (name + "-" + method + "-" + std::to_string(written) + ".txt"), method + "\n" + body.dump());
}

void personaSeeds(const ekw::Content& content, const fs::path& dir, const std::string& name, const json& script) {
  json r = ekw::simulate(content, script, "nl");
  if (!r.value("ok", false)) {
    std::fprintf(stderr, "fuzz_seeds: persona %s does not walk: %s\n", name.c_str(), r.value("error", "").c_str());
    std::exit(1);
  }
  json start = script.value("start", json::object());
  if (script.contains("context")) start["context"] = script["context"];
  if (script.contains("person")) start["person"] = script["person"];
  request(dir, name, "start", start);
  const json& s = r["session"];
  for (const char* method : {"back", "view", "restore", "advice", "situation", "dossier"}) request(dir, name, method, {{"session", s}});
  if (s["answers"].is_object() && !s["answers"].empty())
    request(dir, name, "goTo", {{"session", s}, {"question", s["answers"].begin().key()}});
  request(dir, name, "advice", {{"session", s}, {"query", "hulp thuis"}, {"language", "en"}});
  request(dir, name, "setContext", {{"session", s}, {"context", {{"age", 67}, {"forSomeoneElse", true}}}});
  json previous = ekw::api::handle(content, "back", {{"session", s}});
  if (previous.contains("session")) {
    request(dir, name, "answer", {{"session", previous["session"]}, {"unknown", true}});
    request(dir, name, "answer", {{"session", previous["session"]}, {"skip", true}});
    if (previous["question"].is_object() && previous["question"].contains("answer"))
      request(dir, name, "answer", {{"session", previous["session"]}, {"value", previous["question"]["answer"]}});
  }
  for (const json& form : r["forms"]) {
    request(dir, name, "form", {{"session", s}, {"form", form["id"]}});
    json values = json::object();
    for (const json& section : form["sections"])
      for (const json& field : section["fields"]) values[field["id"].get<std::string>()] = field["value"];
    request(dir, name, "checkForm", {{"form", form["id"]}, {"values", values}});
  }
  if (script.contains("description")) request(dir, name, "match", {{"text", script["description"]}});
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: fuzz_seeds OUT\n");
    return 2;
  }
  fs::path out(argv[1]);
  fs::remove_all(out);
  for (const char* which : {"content/haarlem", "tests/content/sample"}) {
    ekw::Diagnostics diagnostics;
    ekw::LoadedContent loaded = ekw::files::loadDirectory(std::string(EKW_SOURCE_DIR "/") + which, diagnostics);
    if (!loaded.content || diagnostics.hasErrors()) {
      std::fprintf(stderr, "fuzz_seeds: %s does not load\n", which);
      return 1;
    }
    write(out / "bundle" / (fs::path(which).filename().string() + ".json"), ekw::makeBundle(loaded).dump());
    if (std::string(which) != "content/haarlem") continue;
    const ekw::Content& content = *loaded.content;
    fs::path api = out / "api";
    request(api, "any", "overview", json::object());
    request(api, "any", "services", {{"query", "schulden"}, {"limit", 5}});
    request(api, "any", "services", {{"levensgebied", "geld"}, {"wijk", "noord"}});
    if (!content.buuvTemplates.empty())
      request(api, "any", "buuv", {{"template", content.buuvTemplates.front().id}, {"kind", "vraag"}, {"naam", "Ans"}});
    // A dossier handed over by a colleague, as balie mode imports it.
    if (std::optional<std::string> example =
            ekw::files::readFile(EKW_SOURCE_DIR "/content/schema/examples/dossier.example.json")) {
      ekw::JsonDocument doc;
      ekw::JsonError error;
      if (ekw::parseJsonDocument(*example, doc, error)) request(api, "any", "dossierImport", {{"dossier", doc.value}});
    }
    for (const auto& entry : fs::directory_iterator(EKW_SOURCE_DIR "/tests/personas")) {
      if (entry.path().extension() != ".json") continue;
      std::optional<std::string> text = ekw::files::readFile(entry.path().string());
      ekw::JsonDocument doc;
      ekw::JsonError error;
      if (!text || !ekw::parseJsonDocument(*text, doc, error)) {
        std::fprintf(stderr, "fuzz_seeds: cannot read %s\n", entry.path().c_str());
        return 1;
      }
      personaSeeds(content, api, entry.path().stem().string(), doc.value);
    }
  }
  std::printf("fuzz_seeds: wrote %d seeds to %s\n", written, out.c_str());
  return 0;
}

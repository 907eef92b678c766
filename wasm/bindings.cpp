// The engine's C API for the website: three functions over core, JSON text in and JSON text out.
//
//   char* ekw_load_bundle(const char* bundleText)
//       Loads a content bundle (written by `ekw bundle`) and keeps it for the calls that follow; a later load replaces
//       it. Returns {"ok":true,"content":{"id","version","languages"},"warnings":N} or
//       {"ok":false,"error":{"code","message","diagnostics":[{"file","line","column","pointer","code","message"}]}}.
//   char* ekw_call(const char* method, const char* requestJson)
//       ekw::api::handle(content, method, request) (see core/api/engine_api.h). Returns its response, or
//       {"error":{"code","message"}} when no bundle is loaded or the request is not JSON.
//   void ekw_free(char* text)
//       Frees a string returned by the two functions above. The JS wrapper (site/js/engine.js) always does.
//
// Nothing here makes a decision: every answer comes from core. Never throws across the boundary.
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/api/engine_api.h"
#include "core/content/loader.h"
#include "core/content/model.h"
#include "core/diagnostics.h"
#include "core/json/json_document.h"

namespace {

std::unique_ptr<ekw::Content> g_content;

char* toHeap(const nlohmann::json& value) {
  std::string text;
  try {
    // Invalid UTF-8 in a resident's text must never make the whole response fail.
    text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  } catch (...) {
    text = R"({"error":{"code":"internal","message":"the response could not be written"}})";
  }
  char* out = static_cast<char*>(std::malloc(text.size() + 1));
  if (out != nullptr) std::memcpy(out, text.c_str(), text.size() + 1);
  return out;
}

nlohmann::json error(const char* code, const std::string& message) {
  return {{"error", {{"code", code}, {"message", message}}}};
}

}  // namespace

extern "C" {

char* ekw_load_bundle(const char* bundleText) {
  if (bundleText == nullptr) return toHeap({{"ok", false}, {"error", {{"code", "no-bundle"}, {"message", "no bundle"}}}});
  try {
    ekw::Diagnostics diagnostics;
    ekw::LoadedContent loaded = ekw::loadBundle(std::string_view(bundleText), diagnostics);
    if (!loaded.content || diagnostics.hasErrors()) {
      nlohmann::json list = nlohmann::json::array();
      for (const auto& d : diagnostics.items()) {
        if (d.severity != ekw::Severity::Error) continue;
        list.push_back({{"file", d.file}, {"line", d.pos.line}, {"column", d.pos.column}, {"pointer", d.pointer},
                        {"code", d.code}, {"message", d.message}});
        if (list.size() >= 20) break;
      }
      return toHeap({{"ok", false},
                     {"error", {{"code", "invalid-bundle"},
                                {"message", "the content bundle has " + std::to_string(diagnostics.errorCount()) +
                                                " error(s)"},
                                {"diagnostics", list}}}});
    }
    g_content = std::move(loaded.content);  // the parsed documents are only needed for diagnostics: drop them
    return toHeap({{"ok", true},
                   {"content", {{"id", g_content->id}, {"version", g_content->version},
                                {"languages", g_content->languages}}},
                   {"warnings", diagnostics.warningCount()}});
  } catch (const std::exception& e) {
    return toHeap({{"ok", false}, {"error", {{"code", "invalid-bundle"}, {"message", e.what()}}}});
  } catch (...) {
    return toHeap({{"ok", false}, {"error", {{"code", "invalid-bundle"}, {"message", "unknown error"}}}});
  }
}

char* ekw_call(const char* method, const char* requestJson) {
  try {
    if (!g_content) return toHeap(error("no-content", "no content bundle is loaded"));
    if (method == nullptr) return toHeap(error("bad-request", "no method"));
    nlohmann::json request = nlohmann::json::object();
    if (requestJson != nullptr && *requestJson != '\0') {
      // A saved session comes back from browser storage, where anything can stand: refuse absurd nesting before
      // the parser, which recurses per level, could run out of stack.
      if (!ekw::nestingWithin(requestJson, ekw::JsonLimits{}.maxDepth))
        return toHeap(error("bad-request", "the request nests too deeply"));
      request = nlohmann::json::parse(requestJson, nullptr, /*allow_exceptions=*/false);
      if (request.is_discarded()) return toHeap(error("bad-request", "the request is not valid JSON"));
    }
    return toHeap(ekw::api::handle(*g_content, method, request));
  } catch (...) {  // never a library's exception text: the site shows error messages as they come
    return toHeap(error("internal", "the engine could not handle this request"));
  }
}

void ekw_free(char* text) { std::free(text); }

}  // extern "C"

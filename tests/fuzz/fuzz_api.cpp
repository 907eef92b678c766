// Fuzz target: the engine's JSON API with the Haarlem content loaded, as the site and the CLI call it. An input is
// "METHOD\nREQUEST-JSON" (seeds: the personas' own requests, written by fuzz_seeds); an input whose first line is not
// a method picks one of ekw::api::methodNames() by its first byte. Properties: handle() never throws and never crashes; it always answers an
// object; a refused request has a code and a plain message, never a library's exception text.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/api/engine_api.h"
#include "core/content/model.h"
#include "core/json/json_document.h"
#include "tests/fuzz/fuzz_check.h"
#include "tools/files/content_files.h"

namespace {

const ekw::Content& haarlem() {
  static std::unique_ptr<ekw::Content> content = [] {
    ekw::Diagnostics diagnostics;
    ekw::LoadedContent loaded = ekw::files::loadDirectory(EKW_SOURCE_DIR "/content/haarlem", diagnostics);
    EKW_FUZZ_CHECK(loaded.content && !diagnostics.hasErrors(), "the Haarlem content loads");
    return std::move(loaded.content);
  }();
  return *content;
}

bool looksLikeLibraryText(std::string_view message) {
  for (std::string_view leak : {"[json.exception", "type_error", "out_of_range", "basic_string", "std::", "stoi",
                                "what()", "parse_error"})
    if (message.find(leak) != std::string_view::npos) return true;
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)haarlem();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::size_t newline = input.find('\n');
  std::string_view method = input.substr(0, newline == std::string_view::npos ? 0 : newline);
  std::string_view body = newline == std::string_view::npos ? input : input.substr(newline + 1);
  static const std::vector<std::string> methods = ekw::api::methodNames();  // every method, new ones included
  bool known = false;
  for (const std::string& m : methods) known = known || m == method;
  std::string chosen(method);
  if (!known) chosen = methods[size == 0 ? 0 : data[0] % methods.size()];

  ekw::JsonDocument doc;
  ekw::JsonError error;
  if (!ekw::parseJsonDocument(body, doc, error)) return 0;  // the shells refuse text that is not JSON before calling
  nlohmann::json response = ekw::api::handle(haarlem(), chosen, doc.value);
  EKW_FUZZ_CHECK(response.is_object(), "every response is an object");
  if (response.contains("error")) {
    const nlohmann::json& e = response["error"];
    EKW_FUZZ_CHECK(e.is_object() && e.contains("code") && e["code"].is_string(), "a refusal has a code");
    EKW_FUZZ_CHECK(e.contains("message") && e["message"].is_string(), "a refusal has a message");
    EKW_FUZZ_CHECK(!looksLikeLibraryText(e["message"].get<std::string>()),
                   ("a refusal speaks plainly, not in a library's words: " + e["message"].get<std::string>()).c_str());
  }
  (void)response.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return 0;
}

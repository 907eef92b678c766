// Fuzz target: loading a content bundle, what the browser does with the file `ekw bundle` wrote (or with whatever a
// server sends instead). Properties: never crashes; a bundle that loads without errors can be bundled again, and
// that bundle loads again.
#include <cstdint>
#include <string_view>

#include "core/content/loader.h"
#include "core/content/model.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  ekw::Diagnostics diagnostics;
  ekw::LoadedContent loaded = ekw::loadBundle(std::string_view(reinterpret_cast<const char*>(data), size), diagnostics);
  if (!loaded.content || diagnostics.hasErrors()) {
    EKW_FUZZ_CHECK(diagnostics.hasErrors(), "a bundle that does not load says why");
    return 0;
  }
  std::string again = ekw::makeBundle(loaded).dump();
  ekw::Diagnostics second;
  ekw::LoadedContent reloaded = ekw::loadBundle(again, second);
  EKW_FUZZ_CHECK(reloaded.content && !second.hasErrors(), "a loaded bundle, bundled again, loads again");
  return 0;
}

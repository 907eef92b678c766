// Fuzz target: the JSON reader every content file, bundle, answers file and API request goes through.
// Properties: it never crashes or hangs; what it accepts is valid UTF-8 JSON that it reads back to the same value;
// every position it records lies inside the text.
#include <cstdint>
#include <string_view>

#include "core/json/json_document.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)ekw::nestingWithin(text, 64);
  ekw::JsonDocument doc;
  ekw::JsonError error;
  if (!ekw::parseJsonDocument(text, doc, error)) {
    EKW_FUZZ_CHECK(!error.message.empty(), "a refusal names its reason");
    EKW_FUZZ_CHECK(error.pos.line >= 1 && error.pos.column >= 1, "a refusal has a position");
    return 0;
  }
  for (const auto& [pointer, pos] : doc.positions)
    EKW_FUZZ_CHECK(pos.line >= 1 && pos.column >= 1 && static_cast<std::size_t>(pos.line) <= size + 1,
                   "positions lie inside the text");
  std::string again = doc.value.dump();  // throws (and so crashes here) on invalid UTF-8 the reader let through
  ekw::JsonDocument reread;
  EKW_FUZZ_CHECK(ekw::parseJsonDocument(again, reread, error), "the reader accepts what it wrote");
  EKW_FUZZ_CHECK(reread.value == doc.value, "reading what was written gives the same value");
  return 0;
}

// Reading UTF-8 text by code point (the loader has already refused invalid UTF-8; on such bytes these stay safe).
#pragma once

#include <cstddef>
#include <string_view>

namespace ekw::utf8 {

// How many characters (code points) `text` holds: what a resident or editor counts as its length.
std::size_t codePoints(std::string_view text);

// The code point starting at byte `at`, moving `at` past it. An invalid byte decodes as itself.
char32_t next(std::string_view text, std::size_t& at);

}  // namespace ekw::utf8

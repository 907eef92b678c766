// The API methods the fuzz target and its seed generator exercise: every method of core/api/engine_api.h.
#pragma once

#include <array>
#include <string_view>

namespace ekw::fuzz {

inline constexpr std::array<std::string_view, 14> kApiMethods = {
    "overview", "match", "start", "answer", "back", "view", "setContext",
    "restore", "advice", "services", "buuv", "form", "checkForm", "dossier"};

}  // namespace ekw::fuzz

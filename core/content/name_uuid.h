// Name-based UUIDs (RFC 4122 version 5, SHA-1): the same name always gives the same UUID. HSDS wants UUIDs as
// ids; the content has readable ids ("svc-amhk"), so the export derives a stable UUID from each.
#pragma once

#include <string>
#include <string_view>

namespace ekw {

// The namespace UUID of Eigen Krachtwijzer names (fixed: changing it would change every exported id).
inline constexpr const char* kEkwUuidNamespace = "5b0f3c1e-8d2a-4c6e-9f47-2a61d3e8b9c4";

// SHA-1 of `data` as 20 bytes.
std::string sha1(std::string_view data);
// The version-5 UUID of `name` in `namespaceUuid` (lower-case hex, 8-4-4-4-12).
std::string uuid5(std::string_view namespaceUuid, std::string_view name);
// Whether `s` is a UUID in the 8-4-4-4-12 hex form.
bool isUuid(std::string_view s);

}  // namespace ekw

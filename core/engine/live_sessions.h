// Live sessions (issue 12 item 1): the engine keeps the last few sessions it answered with, decoded and walked, so
// the next call on the same session moves that walk on instead of decoding and walking every answer again.
//
// Why a live session rather than "decode once per call": decoding a 225-answer session checks every answer and walks
// every step (about 0.45 ms native on the large synthetic content), which alone is more than the 0.2 ms a click may
// cost. The API stays stateless for its callers: the session still travels as versioned JSON in every request and
// response. A live session is only used when the request's session is exactly the one the engine last returned
// (every field sessionFromJson reads compares equal), so the state, and the path, facts and levels walked from its
// answers, are what decoding that JSON would give; any other session (edited, restored, from another tab) is decoded
// and walked from its answers as before. The cache belongs to one Content and dies with it.
#pragma once

#include <optional>

#include <nlohmann/json.hpp>

#include "core/content/model.h"
#include "core/engine/session.h"

namespace ekw {

struct LiveSession {
  SessionState state;
  Walk walk;
};

// The live session whose JSON form equals `saved`, taken out of the cache; nullopt when there is none.
std::optional<LiveSession> takeLiveSession(const Content& content, const nlohmann::json& saved);
// Keeps `session` for the next call (the oldest of a few is forgotten).
void keepLiveSession(const Content& content, LiveSession session);
// Forgets every live session of `content` (tests compare answers with and without them).
void forgetLiveSessions(const Content& content);

}  // namespace ekw

#include "core/engine/live_sessions.h"

#include <deque>
#include <mutex>

namespace ekw {

using nlohmann::json;

struct LiveSessions {
  static constexpr std::size_t kCapacity = 8;  // a site has one session; the balie a few residents at a time
  std::mutex mutex;
  std::deque<LiveSession> sessions;  // newest first
};

namespace {

std::mutex gSlotMutex;  // guards creating a content's cache

LiveSessions& cacheOf(const Content& content) {
  std::lock_guard<std::mutex> lock(gSlotMutex);
  if (!content.liveSessions.cache) content.liveSessions.cache = std::make_shared<LiveSessions>();
  return *content.liveSessions.cache;
}

// Whether sessionToJson(content, state) would equal `saved` in every field sessionFromJson reads.
bool sameSession(const Content& content, const SessionState& state, const json& saved) {
  if (!saved.is_object()) return false;
  auto field = [&](const char* key) -> const json* {
    auto it = saved.find(key);
    return it == saved.end() ? nullptr : &*it;
  };
  const json* format = field("format");
  if (!format || *format != kSessionFormat) return false;
  const json* answers = field("answers");
  if (!answers || *answers != state.answers) return false;
  const json* lgs = field("levensgebieden");
  if (!lgs || !lgs->is_array() || lgs->size() != state.levensgebieden.size()) return false;
  for (std::size_t i = 0; i < state.levensgebieden.size(); ++i)
    if ((*lgs)[i] != state.levensgebieden[i]) return false;
  const json* context = field("context");
  if (!context || *context != state.context) return false;
  const json* person = field("person");
  if (!person || *person != state.person) return false;
  const json* cursor = field("cursor");
  if (static_cast<bool>(cursor) != state.cursor.has_value()) return false;
  if (cursor && (!cursor->is_number_unsigned() || cursor->get<std::size_t>() != *state.cursor)) return false;
  const json* saved_content = field("content");
  return saved_content && saved_content->is_object() && saved_content->value("id", json()) == content.id &&
         saved_content->value("version", json()) == content.version;
}

}  // namespace

std::optional<LiveSession> takeLiveSession(const Content& content, const json& saved) {
  LiveSessions& cache = cacheOf(content);
  std::lock_guard<std::mutex> lock(cache.mutex);
  for (auto it = cache.sessions.begin(); it != cache.sessions.end(); ++it) {
    if (!sameSession(content, it->state, saved)) continue;
    LiveSession found = std::move(*it);
    cache.sessions.erase(it);
    return found;
  }
  return std::nullopt;
}

void keepLiveSession(const Content& content, LiveSession session) {
  LiveSessions& cache = cacheOf(content);
  std::lock_guard<std::mutex> lock(cache.mutex);
  cache.sessions.push_front(std::move(session));
  if (cache.sessions.size() > LiveSessions::kCapacity) cache.sessions.pop_back();
}

void forgetLiveSessions(const Content& content) {
  LiveSessions& cache = cacheOf(content);
  std::lock_guard<std::mutex> lock(cache.mutex);
  cache.sessions.clear();
}

}  // namespace ekw

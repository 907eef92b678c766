// The counts the gemeente asked for (003_64027ff868a0bb10.txt:872-880 and 915-917: klantcontacten in de 1e lijn,
// doorverwijzingen per product and wijk): counts only, never answers or notes. They go out as Matomo HTTP tracking
// API event requests (https://developer.matomo.org/api-reference/tracking-api) to the gemeente's own Matomo, only
// when the site is configured for it and the resident agrees. `ekw stats` reports over the recorded requests and
// suppresses every group under 10.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/model.h"
#include "core/engine/session.h"

namespace ekw::balie {

inline constexpr long kSuppressBelow = 10;

struct CountEvent {
  std::string category;  // "klantcontact" or "doorverwijzing"
  std::string action;    // klantcontact: "balie"; doorverwijzing: the product (form id, "sociaal-wijkteam")
  std::string name;      // the wijk id, or "onbekend"
};

// What one balie conversation counts: one klantcontact, and one doorverwijzing per accepted routing or accepted
// advice that leads to a form.
std::vector<CountEvent> countEvents(const Content& content, const SessionState& state, const nlohmann::json& balie);

// One Matomo tracking request (the query string) for an event.
std::string matomoQuery(const CountEvent& e, const std::string& siteId);

// Reads an event back from a tracking request line (a URL or a query string); false when it is none.
bool eventFromRequest(const std::string& line, CountEvent& out);

struct StatsRow {
  std::string category, action, name;  // name empty: the total over every wijk
  long count = 0;
  bool suppressed = false;
};
// Per product (and category) over every wijk, and per product and wijk. A group under kSuppressBelow is suppressed;
// when a product shows its total and exactly one of its wijken is suppressed, the next smallest is suppressed too, so
// that the small one cannot be worked out by subtraction.
std::vector<StatsRow> statsReport(const std::vector<CountEvent>& events);

std::string percentEncode(const std::string& s);
std::string percentDecode(const std::string& s);

}  // namespace ekw::balie

#include "core/balie/counts.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>
#include <tuple>

namespace ekw::balie {

using nlohmann::json;

std::vector<CountEvent> countEvents(const Content& content, const SessionState& state, const json& balie) {
  std::string wijk = state.context.value("wijk", json()).is_string() ? state.context["wijk"].get<std::string>() : "";
  bool knownWijk = std::any_of(content.wijken.begin(), content.wijken.end(), [&](const Named& w) { return w.id == wijk; });
  if (!knownWijk) wijk = "onbekend";  // never free text: only the content's own wijk ids leave the device
  std::vector<CountEvent> events{{"klantcontact", "balie", wijk}};
  if (!balie.is_object()) return events;
  const json routing = balie.value("routing", json::object());
  if (routing.is_object() && routing.value("decision", "") == "accepted") events.push_back({"doorverwijzing", "sociaal-wijkteam", wijk});
  const json decisions = balie.value("decisions", json::object());
  std::vector<std::string> products;
  for (auto& [id, d] : decisions.items()) {
    const Advice* a = content.adviceItem(id);
    if (!a || a->form.empty() || !d.is_object() || d.value("decision", "") != "accepted") continue;
    if (std::find(products.begin(), products.end(), a->form) == products.end()) products.push_back(a->form);
  }
  for (const std::string& p : products) events.push_back({"doorverwijzing", p, wijk});
  return events;
}

std::string percentEncode(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

std::string percentDecode(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '+') {
      out += ' ';
    } else if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
               std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string matomoQuery(const CountEvent& e, const std::string& siteId) {
  // rec=1 records; apiv=1 the API version; e_c/e_a/e_n the event; send_image=0 answers 204 instead of a GIF.
  return "idsite=" + percentEncode(siteId) + "&rec=1&apiv=1&send_image=0&e_c=" + percentEncode(e.category) +
         "&e_a=" + percentEncode(e.action) + "&e_n=" + percentEncode(e.name);
}

bool eventFromRequest(const std::string& line, CountEvent& out) {
  std::string q = line;
  if (auto at = q.find('?'); at != std::string::npos) q = q.substr(at + 1);
  while (!q.empty() && (q.back() == '\r' || q.back() == '\n' || q.back() == ' ')) q.pop_back();
  std::map<std::string, std::string> params;
  std::size_t start = 0;
  while (start <= q.size()) {
    std::size_t end = q.find('&', start);
    if (end == std::string::npos) end = q.size();
    std::string pair = q.substr(start, end - start);
    auto eq = pair.find('=');
    if (eq != std::string::npos) params[percentDecode(pair.substr(0, eq))] = percentDecode(pair.substr(eq + 1));
    start = end + 1;
  }
  if (params["rec"] != "1" || params["e_c"].empty() || params["e_a"].empty()) return false;
  out = {params["e_c"], params["e_a"], params["e_n"]};
  return true;
}

std::vector<StatsRow> statsReport(const std::vector<CountEvent>& events) {
  std::map<std::tuple<std::string, std::string, std::string>, long> cells;
  std::map<std::pair<std::string, std::string>, long> totals;
  for (const CountEvent& e : events) {
    ++cells[{e.category, e.action, e.name}];
    ++totals[{e.category, e.action}];
  }
  std::vector<StatsRow> rows;
  for (const auto& [key, total] : totals) {
    rows.push_back({key.first, key.second, "", total, total < kSuppressBelow});
    std::size_t first = rows.size();
    for (const auto& [cell, count] : cells)
      if (std::get<0>(cell) == key.first && std::get<1>(cell) == key.second)
        rows.push_back({key.first, key.second, std::get<2>(cell), count, count < kSuppressBelow});
    long hidden = std::count_if(rows.begin() + static_cast<long>(first), rows.end(), [](const StatsRow& r) { return r.suppressed; });
    if (!rows[first - 1].suppressed && hidden == 1) {
      StatsRow* next = nullptr;
      for (std::size_t i = first; i < rows.size(); ++i)
        if (!rows[i].suppressed && (!next || rows[i].count < next->count)) next = &rows[i];
      if (next) next->suppressed = true;
    }
  }
  return rows;
}

}  // namespace ekw::balie

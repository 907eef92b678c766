#include "core/balie/ical.h"

#include "core/balie/wmo_route.h"
#include "core/content/value_checks.h"

namespace ekw::balie {

std::string icsEscape(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += "\\n";
    } else if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20 && c != '\t') {
      continue;  // other control characters are not allowed in TEXT
    } else {
      out += c;
    }
  }
  return out;
}

std::string icsFold(const std::string& line) {
  std::string out;
  std::size_t width = 0, limit = 75;
  for (std::size_t i = 0; i < line.size();) {
    std::size_t len = 1;  // the whole UTF-8 sequence starting here
    unsigned char c = static_cast<unsigned char>(line[i]);
    if (c >= 0xF0) len = 4;
    else if (c >= 0xE0) len = 3;
    else if (c >= 0xC0) len = 2;
    if (width + len > limit) {
      out += "\r\n ";
      width = 1;
    }
    out.append(line, i, len);
    width += len;
    i += len;
  }
  return out;
}

namespace {

std::string compactDate(const std::string& iso) { return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2); }

std::string compactStamp(const std::string& stamp) {
  if (stamp.size() == 10) return compactDate(stamp) + "T000000Z";
  if (stamp.size() >= 19) return compactDate(stamp.substr(0, 10)) + "T" + stamp.substr(11, 2) + stamp.substr(14, 2) + stamp.substr(17, 2) + "Z";
  return "19700101T000000Z";
}

}  // namespace

std::string reminderIcs(const Reminder& r) {
  auto date = values::date(r.date);
  if (!date) return {};
  std::string out;
  auto line = [&out](const std::string& l) { out += icsFold(l) + "\r\n"; };
  line("BEGIN:VCALENDAR");
  line("VERSION:2.0");
  line("PRODID:-//Eigen Krachtwijzer//Balie//NL");
  line("CALSCALE:GREGORIAN");
  line("METHOD:PUBLISH");
  line("BEGIN:VEVENT");
  line("UID:" + icsEscape(r.uid));
  line("DTSTAMP:" + compactStamp(r.stamp));
  line("DTSTART;VALUE=DATE:" + compactDate(*date));
  line("DTEND;VALUE=DATE:" + compactDate(addDays(*date, 1)));
  line("SUMMARY:" + icsEscape(r.summary));
  if (!r.description.empty()) line("DESCRIPTION:" + icsEscape(r.description));
  line("TRANSP:TRANSPARENT");
  line("BEGIN:VALARM");
  line("ACTION:DISPLAY");
  line("DESCRIPTION:" + icsEscape(r.summary));
  line("TRIGGER:-PT15H");  // 09:00 the day before an all-day event
  line("END:VALARM");
  line("END:VEVENT");
  line("END:VCALENDAR");
  return out;
}

}  // namespace ekw::balie

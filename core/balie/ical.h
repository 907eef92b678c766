// The plan's review date as an iCalendar reminder (RFC 5545) for the staff member's calendar: one all-day VEVENT
// with a VALARM the morning before. Text is escaped (RFC 5545 3.3.11) and lines are folded at 75 octets without
// splitting a UTF-8 character (3.1); lines end in CRLF.
#pragma once

#include <string>

namespace ekw::balie {

struct Reminder {
  std::string uid;       // stable per plan, e.g. "<dossier id>@eigen-krachtwijzer"
  std::string stamp;     // when it was made, "YYYY-MM-DDTHH:MM:SSZ" (or a date: midnight UTC)
  std::string date;      // the review date, "YYYY-MM-DD"
  std::string summary;   // the event title
  std::string description;
};

// Empty when `date` is no real date.
std::string reminderIcs(const Reminder& r);

// RFC 5545 TEXT escaping: backslash, semicolon, comma and line ends.
std::string icsEscape(const std::string& text);
// Folds one content line (without its CRLF) at 75 octets.
std::string icsFold(const std::string& line);

}  // namespace ekw::balie

#include "core/balie/wmo_route.h"

#include <cstdio>

#include "core/content/value_checks.h"

namespace ekw::balie {

const char* stepStatusName(StepStatus s) {
  switch (s) {
    case StepStatus::Done: return "done";
    case StepStatus::Open: return "open";
    case StepStatus::Overdue: return "overdue";
    case StepStatus::Waiting: return "waiting";
  }
  return "waiting";
}

std::string addDays(const std::string& isoDate, long days) {
  // Howard Hinnant's days-to-civil over values::dayNumber's epoch (day 0 = 0000-03-01 in that count).
  long z = values::dayNumber(isoDate) + days;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
  char buf[64];  // room for any long, so the compiler can prove nothing is cut
  std::snprintf(buf, sizeof buf, "%04ld-%02ld-%02ld", y, m, d);
  return buf;
}

namespace {

// A usable date or empty; an unusable one is named in `problems`.
std::string checked(const std::string& text, const char* field, std::vector<WmoProblem>& problems) {
  if (text.empty()) return {};
  auto d = values::date(text);
  if (!d) {
    problems.push_back({field, "invalid-date"});
    return {};
  }
  return *d;
}

// A step with a legal term: done when its date is known, else open or overdue against the deadline.
WmoStep termStep(const char* id, const std::string& date, const std::string& deadline, const std::string& today) {
  WmoStep s{id, date, deadline, StepStatus::Waiting, 0};
  if (!date.empty()) {
    s.status = StepStatus::Done;
  } else if (!deadline.empty()) {
    s.daysLeft = values::dayNumber(deadline) - values::dayNumber(today);
    s.status = s.daysLeft < 0 ? StepStatus::Overdue : StepStatus::Open;
  }
  return s;
}

}  // namespace

WmoRoute wmoRoute(const WmoDates& in) {
  WmoRoute r;
  std::string today = checked(in.today, "today", r.problems);
  std::string melding = checked(in.melding, "melding", r.problems);
  std::string onderzoek = checked(in.onderzoek, "onderzoek", r.problems);
  std::string aanvraag = checked(in.aanvraag, "aanvraag", r.problems);
  std::string beschikking = checked(in.beschikking, "beschikking", r.problems);
  auto before = [&](std::string& later, const std::string& earlier, const char* field, const char* code) {
    if (!later.empty() && !earlier.empty() && values::dayNumber(later) < values::dayNumber(earlier)) {
      r.problems.push_back({field, code});
      later.clear();
    }
  };
  before(onderzoek, melding, "onderzoek", "before-melding");
  before(aanvraag, melding, "aanvraag", "before-melding");
  before(beschikking, aanvraag, "beschikking", "before-aanvraag");
  if (today.empty()) return r;  // nothing to measure against

  WmoStep m{"melding", melding, "", melding.empty() ? StepStatus::Open : StepStatus::Done, 0};
  r.steps.push_back(m);
  r.steps.push_back(termStep("onderzoek", onderzoek, melding.empty() ? "" : addDays(melding, kOnderzoekDays), today));
  // An aanvraag has no term of its own: it is open once the onderzoek is done (or the resident applies directly).
  WmoStep a{"aanvraag", aanvraag, "", StepStatus::Waiting, 0};
  if (!aanvraag.empty()) a.status = StepStatus::Done;
  else if (!onderzoek.empty()) a.status = StepStatus::Open;
  r.steps.push_back(a);
  r.steps.push_back(termStep("beschikking", beschikking, aanvraag.empty() ? "" : addDays(aanvraag, kBeschikkingDays), today));
  return r;
}

}  // namespace ekw::balie

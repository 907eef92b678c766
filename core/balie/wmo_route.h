// The Wmo route as a timeline: melding, onderzoek (at most 6 weeks after the melding), aanvraag and beschikking (at
// most 2 weeks after the aanvraag), computed from the dates staff enter, with each step's status on `today`.
// The terms are the Wmo 2015's as the seeds quote the draft law: 004_00af76f989d3dde3.txt:3966-3968, the process
// melding -> onderzoek -> aanvraag at 004:3932-3940 and 004:757-762.
#pragma once

#include <string>
#include <vector>

namespace ekw::balie {

inline constexpr int kOnderzoekDays = 6 * 7;    // 004:3966-3967
inline constexpr int kBeschikkingDays = 2 * 7;  // 004:3967-3968

// Dates as "YYYY-MM-DD"; empty when not (yet) known.
struct WmoDates {
  std::string melding, onderzoek, aanvraag, beschikking;
  std::string today;
};

enum class StepStatus { Done, Open, Overdue, Waiting };  // Waiting: the step before is not done yet
const char* stepStatusName(StepStatus s);

struct WmoStep {
  std::string id;        // melding, onderzoek, aanvraag, beschikking
  std::string date;      // when it happened, if it did
  std::string deadline;  // onderzoek and beschikking: the legal term
  StepStatus status = StepStatus::Waiting;
  long daysLeft = 0;     // until the deadline (negative: overdue), for open steps with a deadline
};

struct WmoProblem {
  std::string field;  // which date
  std::string code;   // "invalid-date" or "before-melding" / "before-aanvraag" ...
};

struct WmoRoute {
  std::vector<WmoStep> steps;
  std::vector<WmoProblem> problems;  // dates that cannot be used are named, the rest still computes
};

WmoRoute wmoRoute(const WmoDates& dates);

// "YYYY-MM-DD" plus `days`.
std::string addDays(const std::string& isoDate, long days);

}  // namespace ekw::balie

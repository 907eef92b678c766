// Advice in ladder order: for every levensgebied the resident went through, what applies to their outcome and
// answers, rung 0 (direct help) first and gathered at the top, then 1 eigen kracht .. 7 maatwerk.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/model.h"
#include "core/engine/session.h"
#include "core/engine/sociale_kaart.h"

namespace ekw {

struct AdviceGroup {
  const Levensgebied* levensgebied = nullptr;
  const Node* outcome = nullptr;  // null while the tree is not finished
  bool known = true;              // false: mostly "Weet ik niet", so no level (see known.h)
  std::vector<const Advice*> advice;
};

// An advice item that presumed a fact the resident's path set otherwise; it is not shown.
struct Contradiction {
  const Advice* advice = nullptr;
  std::string levensgebied;  // the group it would have been shown in
  std::string fact;
  nlohmann::json presumed, actual;
};

struct AdvicePlan {
  std::vector<const Advice*> urgent;  // rung 0, from any levensgebied, most urgent first; in no group below
  std::vector<AdviceGroup> groups;    // in the order the resident chose the levensgebieden
  std::vector<const Form*> forms;     // the forms the advice leads to, first mention first
  std::vector<Contradiction> contradictions;  // left out; content tests require this to stay empty
};

// The data advice rules read: ruleData, whose `unknown.<levensgebied>` the walk keeps.
const nlohmann::json& adviceData(const SessionState& state, const Walk& walk);

// The first fact `advice` presumes that `facts` contradicts, or "" when none does.
std::string contradictedFact(const Advice& advice, const nlohmann::json& facts);

AdvicePlan buildAdvice(const Content& content, const SessionState& state, const Walk& walk);

// Rung-0 advice that applies right now (shown whenever a safety answer or the resident's own words trigger it, also
// before the first question and mid-tree), most urgent first: 'acute' (112), then 'crisis', then 'soon'.
std::vector<const Advice*> urgentAdvice(const Content& content, const SessionState& state, const Walk& walk);

// The urgent block as JSON: like adviceJson per item, but each service shown once (with the most urgent item).
nlohmann::json urgentJson(const Content& content, const std::vector<const Advice*>& urgent, const ServiceFit& fit,
                          const std::string& language);

// The services to show with one advice item, fitted to the resident.
std::vector<const Service*> servicesFor(const Content& content, const Advice& advice, const ServiceFit& fit);

// `forOther`: the resident is a relative filling it in for someone else, so the advice's forOther texts are used.
nlohmann::json adviceJson(const Content& content, const Advice& advice, const ServiceFit& fit, const std::string& language,
                          bool forOther = false);

// Whether the session is filled in by someone for another person (context.forSomeoneElse).
bool forSomeoneElse(const SessionState& state);

}  // namespace ekw

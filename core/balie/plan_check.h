// Checks what staff and resident agreed in balie mode (the plan, advice decisions, the routing decision, the Wmo
// dates, the consent) before it is kept or leaves the device: every problem with the field it is about and a plain
// Dutch (or English) message; what is right stays.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/content/model.h"

namespace ekw::balie {

// Who does an action in the plan (the ladder's own words: 000_34b1a412b4a0eb7a.txt:1079-1087 mobilises the
// resident, the network, a volunteer, BUUV, then professionals).
inline constexpr const char* kWho[] = {"resident", "network", "volunteer", "buuv", "professional"};
inline constexpr const char* kDecisions[] = {"accepted", "set-aside", "later"};

// balie = {exploration?, notes?, signals?, decisions?, goals?, actions?, reviewDate?, routing?, wmo?}
// -> {ok, errors:[{field, code, message}]}; field is a JSON pointer into `balie`.
nlohmann::json checkBalie(const Content& content, const nlohmann::json& balie, const std::string& language);

// consent = {date, recipient, parts:{profile, answers:{lg:bool}, notes, plan, forms}, counting?}
nlohmann::json checkConsent(const Content& content, const nlohmann::json& consent, const std::string& language);

}  // namespace ekw::balie

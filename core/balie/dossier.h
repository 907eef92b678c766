// The dossier staff hand over with the resident's consent, part by part (profile, answers per levensgebied, notes and
// signals, plan, forms). A part the resident did not tick is absent from the dossier, not blanked. The format is
// content/schema/dossier.schema.json (strict: unknown fields are rejected); `ekw dossier validate` checks a file.
//
// Import is the other way round: a colleague continues the case. Against other content (a newer or older version)
// it keeps what still applies (levensgebieden, answers whose question and option still exist, signals, advice
// decisions, forms and fields) and names the rest in `notKept`.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/model.h"
#include "core/engine/session.h"

namespace ekw::balie {

inline constexpr const char* kDossierFormat = "ekw-dossier/2";

struct DossierInput {
  SessionState session;
  nlohmann::json balie = nlohmann::json::object();    // what staff recorded (see plan_check.h)
  nlohmann::json forms = nlohmann::json::object();    // form id -> {field id: value}
  nlohmann::json consent = nlohmann::json::object();  // checked with checkConsent first
  std::string id;       // the case, kept across hand-overs
  std::string created;  // "YYYY-MM-DDTHH:MM:SSZ"
  std::string today;    // for the routing proposal's wording only
};

nlohmann::json assembleDossier(const Content& content, const DossierInput& in, const std::string& language);

struct NotKept {
  std::string kind;  // levensgebied, answer, signal, advice, form, field, content
  std::string id;
  std::string reason;
};

struct ImportedDossier {
  SessionState session;
  nlohmann::json balie = nlohmann::json::object();
  nlohmann::json forms = nlohmann::json::object();
  nlohmann::json consent = nlohmann::json::object();
  std::string id;
  bool sameContent = true;
  std::vector<NotKept> notKept;
};

// False with `error` for something that is no dossier of this format at all.
bool importDossier(const Content& content, const nlohmann::json& dossier, ImportedDossier& out, std::string& error);

}  // namespace ekw::balie

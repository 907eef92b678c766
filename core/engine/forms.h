// Forms (melding, aanvraag, aanmelding): prefilled from what the resident already told, and checked field by field
// with plain Dutch messages.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/content/model.h"
#include "core/engine/session.h"

namespace ekw {

// An answer as a resident reads it: option labels, "Ja"/"Nee", "Weet ik niet", a date as DD-MM-JJJJ.
std::string answerText(const Content& content, const Node& node, const nlohmann::json& value, const std::string& language);

// "Question: answer" lines of one levensgebied (or all when `levensgebied` is empty), with the outcome's summary.
std::string summaryText(const Content& content, const SessionState& state, const Walk& walk,
                        const std::string& levensgebied, const std::string& language);

// The form with every field's prefilled value ("value") and where it came from ("prefilledFrom").
nlohmann::json prefilledForm(const Content& content, const Form& form, const SessionState& state, const Walk& walk,
                             const std::string& language);

// Checks filled-in values: {ok, errors: [{field, code, message}], values: {field: normalised}}. Keeps every value.
nlohmann::json checkForm(const Content& content, const Form& form, const nlohmann::json& values, const std::string& language);

}  // namespace ekw

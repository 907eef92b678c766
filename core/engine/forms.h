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

// A form field's value as the resident reads it on "Controleer uw gegevens": "Ja"/"Nee", the option's name, a date as
// DD-MM-JJJJ, "Niet ingevuld" when blank.
std::string fieldValueText(const Content& content, const FormField& field, const nlohmann::json& value, const std::string& language);

// "Question: answer" lines of one levensgebied (or all when `levensgebied` is empty), with the outcome's summary.
std::string summaryText(const Content& content, const SessionState& state, const Walk& walk,
                        const std::string& levensgebied, const std::string& language);

// The form as the resident sees it now: every field's value (what was typed in `typed`, else the prefill), where
// a prefill came from ("answers" or "brp"), and whether it applies (its section's and its own `when`, evaluated
// over the answers and the form's current values as form.*). When the form is filled in for someone else (the
// form's onBehalfField, else context.forSomeoneElse), the BRP person (the one logged in) fills the contact
// person's fields, never the applicant's. A prefilled value is never blank.
nlohmann::json prefilledForm(const Content& content, const Form& form, const SessionState& state, const Walk& walk,
                             const nlohmann::json& typed, const std::string& language);

// Checks the fields that apply: {ok, errors: [{field, code, message}], values: {field: normalised}, applies,
// assessment?}. Keeps every value. Internal fields (levels) hold the engine's value, whatever was sent. With an
// assessment in the content, also the first check of the criteria: {result: likely|unlikely|unsure, text,
// reasons: [{id, status: met|notMet|unknown, text}], decision}.
nlohmann::json checkForm(const Content& content, const Form& form, const SessionState& state, const Walk& walk,
                         const nlohmann::json& values, const std::string& language);

}  // namespace ekw

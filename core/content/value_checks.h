// Checks and normalisation of typed values, shared by question answers and form fields.
// Each returns the normalised value, or nullopt when the text is not such a value.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace ekw::values {

std::string trim(const std::string& s);

// A number from a JSON number or text ("12", "12,5", "1.000" is not accepted: ambiguous).
std::optional<double> number(const nlohmann::json& v);

// A real calendar date from "YYYY-MM-DD", "DD-MM-YYYY" or "D-M-YYYY" (also with '/' or '.'), as "YYYY-MM-DD".
// `real` tells a well-formed but impossible date (31-02-2020) from text that is no date at all.
std::optional<std::string> date(const std::string& text, bool* wellFormedButUnreal = nullptr);
// Strictly "YYYY-MM-DD" naming a real day, any year: how data writes a date (content files, the command line).
// `wellFormedButUnreal` tells "2025-02-30" from text of another shape.
bool isIsoDate(std::string_view text, bool* wellFormedButUnreal = nullptr);
// Days since a fixed epoch, for comparing two normalised dates.
long dayNumber(const std::string& isoDate);
// Whole years between two normalised dates (age on `today` of someone born on `birth`).
int yearsBetween(const std::string& birth, const std::string& today);

// A Dutch postcode "1234 AB" / "1234ab" as "1234AB".
std::optional<std::string> postcode(const std::string& text);
// Nine digits (eight with a leading zero added) that pass the elfproef.
std::optional<std::string> bsn(const std::string& text);
// An IBAN with a valid mod-97 check, upper case without spaces.
std::optional<std::string> iban(const std::string& text);
// A Dutch phone number: 10 digits starting with 0, or +31 / 0031 and 9 digits; returned as typed digits "0231234567".
std::optional<std::string> phone(const std::string& text);
std::optional<std::string> email(const std::string& text);

}  // namespace ekw::values

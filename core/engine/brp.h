// The resident's own data from the BRP, as the gemeente portal hands it over after a DigiD login: a Haal Centraal
// BRP Personen response (../shared/conformance/haal-centraal-brp/openapi.json). Core reads the few parts of the
// `Persoon` shape a form needs (name, BSN, birth date, address) and nothing else.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace ekw {

struct BrpReading {
  nlohmann::json person;              // the parts of the Persoon core reads, in the Persoon shape; {} when unreadable
  std::vector<std::string> problems;  // why (parts of) the response could not be read, in English for the portal's developers
  bool ok() const { return !person.empty(); }
};

// Reads a RaadpleegMetBurgerservicenummerResponse ({"type": ..., "personen": [Persoon]}, exactly one person) or a
// single Persoon. Keeps only what it reads; a part with the wrong shape is left out and named in `problems`.
BrpReading readBrp(const nlohmann::json& response);

// What forms read as person.*: the Persoon itself plus flat fields derived from it: voornamen, achternaam
// (voorvoegsel and geslachtsnaam), volledigeNaam, geboortedatum (YYYY-MM-DD), straat, huisnummer (with letter and
// addition), postcode, woonplaats. A field the Persoon does not give is absent, never "" or " ".
nlohmann::json personFields(const nlohmann::json& persoon);

}  // namespace ekw

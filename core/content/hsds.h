// Open Referral HSDS 3 exchange for the sociale kaart: export as HSDS records, read HSDS records for a merge.
//
// Export: {"organizations": [...], "services": [...], "locations": [...], "service_at_locations": [...]}, each record
// valid against the compiled HSDS 3 schema of its kind (organization.json, service.json, service_at_location.json;
// a location against organization.json's locations items). Services carry their organization, phones, languages
// and service_at_locations (with the location); locations carry their address and schedules (opening hours).
// HSDS ids are UUIDs: a content id such as "svc-amhk" becomes a name-based UUID (hsdsId); the readable id and
// the Dutch extras (levensgebieden, rung, level, indicatie, target groups, wijken, keywords, sources, last
// verified) travel as HSDS attributes with link_type "ekw:...", so an export imports back unchanged. HSDS texts
// have no language: the export writes the Dutch text and an import reads texts as Dutch.
//
// Import accepts that form, a single record of any kind, a list, or an API page ({"contents": [...]}); nested
// records (a service's organization and service_at_locations, an organization's services and locations) are
// read too. Only what the file holds is carried: fields the sociale kaart has no place for are named in
// `unmapped`, never guessed at.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/content/kaart_merge.h"
#include "core/content/model.h"

namespace ekw {

// The HSDS id of a content entry: the id itself when it already is a UUID, else uuid5 of "CONTENT/KIND/ID".
std::string hsdsId(const std::string& contentId, const std::string& kind, const std::string& id);

nlohmann::ordered_json exportHsds(const Content& content);

// Reads HSDS records into incoming sociale-kaart records (origins are JSON pointers into `file`).
Incoming importHsds(const nlohmann::json& file);

}  // namespace ekw

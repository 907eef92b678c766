// Reading a sociale-kaart spreadsheet (CSV) into records for a merge (core/content/kaart_merge.h).
//
// The file: semicolon- or comma-separated (whichever the header row uses), UTF-8 with or without a byte-order
// mark, quoted cells with "" for a quote, a header row with the column names (Dutch, as the spreadsheet has them).
// The mapping (JSON) says what a row is and which column holds which field:
//
//   {"list": "services",                      // or "organizations"
//    "columns": {"Naam": "name", "Organisatie": "organization", "Telefoon": "phone", "Levensgebieden": "levensgebieden",
//                "Trede": "rung", "Indicatie nodig": "indicatie", "Laatst gecontroleerd": "lastVerified", ...},
//    "defaults": {"rung": 4, "level": "algemeen"}}  // optional: the editor's choice for what no column gives
//
// Fields: id, name, alternateName (organizations), description, email, url / website, phone, organization (an id
// or the name of an organisation in the content), status, levensgebieden, wijken, targetGroups, keywords,
// sources (lists: separated by "," or "|" in the cell), rung (0-7), level (algemeen, maatwerk), indicatie (ja/nee),
// minAge, maxAge, eigenBijdrage, lastVerified (DD-MM-JJJJ or YYYY-MM-DD). A row without an id is matched to
// an entry with the same name, or gets an id made from its name. A cell that does not fit its field makes its row
// a problem, reported by row (as the spreadsheet numbers them, the header is row 1) and column, and skipped;
// every other row is kept. An empty cell gives nothing: the entry keeps what it had.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/content/kaart_merge.h"
#include "core/content/model.h"

namespace ekw {

struct CsvTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;  // rows[i] is spreadsheet row i + 2
  char separator = ';';
  std::string error;  // set when the text cannot be read as CSV at all
};

CsvTable parseCsv(std::string_view text);

// Checks the mapping; returns a plain message for the first problem, or "" when it can be used.
std::string csvMappingProblem(const nlohmann::json& mapping);

Incoming importCsv(std::string_view text, const nlohmann::json& mapping, const Content& content);

// The merge options a mapping gives: its "defaults" for what no column gives a new service (`ekw csv import` and
// the studio's import both merge with these).
MergeOptions csvMergeOptions(const nlohmann::json& mapping);

}  // namespace ekw

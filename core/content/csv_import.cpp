#include "core/content/csv_import.h"

#include "core/content/normalise.h"

#include <algorithm>
#include <map>
#include <set>

namespace ekw {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

bool validUtf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    int extra = b < 0x80 ? 0 : (b >> 5) == 0x6 ? 1 : (b >> 4) == 0xE ? 2 : (b >> 3) == 0x1E ? 3 : -1;
    if (extra < 0 || (extra > 0 && i + static_cast<std::size_t>(extra) >= s.size())) return false;
    for (int k = 1; k <= extra; ++k)
      if ((static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0xC0) != 0x80) return false;
    i += static_cast<std::size_t>(extra) + 1;
  }
  return true;
}

std::string trim(std::string s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.back())) s.pop_back();
  std::size_t start = 0;
  while (start < s.size() && space(s[start])) ++start;
  return s.substr(start);
}

std::string lowerAscii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// The separator the header row uses most, outside quotes.
char detectSeparator(std::string_view text) {
  std::size_t semicolons = 0, commas = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    else if (!quoted && (c == '\n' || c == '\r')) break;
    else if (!quoted && c == ';') ++semicolons;
    else if (!quoted && c == ',') ++commas;
  }
  return commas > semicolons ? ',' : ';';
}

// The fields a mapping may name, with what a cell must be.
enum class Kind { Id, Text, Email, Url, Phone, Organization, Status, IdList, WordList, Rung, Level, YesNo, Age, Date };
const std::map<std::string, Kind>& fields() {
  static const std::map<std::string, Kind> table = {
      {"id", Kind::Id},         {"name", Kind::Text},           {"alternateName", Kind::Text},
      {"description", Kind::Text}, {"email", Kind::Email},        {"url", Kind::Url},
      {"website", Kind::Url},   {"phone", Kind::Phone},         {"organization", Kind::Organization},
      {"status", Kind::Status}, {"levensgebieden", Kind::IdList}, {"wijken", Kind::IdList},
      {"targetGroups", Kind::IdList}, {"keywords", Kind::WordList}, {"sources", Kind::WordList},
      {"rung", Kind::Rung},     {"level", Kind::Level},         {"indicatie", Kind::YesNo},
      {"minAge", Kind::Age},    {"maxAge", Kind::Age},          {"eigenBijdrage", Kind::Text},
      {"lastVerified", Kind::Date}};
  return table;
}

bool validId(const std::string& s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) return false;
  return s[0] != '-' && s[0] != '_';
}

// An id made from a name: lower case, letters and digits, runs of anything else as one '-'.
// An id from a name: accents folded by the search normaliser ("Taalcafé" -> "taalcafe"), so no letter is lost.
std::string slug(const std::string& name) {
  std::string out;
  for (unsigned char c : normaliseForSearch(name)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += static_cast<char>(c);
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.substr(0, 56);
}

std::vector<std::string> splitList(const std::string& cell) {
  std::vector<std::string> out;
  std::string item;
  for (char c : cell + ",") {
    if (c == ',' || c == '|') {
      item = trim(item);
      if (!item.empty()) out.push_back(item);
      item.clear();
    } else {
      item += c;
    }
  }
  return out;
}

bool digitsOnly(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// YYYY-MM-DD from DD-MM-JJJJ, D-M-JJJJ (also with '/' or '.') or YYYY-MM-DD; "" when it is no real date.
std::string isoDate(const std::string& s) {
  std::vector<std::string> parts;
  std::string part;
  for (char c : s + "-") {
    if (c == '-' || c == '/' || c == '.') parts.push_back(part), part.clear();
    else part += c;
  }
  if (parts.size() != 3 || !digitsOnly(parts[0]) || !digitsOnly(parts[1]) || !digitsOnly(parts[2])) return "";
  std::string y = parts[0], m = parts[1], d = parts[2];
  if (parts[2].size() == 4) y = parts[2], d = parts[0];
  if (y.size() != 4 || m.size() > 2 || d.size() > 2) return "";
  int yi = std::stoi(y), mi = std::stoi(m), di = std::stoi(d);
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (mi < 1 || mi > 12 || di < 1 || di > kDays[mi - 1]) return "";
  if (mi == 2 && di == 29 && !((yi % 4 == 0 && yi % 100 != 0) || yi % 400 == 0)) return "";
  auto two = [](int v) { return std::string(v < 10 ? "0" : "") + std::to_string(v); };
  return std::to_string(yi) + "-" + two(mi) + "-" + two(di);
}

}  // namespace

CsvTable parseCsv(std::string_view text) {
  CsvTable t;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (!validUtf8(text)) {
    t.error = "the file is not UTF-8 text (save the spreadsheet as \"CSV UTF-8\")";
    return t;
  }
  t.separator = detectSeparator(text);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string cell;
  bool quoted = false, any = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') cell += '"', ++i;
      else if (c == '"') quoted = false;
      else cell += c;
    } else if (c == '"') {
      quoted = true, any = true;
    } else if (c == t.separator) {
      row.push_back(cell), cell.clear(), any = true;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      row.push_back(cell), cell.clear();
      rows.push_back(std::move(row)), row.clear();
      any = false;
    } else {
      cell += c, any = true;
    }
  }
  if (quoted) {
    t.error = "a quoted cell is not closed (a \" is missing)";
    return t;
  }
  if (any || !cell.empty() || !row.empty()) row.push_back(cell), rows.push_back(std::move(row));
  if (rows.empty()) {
    t.error = "the file is empty: it needs a header row with the column names";
    return t;
  }
  for (std::string& h : rows[0]) t.header.push_back(trim(h));
  t.rows.assign(rows.begin() + 1, rows.end());
  return t;
}

std::string csvMappingProblem(const json& mapping) {
  if (!mapping.is_object()) return "the mapping must be a JSON object with \"list\" and \"columns\"";
  std::string list = mapping.value("list", std::string());
  if (list != "services" && list != "organizations") return "\"list\" must be \"services\" or \"organizations\"";
  if (!mapping.contains("columns") || !mapping["columns"].is_object() || mapping["columns"].empty())
    return "\"columns\" must map column names to fields, e.g. {\"Naam\": \"name\"}";
  for (auto it = mapping["columns"].begin(); it != mapping["columns"].end(); ++it)
    if (!it->is_string() || !fields().count(it->get<std::string>()))
      return "column \"" + it.key() + "\": unknown field " + it->dump() + " (see core/content/csv_import.h)";
  if (mapping.contains("defaults") && !mapping["defaults"].is_object()) return "\"defaults\" must be an object";
  return "";
}

Incoming importCsv(std::string_view text, const json& mapping, const Content& content) {
  Incoming in;
  std::string problem = csvMappingProblem(mapping);
  if (!problem.empty()) {
    in.problems.push_back({"mapping", problem});
    return in;
  }
  CsvTable table = parseCsv(text);
  if (!table.error.empty()) {
    in.problems.push_back({"file", table.error});
    return in;
  }
  const std::string list = mapping["list"].get<std::string>();
  const bool services = list == "services";
  std::map<std::size_t, std::string> columnField;  // column index -> field
  for (std::size_t i = 0; i < table.header.size(); ++i) {
    auto it = mapping["columns"].find(table.header[i]);
    if (it != mapping["columns"].end()) columnField[i] = it->get<std::string>();
    else if (!table.header[i].empty()) in.unmapped.insert("column \"" + table.header[i] + "\"");
  }
  for (auto it = mapping["columns"].begin(); it != mapping["columns"].end(); ++it)
    if (std::find(table.header.begin(), table.header.end(), it.key()) == table.header.end())
      in.notes.push_back("the mapping names column \"" + it.key() + "\", which the file does not have");

  auto known = [](const std::vector<Named>& items, const std::string& id) {
    return std::any_of(items.begin(), items.end(), [&](const Named& n) { return n.id == id; });
  };
  std::set<std::string> usedIds;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const std::vector<std::string>& row = table.rows[r];
    std::string where = "row " + std::to_string(r + 2);
    if (std::all_of(row.begin(), row.end(), [](const std::string& c) { return trim(c).empty(); })) continue;
    if (row.size() > table.header.size()) {
      in.problems.push_back({where, "has " + std::to_string(row.size()) + " cells, the header " +
                                        std::to_string(table.header.size()) + " (a separator inside a cell needs quotes)"});
      continue;
    }
    ordered_json value = ordered_json::object();
    std::string rowProblem;
    for (const auto& [col, field] : columnField) {
      std::string cell = col < row.size() ? trim(row[col]) : "";
      if (cell.empty()) continue;
      std::string at = where + ", column \"" + table.header[col] + "\"";
      auto bad = [&](const std::string& message) {
        if (rowProblem.empty()) rowProblem = at + ": " + message;
      };
      switch (fields().at(field)) {
        case Kind::Id:
          if (!validId(cell)) bad("\"" + cell + "\" is not an id (lower-case letters, digits, - and _)");
          else value["id"] = cell;
          break;
        case Kind::Text:
          value[field] = cell;
          break;
        case Kind::Email:
          if (cell.find('@') == std::string::npos || cell.find('.', cell.find('@')) == std::string::npos ||
              cell.find(' ') != std::string::npos)
            bad("\"" + cell + "\" is not an e-mail address");
          else value["email"] = cell;
          break;
        case Kind::Url:
          if (cell.rfind("http://", 0) != 0 && cell.rfind("https://", 0) != 0)
            bad("\"" + cell + "\" is not a web address (it must start with https://)");
          else value[services ? "url" : "website"] = cell;
          break;
        case Kind::Phone: {
          std::size_t digits = static_cast<std::size_t>(std::count_if(cell.begin(), cell.end(), [](char c) { return c >= '0' && c <= '9'; }));
          bool chars = std::all_of(cell.begin(), cell.end(), [](char c) {
            return (c >= '0' && c <= '9') || c == ' ' || c == '+' || c == '-' || c == '(' || c == ')';
          });
          if (!chars || digits < 3) bad("\"" + cell + "\" is not a phone number");
          else value["phones"] = ordered_json::array({ordered_json{{"number", cell}}});
          break;
        }
        case Kind::Organization: {
          std::string id;
          for (const Organization& o : content.organizations)
            if (o.id == cell || lowerAscii(o.name) == lowerAscii(cell)) id = o.id;
          if (id.empty()) bad("there is no organisation \"" + cell + "\" in the sociale kaart");
          else value["organization"] = id;
          break;
        }
        case Kind::Status: {
          static const std::set<std::string> kStatus = {"active", "inactive", "defunct", "temporarily closed"};
          if (!kStatus.count(cell)) bad("\"" + cell + "\" is not a status (active, inactive, defunct, temporarily closed)");
          else value["status"] = cell;
          break;
        }
        case Kind::IdList: {
          ordered_json ids = ordered_json::array();
          for (const std::string& id : splitList(cell)) {
            bool ok = field == "levensgebieden" ? content.levensgebied(id) != nullptr
                      : field == "wijken"       ? known(content.wijken, id)
                                                : known(content.targetGroups, id);
            if (!ok) bad("there is no " + std::string(field == "levensgebieden" ? "levensgebied" : field == "wijken" ? "wijk" : "target group") + " \"" + id + "\"");
            ids.push_back(id);
          }
          value[field] = ids;
          break;
        }
        case Kind::WordList:
          value[field] = splitList(cell);
          break;
        case Kind::Rung:
          if (!digitsOnly(cell) || cell.size() > 1 || cell[0] > '7') bad("\"" + cell + "\" is not a rung (0 to 7)");
          else value["rung"] = cell[0] - '0';
          break;
        case Kind::Level:
          if (lowerAscii(cell) != "algemeen" && lowerAscii(cell) != "maatwerk") bad("\"" + cell + "\" is not algemeen or maatwerk");
          else value["level"] = lowerAscii(cell);
          break;
        case Kind::YesNo: {
          std::string v = lowerAscii(cell);
          if (v == "ja" || v == "j" || v == "true" || v == "1") value[field] = true;
          else if (v == "nee" || v == "n" || v == "false" || v == "0") value[field] = false;
          else bad("\"" + cell + "\" is not ja or nee");
          break;
        }
        case Kind::Age:
          if (!digitsOnly(cell) || cell.size() > 3 || std::stoi(cell) > 130) bad("\"" + cell + "\" is not an age (0 to 130)");
          else value[field] = std::stoi(cell);
          break;
        case Kind::Date: {
          std::string iso = isoDate(cell);
          if (iso.empty()) bad("\"" + cell + "\" is not a date (DD-MM-JJJJ)");
          else value[field] = iso;
          break;
        }
      }
    }
    if (!rowProblem.empty()) {
      in.problems.push_back({where, rowProblem.substr(where.size() + 2)});
      continue;
    }
    if (!value.contains("id")) {
      std::string name = value.value("name", std::string());
      if (name.empty()) {
        in.problems.push_back({where, "has neither an id nor a name"});
        continue;
      }
      // The entry with this name, else a new id from the name.
      if (services) {
        for (const Service& s : content.services)
          if (lowerAscii(s.name.in("nl")) == lowerAscii(name)) value["id"] = s.id;
      } else {
        for (const Organization& o : content.organizations)
          if (lowerAscii(o.name) == lowerAscii(name)) value["id"] = o.id;
      }
      if (!value.contains("id")) {
        std::string base = (services ? "svc-" : "org-") + slug(name), id = base;
        for (int n = 2; usedIds.count(id) || (services ? content.service(id) != nullptr : content.organization(id) != nullptr); ++n)
          id = base + "-" + std::to_string(n);
        value["id"] = id;
      }
    }
    usedIds.insert(value["id"].get<std::string>());
    in.records.push_back({list, std::move(value), where, ""});
  }
  return in;
}

}  // namespace ekw

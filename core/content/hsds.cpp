#include "core/content/hsds.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/content/name_uuid.h"

namespace ekw {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

constexpr const char* kAttributePrefix = "ekw:";

// --- export ------------------------------------------------------------------------------------------------------

class Exporter {
 public:
  explicit Exporter(const Content& c) : c_(c) {}

  ordered_json run() {
    ordered_json organizations = each(c_.organizations, [&](const Organization& o) {
      ordered_json record = organization(o);
      ordered_json own = each(c_.locations, [&](const Location& l) { return location(l); },
                              [&](const Location& l) { return l.organization == o.id; });
      if (!own.empty()) record["locations"] = std::move(own);
      return record;
    });
    return ordered_json{{"organizations", organizations},
                        {"services", each(c_.services, [&](const Service& s) { return service(s); })},
                        {"locations", each(c_.locations, [&](const Location& l) { return location(l); })},
                        {"service_at_locations",
                         each(c_.servicesAtLocation, [&](const ServiceAtLocation& sal) { return serviceAtLocation(sal, true); })}};
  }

 private:
  const Content& c_;

  std::string id(const char* kind, const std::string& contentId) const { return hsdsId(c_.id, kind, contentId); }

  // The records made from `items` (those `keep` accepts), in content order.
  template <typename T, typename Make, typename Keep = bool (*)(const T&)>
  static ordered_json each(const std::vector<T>& items, Make make, Keep keep = [](const T&) { return true; }) {
    ordered_json out = ordered_json::array();
    for (const T& item : items)
      if (keep(item)) out.push_back(make(item));
    return out;
  }

  static void put(ordered_json& o, const char* key, const std::string& value) {
    if (!value.empty()) o[key] = value;
  }
  static std::string dutch(const Text& t) { return t.empty() ? std::string() : t.in("nl"); }

  // The Dutch extras HSDS has no field for, one attribute per value, on one record.
  struct Attributes {
    std::string recordId;
    const char* entity;
    ordered_json list = ordered_json::array();

    void add(const std::string& type, const std::string& value) {
      list.push_back({{"id", uuid5(kEkwUuidNamespace, recordId + "/" + type + "/" + value)},
                      {"link_id", recordId},
                      {"link_type", kAttributePrefix + type},
                      {"link_entity", entity},
                      {"value", value}});
    }
    void add(const std::string& type, const std::vector<std::string>& values) {
      for (const std::string& v : values) add(type, v);
    }
    void addTo(ordered_json& record) {
      if (!list.empty()) record["attributes"] = std::move(list);
    }
  };

  ordered_json phones(const std::vector<Phone>& list, const std::string& ownerId, const char* ownerKey) const {
    ordered_json out = ordered_json::array();
    for (std::size_t i = 0; i < list.size(); ++i) {
      ordered_json p{{"id", uuid5(kEkwUuidNamespace, ownerId + "/phone/" + std::to_string(i))}, {ownerKey, ownerId},
                     {"number", list[i].number}};
      put(p, "description", dutch(list[i].description));
      out.push_back(std::move(p));
    }
    return out;
  }

  ordered_json organization(const Organization& o) const {
    std::string oid = id("organization", o.id);
    ordered_json r{{"id", oid}, {"name", o.name}};
    put(r, "alternate_name", o.alternateName);
    r["description"] = dutch(o.description);  // required by HSDS; empty when the content has none
    put(r, "email", o.email);
    put(r, "website", o.website);
    if (!o.phones.empty()) r["phones"] = phones(o.phones, oid, "organization_id");
    Attributes attrs{oid, "organization"};
    attrs.add("id", o.id);
    if (!o.lastVerified.empty()) attrs.add("last-verified", o.lastVerified);
    attrs.add("source", o.sources);
    attrs.addTo(r);
    return r;
  }

  ordered_json location(const Location& l) const {
    std::string lid = id("location", l.id);
    ordered_json r{{"id", lid}, {"location_type", "physical"}};
    if (!l.organization.empty()) r["organization_id"] = id("organization", l.organization);
    put(r, "name", l.name);
    put(r, "description", dutch(l.description));
    const Address& a = l.address;
    if (!a.street.empty() || !a.postalCode.empty() || !a.city.empty()) {
      // HSDS requires every part of an address; what the content does not hold stays empty.
      r["addresses"] = ordered_json::array({ordered_json{{"id", uuid5(kEkwUuidNamespace, lid + "/address")},
                                                         {"location_id", lid},
                                                         {"address_1", a.street},
                                                         {"city", a.city},
                                                         {"state_province", ""},
                                                         {"postal_code", a.postalCode},
                                                         {"country", "NL"},
                                                         {"address_type", "physical"}}});
    }
    if (!l.openingHours.empty())
      r["schedules"] = ordered_json::array({ordered_json{{"id", uuid5(kEkwUuidNamespace, lid + "/schedule")},
                                                         {"location_id", lid},
                                                         {"description", dutch(l.openingHours)}}});
    Attributes attrs{lid, "location"};
    attrs.add("id", l.id);
    if (!l.wijk.empty()) attrs.add("wijk", l.wijk);
    attrs.add("source", l.sources);
    attrs.addTo(r);
    return r;
  }

  ordered_json serviceAtLocation(const ServiceAtLocation& sal, bool withLocation) const {
    std::string sid = id("service_at_location", sal.id);
    ordered_json r{{"id", sid}, {"service_id", id("service", sal.service)}, {"location_id", id("location", sal.location)}};
    put(r, "description", dutch(sal.description));
    if (withLocation)
      if (const Location* l = c_.location(sal.location)) r["location"] = location(*l);
    Attributes attrs{sid, "service_at_location"};
    attrs.add("id", sal.id);
    attrs.addTo(r);
    return r;
  }

  ordered_json service(const Service& s) const {
    std::string sid = id("service", s.id);
    ordered_json r{{"id", sid}};
    if (!s.organization.empty()) r["organization_id"] = id("organization", s.organization);
    r["name"] = dutch(s.name);
    put(r, "description", dutch(s.description));
    put(r, "url", s.url);
    put(r, "email", s.email);
    r["status"] = s.status;
    put(r, "fees_description", dutch(s.eigenBijdrage));
    if (s.minAge) r["minimum_age"] = *s.minAge;
    if (s.maxAge) r["maximum_age"] = *s.maxAge;
    put(r, "assured_date", s.lastVerified);
    if (!s.phones.empty()) r["phones"] = phones(s.phones, sid, "service_id");
    if (!s.languages.empty()) {
      r["languages"] = ordered_json::array();
      for (const std::string& code : s.languages)
        r["languages"].push_back(
            {{"id", uuid5(kEkwUuidNamespace, sid + "/language/" + code)}, {"service_id", sid}, {"code", code}});
    }
    ordered_json sals = each(c_.servicesAtLocation, [&](const ServiceAtLocation& sal) { return serviceAtLocation(sal, true); },
                             [&](const ServiceAtLocation& sal) { return sal.service == s.id; });
    if (!sals.empty()) r["service_at_locations"] = std::move(sals);
    if (const Organization* o = c_.organization(s.organization)) r["organization"] = organization(*o);
    Attributes attrs{sid, "service"};
    attrs.add("id", s.id);
    attrs.add("levensgebied", s.levensgebieden);
    attrs.add("rung", std::to_string(s.rung));
    attrs.add("level", s.level);
    attrs.add("indicatie", s.indicatie ? "true" : "false");
    attrs.add("target-group", s.targetGroups);
    attrs.add("wijk", s.wijken);
    attrs.add("keyword", s.keywords);
    attrs.add("source", s.sources);
    attrs.addTo(r);
    return r;
  }
};

// --- import ------------------------------------------------------------------------------------------------------

std::string text(const json& o, const char* key) {
  auto it = o.find(key);
  return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

class Importer {
 public:
  Incoming run(const json& file) {
    if (file.is_object() && file.contains("organizations.csv")) {
      tabular(file);
    } else if (file.is_object() && !file.contains("id") &&
               (file.contains("organizations") || file.contains("services") || file.contains("locations") ||
                file.contains("service_at_locations"))) {
      list(file, "organizations", "organization");
      list(file, "services", "service");
      list(file, "locations", "location");
      list(file, "service_at_locations", "service_at_location");
    } else if (file.is_object() && file.contains("contents") && file["contents"].is_array()) {
      for (std::size_t i = 0; i < file["contents"].size(); ++i)
        record(file["contents"][i], appendPointer("/contents", i), "");
    } else if (file.is_array()) {
      for (std::size_t i = 0; i < file.size(); ++i) record(file[i], appendPointer("", i), "");
    } else {
      record(file, "", "");
    }
    return std::move(out_);
  }

 private:
  Incoming out_;

  // The tabular form (one list per CSV table, linked by ids): each child table is nested into its records first.
  void tabular(const json& file) {
    auto table = [&](const char* name) -> json {
      return file.contains(name) && file[name].is_array() ? file[name] : json::array();
    };
    json organizations = table("organizations.csv"), services = table("services.csv"), locations = table("locations.csv"),
         sals = table("service_at_location.csv");
    auto nest = [&](json& records, const char* childTable, const char* link, const char* as) {
      for (json& r : records)
        for (const json& child : table(childTable))
          if (child.is_object() && child.contains(link) && child[link] == r["id"]) r[as].push_back(child);
    };
    nest(organizations, "phones.csv", "organization_id", "phones");
    nest(services, "phones.csv", "service_id", "phones");
    nest(services, "languages.csv", "service_id", "languages");
    nest(locations, "addresses.csv", "location_id", "addresses");
    nest(locations, "schedules.csv", "location_id", "schedules");
    for (json* records : {&organizations, &services, &locations, &sals}) nest(*records, "attributes.csv", "link_id", "attributes");
    for (auto it = file.begin(); it != file.end(); ++it) {
      static const std::set<std::string> kRead = {"organizations.csv", "services.csv", "locations.csv",
                                                  "service_at_location.csv", "phones.csv", "languages.csv",
                                                  "addresses.csv", "schedules.csv", "attributes.csv"};
      if (!kRead.count(it.key()) && it->is_array() && !it->empty()) out_.unmapped.insert("table " + it.key());
    }
    for (std::size_t i = 0; i < organizations.size(); ++i)
      record(organizations[i], appendPointer("/organizations.csv", i), "organization");
    for (std::size_t i = 0; i < locations.size(); ++i) record(locations[i], appendPointer("/locations.csv", i), "location");
    for (std::size_t i = 0; i < services.size(); ++i) record(services[i], appendPointer("/services.csv", i), "service");
    for (std::size_t i = 0; i < sals.size(); ++i)
      record(sals[i], appendPointer("/service_at_location.csv", i), "service_at_location");
  }

  void list(const json& file, const char* key, const char* kind) {
    const json& l = file.contains(key) ? file[key] : json();
    if (!l.is_array()) return;
    for (std::size_t i = 0; i < l.size(); ++i) record(l[i], appendPointer(appendPointer("", key), i), kind);
  }

  static std::string kindOf(const json& r) {
    if (r.contains("openapi_url") || (r.contains("version") && r.contains("profile"))) return "metadata";
    if (r.contains("term_uri") || r.contains("taxonomy_id") || (r.contains("code") && r.contains("version")) ||
        r.contains("taxonomy_detail"))
      return "taxonomy";
    if (r.contains("status")) return "service";
    if (r.contains("location_type") || r.contains("addresses") || r.contains("latitude")) return "location";
    if (r.contains("service_id") || r.contains("location_id") || (r.contains("service") && r.contains("location")))
      return "service_at_location";
    if (r.contains("name")) return "organization";
    return "";
  }

  // The attributes with an "ekw:" link_type: type -> values, in order.
  static std::map<std::string, std::vector<std::string>> extras(const json& r) {
    std::map<std::string, std::vector<std::string>> out;
    if (!r.contains("attributes") || !r["attributes"].is_array()) return out;
    for (const json& a : r["attributes"]) {
      std::string type = text(a, "link_type");
      if (type.rfind(kAttributePrefix, 0) == 0 && a.contains("value") && a["value"].is_string())
        out[type.substr(4)].push_back(a["value"].get<std::string>());
    }
    return out;
  }

  void unmapped(const std::string& kind, const json& r, std::initializer_list<const char*> known) {
    for (auto it = r.begin(); it != r.end(); ++it) {
      if (std::find_if(known.begin(), known.end(), [&](const char* k) { return it.key() == k; }) != known.end()) continue;
      if (it->is_null() || (it->is_string() && it->get<std::string>().empty()) || (it->is_array() && it->empty())) continue;
      out_.unmapped.insert(kind + "." + it.key());
    }
  }

  // The content id: the readable one the export put in the attributes, else the HSDS id (lower case).
  static std::string idOf(const json& r, const std::map<std::string, std::vector<std::string>>& x) {
    auto it = x.find("id");
    if (it != x.end() && !it->second.empty()) return it->second.front();
    std::string id = text(r, "id");
    std::transform(id.begin(), id.end(), id.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; });
    return id;
  }

  static ordered_json phones(const json& r) {
    ordered_json out = ordered_json::array();
    if (!r.contains("phones") || !r["phones"].is_array()) return out;
    for (const json& p : r["phones"]) {
      std::string number = text(p, "number");
      if (number.empty()) continue;
      ordered_json phone{{"number", number}};
      if (!text(p, "description").empty()) phone["description"] = text(p, "description");
      out.push_back(std::move(phone));
    }
    return out;
  }

  static void put(ordered_json& o, const char* key, const std::string& value) {
    if (!value.empty()) o[key] = value;
  }
  static void putList(ordered_json& o, const char* key, const std::map<std::string, std::vector<std::string>>& x,
                      const char* type) {
    auto it = x.find(type);
    if (it != x.end()) o[key] = it->second;
  }

  void add(const char* list, ordered_json value, const std::string& origin, const json& r) {
    out_.records.push_back({list, std::move(value), origin, text(r, "id")});
  }

  void record(const json& r, const std::string& origin, std::string kind) {
    if (!r.is_object()) {
      out_.problems.push_back({origin, "not an HSDS record (an object)"});
      return;
    }
    if (kind.empty()) kind = kindOf(r);
    if (kind == "metadata") {
      out_.notes.push_back(origin + ": API metadata (HSDS version, profile): nothing to import");
      return;
    }
    if (kind == "taxonomy") {
      out_.notes.push_back(origin + ": a taxonomy record: the sociale kaart has no taxonomies, not imported");
      return;
    }
    if (kind == "organization") organization(r, origin);
    else if (kind == "service") service(r, origin, "");
    else if (kind == "location") location(r, origin);
    else if (kind == "service_at_location") serviceAtLocation(r, origin, "");
    else out_.problems.push_back({origin, "not an HSDS organization, service, location or service_at_location"});
  }

  std::string organization(const json& r, const std::string& origin) {
    auto x = extras(r);
    ordered_json o;
    std::string id = idOf(r, x);
    put(o, "id", id);
    put(o, "name", text(r, "name"));
    put(o, "alternateName", text(r, "alternate_name"));
    put(o, "description", text(r, "description"));
    put(o, "email", text(r, "email"));
    put(o, "website", text(r, "website"));
    ordered_json ph = phones(r);
    if (!ph.empty()) o["phones"] = std::move(ph);
    if (x.count("last-verified")) o["lastVerified"] = x["last-verified"].front();
    putList(o, "sources", x, "source");
    unmapped("organization", r, {"id", "name", "alternate_name", "description", "email", "website", "phones",
                                 "attributes", "locations", "services"});
    add("organizations", std::move(o), origin, r);
    if (r.contains("locations") && r["locations"].is_array())
      for (std::size_t i = 0; i < r["locations"].size(); ++i) {
        const json& l = r["locations"][i];
        if (l.is_object()) location(l, appendPointer(appendPointer(origin, "locations"), i), id);
      }
    if (r.contains("services") && r["services"].is_array())
      for (std::size_t i = 0; i < r["services"].size(); ++i) {
        const json& s = r["services"][i];
        if (s.is_object()) service(s, appendPointer(appendPointer(origin, "services"), i), id);
      }
    return id;
  }

  std::string location(const json& r, const std::string& origin, const std::string& organizationId = "") {
    auto x = extras(r);
    ordered_json l;
    std::string id = idOf(r, x);
    put(l, "id", id);
    std::string org = text(r, "organization_id");
    put(l, "organization", org.empty() ? organizationId : org);
    put(l, "name", text(r, "name"));
    put(l, "description", text(r, "description"));
    if (x.count("wijk")) l["wijk"] = x["wijk"].front();
    if (r.contains("addresses") && r["addresses"].is_array() && !r["addresses"].empty() && r["addresses"][0].is_object()) {
      const json& a = r["addresses"][0];
      ordered_json address = ordered_json::object();
      std::string street = text(a, "address_1");
      if (!text(a, "address_2").empty()) street += (street.empty() ? "" : ", ") + text(a, "address_2");
      put(address, "street", street);
      put(address, "postalCode", text(a, "postal_code"));
      put(address, "city", text(a, "city"));
      if (!address.empty()) l["address"] = std::move(address);
      if (r["addresses"].size() > 1) out_.unmapped.insert("location.addresses (all but the first)");
    }
    std::string hours = scheduleText(r);
    if (!hours.empty()) l["openingHours"] = hours;
    putList(l, "sources", x, "source");
    unmapped("location", r, {"id", "organization_id", "name", "description", "addresses", "schedules", "attributes",
                             "location_type"});
    add("locations", std::move(l), origin, r);
    return id;
  }

  // Opening hours as text: each schedule's description, or its days and times as the file gives them.
  std::string scheduleText(const json& r) {
    std::string out;
    if (!r.contains("schedules") || !r["schedules"].is_array()) return out;
    for (const json& s : r["schedules"]) {
      std::string line = text(s, "description");
      if (line.empty()) {
        std::string days = text(s, "byday"), opens = text(s, "opens_at"), closes = text(s, "closes_at");
        if (!opens.empty() || !closes.empty()) line = (days.empty() ? "" : days + " ") + opens + "-" + closes;
      }
      if (!line.empty()) out += (out.empty() ? "" : "; ") + line;
    }
    return out;
  }

  std::string service(const json& r, const std::string& origin, const std::string& organizationId) {
    auto x = extras(r);
    ordered_json s;
    std::string id = idOf(r, x);
    put(s, "id", id);
    std::string org = text(r, "organization_id");
    if (org.empty() && r.contains("organization") && r["organization"].is_object())
      org = organization(r["organization"], appendPointer(origin, "organization"));
    else if (r.contains("organization") && r["organization"].is_object())
      organization(r["organization"], appendPointer(origin, "organization"));
    put(s, "organization", org.empty() ? organizationId : org);
    put(s, "name", text(r, "name"));
    put(s, "description", text(r, "description"));
    put(s, "status", text(r, "status"));
    put(s, "email", text(r, "email"));
    put(s, "url", text(r, "url"));
    ordered_json ph = phones(r);
    if (!ph.empty()) s["phones"] = std::move(ph);
    putList(s, "levensgebieden", x, "levensgebied");
    if (x.count("rung")) s["rung"] = std::atoi(x["rung"].front().c_str());
    if (x.count("level")) s["level"] = x["level"].front();
    if (x.count("indicatie")) s["indicatie"] = x["indicatie"].front() == "true";
    put(s, "eigenBijdrage", text(r, "fees_description"));
    putList(s, "targetGroups", x, "target-group");
    for (const char* key : {"minimum_age", "maximum_age"})
      if (r.contains(key) && r[key].is_number()) s[key[1] == 'i' ? "minAge" : "maxAge"] = static_cast<int>(r[key].get<double>());
    putList(s, "wijken", x, "wijk");
    putList(s, "keywords", x, "keyword");
    if (r.contains("languages") && r["languages"].is_array()) {
      ordered_json codes = ordered_json::array();
      for (const json& l : r["languages"])
        if (!text(l, "code").empty()) codes.push_back(text(l, "code"));
      if (!codes.empty()) s["languages"] = std::move(codes);
    }
    std::string assured = text(r, "assured_date");
    if (!assured.empty()) s["lastVerified"] = assured.substr(0, 10);
    putList(s, "sources", x, "source");
    unmapped("service", r, {"id", "organization_id", "organization", "name", "description", "status", "email", "url",
                            "phones", "fees_description", "minimum_age", "maximum_age", "languages", "assured_date",
                            "attributes", "service_at_locations"});
    add("services", std::move(s), origin, r);
    if (r.contains("service_at_locations") && r["service_at_locations"].is_array())
      for (std::size_t i = 0; i < r["service_at_locations"].size(); ++i) {
        const json& sal = r["service_at_locations"][i];
        if (sal.is_object()) serviceAtLocation(sal, appendPointer(appendPointer(origin, "service_at_locations"), i), id);
      }
    return id;
  }

  void serviceAtLocation(const json& r, const std::string& origin, const std::string& serviceId) {
    auto x = extras(r);
    ordered_json sal;
    put(sal, "id", idOf(r, x));
    std::string service = text(r, "service_id"), location = text(r, "location_id");
    if (r.contains("location") && r["location"].is_object()) {
      std::string nested = this->location(r["location"], appendPointer(origin, "location"));
      if (location.empty()) location = nested;
    }
    if (service.empty() && r.contains("service") && r["service"].is_object())
      service = this->service(r["service"], appendPointer(origin, "service"), "");
    put(sal, "service", service.empty() ? serviceId : service);
    put(sal, "location", location);
    put(sal, "description", text(r, "description"));
    unmapped("service_at_location", r, {"id", "service_id", "location_id", "location", "service", "description", "attributes"});
    add("servicesAtLocation", std::move(sal), origin, r);
  }
};

}  // namespace

std::string hsdsId(const std::string& contentId, const std::string& kind, const std::string& id) {
  return isUuid(id) ? id : uuid5(kEkwUuidNamespace, contentId + "/" + kind + "/" + id);
}

ordered_json exportHsds(const Content& content) { return Exporter(content).run(); }

Incoming importHsds(const json& file) { return Importer().run(file); }

}  // namespace ekw

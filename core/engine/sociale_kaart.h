// The sociale kaart as residents use it: which services fit them (wijk, age, target group), search, and the
// JSON shown on a service card.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/model.h"

namespace ekw {

// What is known of the resident that narrows the services shown. Empty fields do not filter.
struct ServiceFit {
  std::string wijk;
  int age = -1;
  std::vector<std::string> targetGroups;
  std::string query;  // normalised search words; every word must start a word of the service's texts
  static ServiceFit fromContext(const nlohmann::json& context);
};

// Whether an active service serves this resident.
bool serviceFits(const Content& content, const Service& service, const ServiceFit& fit);

// Whether a service is of the kind an advice's serviceFilter (or a search) asks for; empty parts match anything.
bool matchesFilter(const Service& service, const ServiceFilter& filter);

struct ServiceQuery {
  std::string text;       // words a resident types; every word must start a word of the service's texts
  ServiceFilter filter;   // levensgebied, rung, level (algemeen / maatwerk)
  ServiceFit fit;
  std::size_t limit = 50;
};

struct ServiceResults {
  std::size_t total = 0;
  std::vector<const Service*> services;  // at most `limit`, algemeen before maatwerk, then by rung, then content order
};

ServiceResults searchServices(const Content& content, const ServiceQuery& query);

nlohmann::json serviceJson(const Content& content, const Service& service, const std::string& language);

}  // namespace ekw

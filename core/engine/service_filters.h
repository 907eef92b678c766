// Which sociale-kaart filters the content can answer: a filter on wijk, age or target group is only offered to
// residents when at least one active service carries that data (else it would filter nothing, or everything).
#pragma once

#include <string>
#include <vector>

#include "core/content/model.h"

namespace ekw {

struct ServiceFilterData {
  bool wijk = false;                      // some service names wijken, or has a location in a wijk
  bool age = false;                       // some service has a minAge or maxAge
  std::vector<std::string> targetGroups;  // the target groups services name, in the manifest's order
};

ServiceFilterData serviceFilterData(const Content& content);

}  // namespace ekw

// A problem with what a resident typed: a stable code and parameters for the message (engine/messages.h words it).
#pragma once

#include <map>
#include <string>

namespace ekw {

struct Problem {
  std::string code;  // e.g. "number.range"
  std::map<std::string, std::string> params;
  bool ok() const { return code.empty(); }
};

}  // namespace ekw

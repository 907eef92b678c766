#include <iostream>

#include "core/content/loader.h"
#include "core/engine/session.h"
#include "tools/ekw/commands.h"

namespace ekw::cli {

int runVersion(const Args& args, std::ostream& out, std::ostream& err) {
  if (!args.empty()) {
    err << "usage: ekw version\n";
    return 2;
  }
  out << "ekw " << EKW_VERSION << " (content ekw-content/1, bundle " << kBundleFormat << ", session " << kSessionFormat
      << ")\n";
  return 0;
}

}  // namespace ekw::cli

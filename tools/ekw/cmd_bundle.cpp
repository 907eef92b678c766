// ekw bundle DIR -o FILE: the content as one compact JSON file for the site, written only when it validates.
#include <fstream>
#include <iostream>

#include "tools/ekw/cli_support.h"
#include "tools/ekw/commands.h"

namespace ekw::cli {

int runBundle(const Args& args, std::ostream& out, std::ostream& err) {
  std::string dir, output;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if ((args[i] == "-o" || args[i] == "--output") && i + 1 < args.size()) output = args[++i];
    else if (dir.empty() && !args[i].empty() && args[i][0] != '-') dir = args[i];
    else dir.clear(), output.clear(), i = args.size();
  }
  if (dir.empty() || output.empty()) {
    err << "usage: ekw bundle DIR -o FILE\n";
    return 2;
  }
  std::optional<LoadedContent> loaded = loadValidContent(dir, "bundle", err);
  if (!loaded) return 1;
  std::string text = makeBundle(*loaded).dump();
  std::ofstream file(output, std::ios::binary);
  if (!(file << text)) {
    err << "ekw bundle: cannot write " << output << "\n";
    return 1;
  }
  out << "wrote " << output << " (" << text.size() / 1024 << " KB, " << loaded->documents.size() << " files)\n";
  return 0;
}

}  // namespace ekw::cli

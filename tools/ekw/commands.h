// The `ekw` subcommands. Each takes the arguments after its own name and returns the process exit code:
// 0 success, 1 the input has errors, 2 usage. They write results to `out` and messages to `err`.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace ekw::cli {

using Args = std::vector<std::string>;

int runValidate(const Args& args, std::ostream& out, std::ostream& err);
int runEval(const Args& args, std::ostream& out, std::ostream& err);
int runSimulate(const Args& args, std::ostream& out, std::ostream& err);
int runList(const Args& args, std::ostream& out, std::ostream& err);
int runBundle(const Args& args, std::ostream& out, std::ostream& err);
int runDiff(const Args& args, std::ostream& out, std::ostream& err);
int runHsds(const Args& args, std::ostream& out, std::ostream& err);
int runCsv(const Args& args, std::ostream& out, std::ostream& err);
int runMatch(const Args& args, std::ostream& out, std::ostream& err);
int runVersion(const Args& args, std::ostream& out, std::ostream& err);
int runDossier(const Args& args, std::ostream& out, std::ostream& err);
int runStats(const Args& args, std::ostream& out, std::ostream& err);

}  // namespace ekw::cli

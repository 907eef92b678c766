// Runs the built `ekw` as a user would, for the command-line tests: exit code, standard output and standard error.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace ekw::testing {

struct CliRun {
  int exitCode = -1;
  std::string out, err;
};

inline std::string shellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// `args` are already quoted for the shell.
inline CliRun runEkw(const std::string& args) {
  CliRun r;
  std::filesystem::path errFile = std::filesystem::temp_directory_path() /
                                  ("ekw-cli-err-" + std::to_string(::getpid()) + ".txt");
  std::string command = shellQuote(EKW_CLI_PATH) + " " + args + " 2>" + shellQuote(errFile.string());
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return r;
  char buffer[4096];
  while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) r.out.append(buffer, n);
  int status = pclose(pipe);
  r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream in(errFile);
  std::stringstream ss;
  ss << in.rdbuf();
  r.err = ss.str();
  std::filesystem::remove(errFile);
  return r;
}

}  // namespace ekw::testing

// What the studio's tests share: the Haarlem content, a private copy of it to edit and save, and line diffs.
#pragma once

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace ekw::studio::testing {

namespace fs = std::filesystem;

inline const std::string kHaarlem = std::string(EKW_SOURCE_DIR) + "/content/haarlem";

inline std::string readAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void writeAll(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
}

inline std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// Number of lines that differ, for texts with the same number of lines (-1 otherwise).
inline int changedLines(const std::string& a, const std::string& b) {
  auto la = lines(a), lb = lines(b);
  if (la.size() != lb.size()) return -1;
  int n = 0;
  for (std::size_t i = 0; i < la.size(); ++i) n += la[i] != lb[i];
  return n;
}

// A private copy of the Haarlem content to edit and save (or a file beside it), removed afterwards.
class TempContent {
 public:
  TempContent() {
    dir_ = fs::temp_directory_path() /
           ("ekw-studio-test-" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    fs::copy(kHaarlem, dir_, fs::copy_options::recursive);
  }
  ~TempContent() {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
    for (const fs::path& f : extra_) fs::remove(f, ignored);
  }
  const fs::path& dir() const { return dir_; }
  // A file next to the content (an import source), removed with it.
  fs::path beside(const std::string& name, const std::string& text) {
    fs::path p = dir_.string() + "-" + name;
    writeAll(p, text);
    extra_.push_back(p);
    return p;
  }

 private:
  fs::path dir_;
  std::vector<fs::path> extra_;
};

}  // namespace ekw::studio::testing

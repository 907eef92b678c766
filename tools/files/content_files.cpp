#include "tools/files/content_files.h"

#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>

#include "core/content/validate.h"

namespace ekw::files {

namespace fs = std::filesystem;

std::optional<std::string> readFile(const std::string& path, std::size_t maxBytes) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return std::nullopt;
  auto size = fs::file_size(path, ec);
  if (ec) return std::nullopt;
  if (size > maxBytes)
    throw std::runtime_error("the file is " + std::to_string(size / (1024 * 1024)) +
                             " MB; content files may be at most " + std::to_string(maxBytes / (1024 * 1024)) + " MB");
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string text(static_cast<std::size_t>(size), '\0');
  in.read(text.data(), static_cast<std::streamsize>(size));
  text.resize(static_cast<std::size_t>(in.gcount()));
  return text;
}

ReadFile directoryReader(const std::string& directory, std::size_t maxBytes) {
  return [directory, maxBytes](const std::string& path) -> std::optional<std::string> {
    fs::path p(path);
    bool escapes = p.is_absolute() || p.has_root_name();
    for (const fs::path& part : p)
      if (part == "..") escapes = true;
    if (escapes)
      throw std::runtime_error("a content path must be relative to the content directory and stay inside it");
    return readFile((fs::path(directory) / p).string(), maxBytes);
  };
}

LoadedContent loadDirectory(const std::string& directory, Diagnostics& diagnostics) {
  LoadedContent loaded = loadContent(directoryReader(directory), diagnostics);
  ValidateOptions options;
  options.today = today();
  validateContent(loaded, diagnostics, options);
  return loaded;
}

std::function<std::optional<int>(const std::string&)> seedLineCounter(const std::string& seedsDirectory) {
  auto cache = std::make_shared<std::map<std::string, std::optional<int>>>();
  return [seedsDirectory, cache](const std::string& name) -> std::optional<int> {
    auto it = cache->find(name);
    if (it != cache->end()) return it->second;
    std::optional<int> lines;
    if (name.find('/') == std::string::npos) {
      std::ifstream in(fs::path(seedsDirectory) / name, std::ios::binary);
      if (in) {
        int n = 0;
        std::string line;
        while (std::getline(in, line)) ++n;
        lines = n;
      }
    }
    (*cache)[name] = lines;
    return lines;
  };
}

std::string writeFileAtomic(const std::string& path, const std::string& text) {
  fs::path target(path);
  fs::path temporary = target;
  temporary += ".ekw-tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!(out << text) || !out.flush()) {
      std::error_code ignored;
      fs::remove(temporary, ignored);
      return "cannot write " + temporary.string();
    }
  }
  std::error_code ec;
  fs::rename(temporary, target, ec);
  if (ec) {
    fs::remove(temporary, ec);
    return "cannot replace " + path + ": " + ec.message();
  }
  return "";
}

std::string today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &local);
  return buf;
}

}  // namespace ekw::files

#include "tools/files/content_files.h"

#include <unistd.h>

#include <cstdio>
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

namespace {

// Why `path` cannot be read as a file, in words an editor understands; "" when it is a readable regular file, and
// nullopt when nothing is there at all. Never opens the path first: opening a FIFO would block, a device would read
// forever.
std::optional<std::string> unreadableReason(const fs::path& path) {
  std::error_code ec;
  fs::file_status link = fs::symlink_status(path, ec);
  if (ec || link.type() == fs::file_type::not_found) return std::nullopt;
  fs::file_status target = fs::status(path, ec);
  if (ec) {
    if (ec == std::errc::too_many_symbolic_link_levels) return "is a symbolic link that loops back on itself";
    if (ec == std::errc::no_such_file_or_directory) return "is a symbolic link to a file that does not exist";
    if (ec == std::errc::permission_denied) return "cannot be read: permission denied";
    return "cannot be read: " + ec.message();
  }
  switch (target.type()) {
    case fs::file_type::regular: break;
    case fs::file_type::directory: return "is a folder, not a file";
    case fs::file_type::fifo: return "is a named pipe (FIFO), not a file";
    case fs::file_type::character: case fs::file_type::block: return "is a device, not a file";
    case fs::file_type::socket: return "is a socket, not a file";
    default: return "is not a regular file";
  }
  std::ifstream probe(path, std::ios::binary);
  if (!probe) return "cannot be read: permission denied";
  return "";
}

// Whether `inner` (canonical) lies inside `root` (canonical), compared part by part.
bool isInside(const fs::path& inner, const fs::path& root) {
  auto r = root.begin();
  for (auto i = inner.begin(); r != root.end(); ++i, ++r)
    if (i == inner.end() || *i != *r) return false;
  return true;
}

}  // namespace

std::optional<std::string> readFile(const std::string& path, std::size_t maxBytes, const char* kind) {
  std::optional<std::string> reason = unreadableReason(path);
  if (!reason) return std::nullopt;
  if (!reason->empty()) throw std::runtime_error("\"" + path + "\" " + *reason);
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (ec) return std::nullopt;
  if (size > maxBytes)
    throw std::runtime_error("the file is " + std::to_string(size / (1024 * 1024)) +
                             " MB; " + kind + " may be at most " + std::to_string(maxBytes / (1024 * 1024)) + " MB");
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
    fs::path full = fs::path(directory) / p;
    std::optional<std::string> reason = unreadableReason(full);
    if (!reason) return std::nullopt;
    if (!reason->empty()) throw std::runtime_error("this " + *reason);
    // A symbolic link (of the file or of a folder on the way) may point anywhere: what is read must stay inside.
    std::error_code ec;
    fs::path root = fs::canonical(directory, ec);
    fs::path real = ec ? fs::path() : fs::canonical(full, ec);
    if (ec || !isInside(real, root))
      throw std::runtime_error("this is a symbolic link to a file outside the content directory; it is not read");
    return readFile(real.string(), maxBytes, "content files");
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
  temporary += ".ekw-tmp-" + std::to_string(::getpid());  // two programs saving at once do not share one
  // Flushed to the disk before the rename: after a crash the file is either the old or the new text, never empty.
  std::FILE* f = std::fopen(temporary.c_str(), "wb");
  bool ok = f && std::fwrite(text.data(), 1, text.size(), f) == text.size();
  ok = f && std::fflush(f) == 0 && ok;
  ok = f && ::fsync(::fileno(f)) == 0 && ok;
  ok = f && std::fclose(f) == 0 && ok;
  if (!ok) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    return "cannot write " + temporary.string();
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

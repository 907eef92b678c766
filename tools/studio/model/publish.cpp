#include "tools/studio/model/publish.h"

#include <filesystem>

#include "tools/files/content_files.h"

namespace ekw::studio {

std::string PublishResult::report() const {
  if (!ok) return "";
  return changes ? diffText(*changes) : "First publication: everything is new.\n";
}

PublishResult publish(const LoadedContent& loaded, std::size_t errorCount, const std::string& bundlePath) {
  PublishResult result;
  if (!loaded.content || errorCount > 0) {
    result.message = "not published: the content has " + std::to_string(errorCount) + " errors";
    return result;
  }
  std::optional<std::string> previous;
  try {
    previous = files::readFile(bundlePath);
  } catch (const std::exception& e) {
    result.message = std::string("not published: ") + e.what();
    return result;
  }
  std::string unreadable;
  if (previous) {
    Diagnostics diagnostics;
    LoadedContent before = loadBundle(*previous, diagnostics);
    if (before.content && !diagnostics.hasErrors()) result.changes = diffContent(before, loaded);
    else unreadable = "; the bundle there before could not be read, so there is no report of changes";
  }
  std::error_code ec;
  std::filesystem::path target(bundlePath);
  if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path(), ec);
  if (previous) {
    std::string failure = files::writeFileAtomic(bundlePath + ".previous", *previous);
    if (!failure.empty()) {
      result.message = "not published: " + failure;
      return result;
    }
  }
  const std::string text = makeBundle(loaded).dump();
  std::string failure = files::writeFileAtomic(bundlePath, text);
  if (!failure.empty()) {
    result.message = "not published: " + failure;
    return result;
  }
  result.ok = true;
  result.message = "wrote " + bundlePath + " (" + std::to_string(text.size() / 1024) + " KB, " +
                   std::to_string(loaded.documents.size()) + " files)" + unreadable;
  return result;
}

}  // namespace ekw::studio

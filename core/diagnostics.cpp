#include "core/diagnostics.h"

#include <algorithm>
#include <tuple>

namespace ekw {

std::string formatDiagnostic(const Diagnostic& d) {
  std::string out = d.file;
  if (d.pos.line > 0) {
    out += ':';
    out += std::to_string(d.pos.line);
    out += ':';
    out += std::to_string(d.pos.column);
  }
  out += d.severity == Severity::Error ? ": error: " : d.severity == Severity::Hint ? ": hint: " : ": warning: ";
  out += d.pointer.empty() ? "/" : d.pointer;
  out += ": ";
  out += d.message;
  if (!d.code.empty()) {
    out += " [";
    out += d.code;
    out += ']';
  }
  return out;
}

std::size_t Diagnostics::errorCount() const {
  return static_cast<std::size_t>(
      std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

std::size_t Diagnostics::warningCount() const {
  return static_cast<std::size_t>(
      std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::Warning; }));
}

std::size_t Diagnostics::hintCount() const { return items_.size() - errorCount() - warningCount(); }

void Diagnostics::sort() {
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.file, a.pos.line, a.pos.column, a.pointer) < std::tie(b.file, b.pos.line, b.pos.column, b.pointer);
  });
}

}  // namespace ekw

// Diagnostics: what the loader and validator tell an editor about a content file.
#pragma once

#include <string>
#include <vector>

namespace ekw {

// A place in a text file, 1-based. Line 0 means "the file as a whole".
struct SourcePos {
  int line = 0;
  int column = 0;
};

// Hint: a suggestion for editors (taalniveau B1, spelling, missing translations); never blocks publishing.
enum class Severity { Error, Warning, Hint };

struct Diagnostic {
  Severity severity = Severity::Error;
  std::string file;     // path as given to the loader, relative to the content directory where possible
  SourcePos pos;        // where in the file
  std::string pointer;  // JSON pointer of the value concerned ("" = the whole document)
  std::string code;     // stable machine-readable kind, e.g. "dangling-reference"
  std::string message;  // plain English for editors
};

// "FILE:LINE:COL: error: POINTER: MESSAGE [code]" -- the form compilers use, so editors and IDEs can jump to it.
std::string formatDiagnostic(const Diagnostic& d);

class Diagnostics {
 public:
  void add(Diagnostic d) { items_.push_back(std::move(d)); }
  const std::vector<Diagnostic>& items() const { return items_; }
  std::size_t errorCount() const;
  std::size_t warningCount() const;
  std::size_t hintCount() const;
  bool hasErrors() const { return errorCount() > 0; }
  // Sorted by file, then line, column, pointer: a stable order for tests and for reading.
  void sort();

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace ekw

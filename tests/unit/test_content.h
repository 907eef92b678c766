// Content the tests share, loaded and validated once per test program (like Yoga's fixtures: one known tree,
// many assertions). A content error fails the test that asked for it, with the diagnostic.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "core/content/loader.h"
#include "core/content/validate.h"
#include "tools/files/content_files.h"

namespace ekw::testing {

inline LoadedContent loadChecked(const std::string& directory) {
  Diagnostics diagnostics;
  LoadedContent loaded = loadContent(files::directoryReader(directory), diagnostics);
  ValidateOptions options;
  options.today = "2026-11-23";
  validateContent(loaded, diagnostics, options);
  for (const Diagnostic& d : diagnostics.items())
    if (d.severity == Severity::Error) ADD_FAILURE() << directory << ": " << formatDiagnostic(d);
  return loaded;
}

// tests/content/sample: every node type and every rung, small enough to reason about in a test.
inline const LoadedContent& sampleContent() {
  static const LoadedContent loaded = loadChecked(EKW_SOURCE_DIR "/tests/content/sample");
  return loaded;
}
inline const Content& sample() { return *sampleContent().content; }

// content/haarlem: the real content, for the persona and policy-rule tests.
inline const LoadedContent& haarlemContent() {
  static const LoadedContent loaded = loadChecked(EKW_SOURCE_DIR "/content/haarlem");
  return loaded;
}

}  // namespace ekw::testing

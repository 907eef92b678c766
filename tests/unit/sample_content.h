// Loads tests/content/sample once for the engine tests (like Yoga's fixtures: one known tree, many assertions).
#pragma once

#include <gtest/gtest.h>

#include "core/content/loader.h"
#include "core/content/validate.h"
#include "tools/files/content_files.h"

namespace ekw::testing {

inline const LoadedContent& sampleContent() {
  static const LoadedContent loaded = [] {
    Diagnostics diagnostics;
    LoadedContent l = loadContent(files::directoryReader(EKW_SOURCE_DIR "/tests/content/sample"), diagnostics);
    ValidateOptions options;
    options.today = "2026-11-23";
    validateContent(l, diagnostics, options);
    for (const Diagnostic& d : diagnostics.items())
      if (d.severity == Severity::Error) ADD_FAILURE() << formatDiagnostic(d);
    return l;
  }();
  return loaded;
}

inline const Content& sample() { return *sampleContent().content; }

}  // namespace ekw::testing

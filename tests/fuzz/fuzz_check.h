// A check inside a fuzz target: a property that must hold for every input. Failing it aborts, which libFuzzer and
// the replay driver both report as a crash with the input that caused it.
#pragma once

#include <cstdio>
#include <cstdlib>

#define EKW_FUZZ_CHECK(condition, what)                                                     \
  do {                                                                                      \
    if (!(condition)) {                                                                     \
      std::fprintf(stderr, "fuzz check failed at %s:%d: %s\n", __FILE__, __LINE__, (what)); \
      std::abort();                                                                         \
    }                                                                                       \
  } while (false)

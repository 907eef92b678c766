// How long a levensgebied's questions take, for the start page: estimated from the tree's typical path.
#pragma once

#include <cstddef>

#include "core/content/model.h"

namespace ekw {

// About how long a resident takes to read and answer one question (B1 text, one choice): an assumption, kept in
// one place so the estimate can be tuned against what the gemeente measures.
inline constexpr double kSecondsPerQuestion = 20.0;

struct TimeEstimate {
  std::size_t fewest = 0, most = 0;  // questions on the shortest and the longest path
  double typical = 0;                // questions on a typical path: every answer option equally likely
  int minutes = 0;                   // typical * kSecondsPerQuestion, rounded up to whole minutes (at least 1)
};

TimeEstimate estimateTime(const Tree& tree);

}  // namespace ekw

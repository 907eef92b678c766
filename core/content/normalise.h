// Text normalised for matching what residents type: lower case, accents removed, anything but letters and digits
// a space. "Schulden & één rekening" -> "schulden   een rekening".
#pragma once

#include <string>

namespace ekw {

std::string normaliseForSearch(const std::string& text);

}  // namespace ekw

#include "core/content/value_checks.h"

#include <cctype>
#include <cmath>
#include <cstdlib>

namespace ekw::values {

std::string trim(const std::string& s) {
  auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

namespace {
std::string withoutSpaces(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '-' && c != '.' && c != '\t') out += c;
  return out;
}
bool allDigits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}
bool isLeap(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int daysIn(long y, long m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}
}  // namespace

std::optional<double> number(const nlohmann::json& v) {
  if (v.is_number()) return v.get<double>();
  if (!v.is_string()) return std::nullopt;
  std::string s = trim(v.get<std::string>());
  if (s.empty()) return std::nullopt;
  for (char& c : s)
    if (c == ',') c = '.';
  char* end = nullptr;
  double d = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size() || !std::isfinite(d)) return std::nullopt;
  for (char c : s)  // strtod accepts hex and "inf"; residents type plain digits
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '+')) return std::nullopt;
  return d;
}

std::optional<std::string> date(const std::string& text, bool* wellFormedButUnreal) {
  if (wellFormedButUnreal) *wellFormedButUnreal = false;
  std::string s = trim(text);
  std::string parts[3];
  int part = 0;
  for (char c : s) {
    if (c == '-' || c == '/' || c == '.') {
      if (++part > 2) return std::nullopt;
    } else if (std::isdigit(static_cast<unsigned char>(c))) {
      parts[part] += c;
    } else {
      return std::nullopt;
    }
  }
  if (part != 2) return std::nullopt;
  long y, m, d;
  if (parts[0].size() == 4 && parts[1].size() <= 2 && parts[2].size() <= 2 && !parts[1].empty() && !parts[2].empty()) {
    y = std::atol(parts[0].c_str()), m = std::atol(parts[1].c_str()), d = std::atol(parts[2].c_str());
  } else if (parts[2].size() == 4 && parts[0].size() <= 2 && parts[1].size() <= 2 && !parts[0].empty() &&
             !parts[1].empty()) {
    d = std::atol(parts[0].c_str()), m = std::atol(parts[1].c_str()), y = std::atol(parts[2].c_str());
  } else {
    return std::nullopt;
  }
  if (y < 1850 || y > 2200 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) {
    if (wellFormedButUnreal) *wellFormedButUnreal = true;
    return std::nullopt;
  }
  char buf[32];  // roomy: the ranges are checked above, but the compiler cannot see that
  std::snprintf(buf, sizeof buf, "%04ld-%02ld-%02ld", y, m, d);
  return std::string(buf);
}

bool isIsoDate(std::string_view s, bool* wellFormedButUnreal) {
  if (wellFormedButUnreal) *wellFormedButUnreal = false;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  auto digits = [&](std::size_t from, std::size_t count) { return std::atol(std::string(s.substr(from, count)).c_str()); };
  long y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
  bool real = m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
  if (wellFormedButUnreal) *wellFormedButUnreal = !real;
  return real;
}

long dayNumber(const std::string& iso) {
  if (iso.size() != 10) return 0;
  long y = std::atol(iso.substr(0, 4).c_str()), m = std::atol(iso.substr(5, 2).c_str()),
       d = std::atol(iso.substr(8, 2).c_str());
  if (m <= 2) y -= 1, m += 12;
  return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d - 1;
}

int yearsBetween(const std::string& birth, const std::string& today) {
  if (birth.size() != 10 || today.size() != 10) return 0;
  int years = std::atoi(today.substr(0, 4).c_str()) - std::atoi(birth.substr(0, 4).c_str());
  if (today.substr(5) < birth.substr(5)) --years;
  return years;
}

std::optional<std::string> postcode(const std::string& text) {
  std::string s;
  for (char c : trim(text))
    if (c != ' ') s += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (s.size() != 6 || s[0] == '0') return std::nullopt;
  for (int i = 0; i < 4; ++i)
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return std::nullopt;
  for (int i = 4; i < 6; ++i)
    if (s[i] < 'A' || s[i] > 'Z') return std::nullopt;
  std::string letters = s.substr(4);
  if (letters == "SA" || letters == "SD" || letters == "SS") return std::nullopt;  // never issued
  return s;
}

std::optional<std::string> bsn(const std::string& text) {
  std::string s = withoutSpaces(trim(text));
  if (s.size() == 8) s.insert(s.begin(), '0');
  if (s.size() != 9 || !allDigits(s)) return std::nullopt;
  int sum = 0;
  for (int i = 0; i < 8; ++i) sum += (9 - i) * (s[i] - '0');
  sum -= s[8] - '0';
  if (sum % 11 != 0 || s == "000000000") return std::nullopt;
  return s;
}

std::optional<std::string> iban(const std::string& text) {
  std::string s;
  for (char c : trim(text))
    if (c != ' ') s += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (s.size() < 15 || s.size() > 34) return std::nullopt;
  if (!std::isalpha(static_cast<unsigned char>(s[0])) || !std::isalpha(static_cast<unsigned char>(s[1])) ||
      !std::isdigit(static_cast<unsigned char>(s[2])) || !std::isdigit(static_cast<unsigned char>(s[3])))
    return std::nullopt;
  if (s.rfind("NL", 0) == 0 && s.size() != 18) return std::nullopt;
  std::string moved = s.substr(4) + s.substr(0, 4);
  int rest = 0;
  for (char c : moved) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      rest = (rest * 10 + (c - '0')) % 97;
    } else if (c >= 'A' && c <= 'Z') {
      int v = c - 'A' + 10;
      rest = (rest * 100 + v) % 97;
    } else {
      return std::nullopt;
    }
  }
  if (rest != 1) return std::nullopt;
  return s;
}

std::optional<std::string> phone(const std::string& text) {
  std::string s;
  for (char c : trim(text))
    if (c != ' ' && c != '-' && c != '(' && c != ')') s += c;
  if (s.rfind("+31", 0) == 0) s.replace(0, 3, "0");
  else if (s.rfind("0031", 0) == 0) s.replace(0, 4, "0");
  if (s.size() != 10 || s[0] != '0' || !allDigits(s)) return std::nullopt;
  return s;
}

std::optional<std::string> email(const std::string& text) {
  std::string s = trim(text);
  auto at = s.find('@');
  if (at == std::string::npos || at == 0 || s.find('@', at + 1) != std::string::npos) return std::nullopt;
  auto dot = s.rfind('.');
  if (dot == std::string::npos || dot < at + 2 || dot + 2 > s.size()) return std::nullopt;
  for (char c : s)
    if (c == ' ' || static_cast<unsigned char>(c) < 0x21) return std::nullopt;
  return s;
}

}  // namespace ekw::values

#include "core/content/address_check.h"

#include <cstdint>

#include "core/content/utf8.h"

namespace ekw {

namespace {

bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isHex(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool isUnreserved(char c) { return isAlpha(c) || isDigit(c) || c == '-' || c == '.' || c == '_' || c == '~'; }
bool isSubDelim(char c) {
  switch (c) {
    case '!': case '$': case '&': case '\'': case '(': case ')': case '*': case '+': case ',': case ';': case '=':
      return true;
    default:
      return false;
  }
}

std::string hex4(std::uint32_t cp) {
  const char* digits = "0123456789ABCDEF";
  std::string out = "U+";
  for (int shift = 12; shift >= 0; shift -= 4) out += digits[(cp >> shift) & 0xF];
  return out;
}

// Names a character that may not appear in a URI at all (its code point for anything outside ASCII).
std::string describeForbidden(std::string_view s, std::size_t at) {
  unsigned char c = static_cast<unsigned char>(s[at]);
  if (c == ' ') return "a space";
  if (c == '"') return "a double quote";
  if (c == '<' || c == '>') return "an angle bracket";
  if (c < 0x20 || c == 0x7F) return "a control character";
  if (c < 0x80) return std::string("the character '") + static_cast<char>(c) + "'";
  // A UTF-8 sequence: decode it to name the code point (bidirectional controls are the dangerous ones).
  std::uint32_t cp = utf8::next(s, at);
  bool bidi = (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F ||
              cp == 0x061C;
  return (bidi ? "the bidirectional control character " : "the non-ASCII character ") + hex4(cp) +
         " (write it percent-encoded)";
}

// Checks the characters of a component: pchar-like sets plus `extra`; "" or the problem.
std::string checkChars(std::string_view s, std::string_view extra, const char* where) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '%') {
      if (i + 2 >= s.size() || !isHex(s[i + 1]) || !isHex(s[i + 2]))
        return std::string("it has a '%' in the ") + where + " that is not followed by two hex digits (write %25 for '%')";
      i += 2;
      continue;
    }
    if (isUnreserved(c) || isSubDelim(c) || extra.find(c) != std::string_view::npos) continue;
    return "it contains " + describeForbidden(s, i) + " in the " + where;
  }
  return "";
}

bool isIpv4(std::string_view s) {
  int parts = 0;
  while (true) {
    std::size_t dot = s.find('.');
    std::string_view part = s.substr(0, dot);
    if (part.empty() || part.size() > 3 || (part.size() > 1 && part[0] == '0')) return false;
    int value = 0;
    for (char c : part) {
      if (!isDigit(c)) return false;
      value = value * 10 + (c - '0');
    }
    if (value > 255) return false;
    ++parts;
    if (dot == std::string_view::npos) break;
    s = s.substr(dot + 1);
  }
  return parts == 4;
}

// Letters, digits and '-', and the bytes of non-ASCII letters (internationalised domain names).
bool isHostLabelChar(char c) { return isAlpha(c) || isDigit(c) || c == '-' || static_cast<unsigned char>(c) >= 0x80; }

bool isHostName(std::string_view h) {
  if (h.empty() || h.size() > 253) return false;
  while (true) {
    std::size_t dot = h.find('.');
    std::string_view label = h.substr(0, dot);
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
    for (char c : label)
      if (!isHostLabelChar(c)) return false;
    if (dot == std::string_view::npos) return true;
    h = h.substr(dot + 1);
  }
}

}  // namespace

bool isIpv6(std::string_view s) {
  int groups = 0;
  bool compressed = false;
  if (s.substr(0, 2) == "::") {
    compressed = true;
    s = s.substr(2);
    if (s.empty()) return true;
  }
  while (true) {
    std::size_t colon = s.find(':');
    std::string_view part = s.substr(0, colon);
    if (colon == std::string_view::npos && part.find('.') != std::string_view::npos) {
      if (!isIpv4(part)) return false;
      groups += 2;
      break;
    }
    if (part.empty() || part.size() > 4) return false;
    for (char c : part)
      if (!isHex(c)) return false;
    ++groups;
    if (colon == std::string_view::npos) break;
    s = s.substr(colon + 1);
    if (!s.empty() && s[0] == ':') {
      if (compressed) return false;
      compressed = true;
      s = s.substr(1);
      if (s.empty()) break;
    } else if (s.empty()) {
      return false;
    }
  }
  return compressed ? groups < 8 : groups == 8;
}

bool isEmailAddress(std::string_view s) {
  std::size_t at = s.rfind('@');
  if (at == std::string_view::npos || at == 0 || at + 1 >= s.size()) return false;
  std::string_view local = s.substr(0, at), domain = s.substr(at + 1);
  if (local.size() > 64) return false;
  if (local.front() == '"') {  // quoted-string: printable ASCII, with \ and \" escaped
    if (local.size() < 2 || local.back() != '"') return false;
    for (std::size_t i = 1; i + 1 < local.size(); ++i) {
      char c = local[i];
      if (c == '\\') {
        if (++i + 1 >= local.size()) return false;
      } else if (c == '"' || static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7E) {
        return false;
      }
    }
  } else {  // dot-atom: atext runs separated by single dots
    if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos) return false;
    for (char c : local)
      if (!(isAlpha(c) || isDigit(c) || c == '.' || std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos))
        return false;
  }
  if (domain.front() == '[') {
    if (domain.back() != ']') return false;
    std::string_view literal = domain.substr(1, domain.size() - 2);
    if (literal.substr(0, 5) == "IPv6:") return isIpv6(literal.substr(5));
    return isIpv4(literal);
  }
  // Stricter than RFC 5321 on purpose: a resident's address has a top-level domain of two letters or more.
  std::size_t dot = domain.rfind('.');
  return isHostName(domain) && dot != std::string_view::npos && domain.size() - dot - 1 >= 2;
}

std::string uriProblem(std::string_view s) {
  if (s.empty()) return "it is empty";
  // scheme
  std::size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon == 0 || !isAlpha(s[0]))
    return "it does not start with a scheme such as https:";
  for (std::size_t i = 1; i < colon; ++i)
    if (!(isAlpha(s[i]) || isDigit(s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.'))
      return "it does not start with a scheme such as https: (" + describeForbidden(s, i) + " before the ':')";
  std::string_view rest = s.substr(colon + 1);
  std::string_view fragment, query;
  if (std::size_t hash = rest.find('#'); hash != std::string_view::npos) {
    fragment = rest.substr(hash + 1);
    rest = rest.substr(0, hash);
    if (std::string p = checkChars(fragment, ":@/?", "fragment"); !p.empty()) return p;
  }
  if (std::size_t q = rest.find('?'); q != std::string_view::npos) {
    query = rest.substr(q + 1);
    rest = rest.substr(0, q);
    if (std::string p = checkChars(query, ":@/?", "query"); !p.empty()) return p;
  }
  std::string_view path = rest;
  if (rest.substr(0, 2) == "//") {
    std::string_view authority = rest.substr(2);
    std::size_t slash = authority.find('/');
    path = slash == std::string_view::npos ? std::string_view() : authority.substr(slash);
    authority = authority.substr(0, slash);
    std::string_view host = authority;
    if (std::size_t at = host.rfind('@'); at != std::string_view::npos) {
      if (std::string p = checkChars(host.substr(0, at), ":", "user part"); !p.empty()) return p;
      host = host.substr(at + 1);
    }
    if (!host.empty() && host.front() == '[') {  // IP-literal: [IPv6] or [vX.future]
      std::size_t close = host.find(']');
      if (close == std::string_view::npos) return "it has a '[' in the host without a closing ']'";
      std::string_view literal = host.substr(1, close - 1);
      bool future = !literal.empty() && (literal[0] == 'v' || literal[0] == 'V');  // RFC 3986 IPvFuture
      if (!future && !isIpv6(literal)) return "it has an IP address in brackets that is not one";
      host = host.substr(close + 1);
      if (!host.empty() && host.front() != ':') return "it has text after the ']' of the host";
      if (!host.empty()) host = host.substr(1);
      for (char c : host)
        if (!isDigit(c)) return "its port is not a number";
    } else {
      if (std::size_t portColon = host.rfind(':'); portColon != std::string_view::npos) {
        for (char c : host.substr(portColon + 1))
          if (!isDigit(c)) return "its port is not a number";
        host = host.substr(0, portColon);
      }
      if (std::string p = checkChars(host, "", "host"); !p.empty()) return p;
    }
  } else if (rest.empty() && query.empty()) {
    return "it has nothing after the scheme";
  }
  return checkChars(path, ":@/", "path");
}

std::string webAddressProblem(std::string_view s) {
  auto startsWithNoCase = [&](std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
      if ((s[i] | 0x20) != prefix[i]) return false;
    return true;
  };
  for (char c : s)
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F) return "it must not contain spaces";
  std::size_t schemeLength = startsWithNoCase("https://") ? 8 : startsWithNoCase("http://") ? 7 : 0;
  if (schemeLength == 0) return "it must start with https:// or http://";
  if (std::string p = uriProblem(s); !p.empty()) return p;
  std::string_view host = s.substr(schemeLength);
  host = host.substr(0, host.find_first_of("/?#"));
  if (std::size_t at = host.rfind('@'); at != std::string_view::npos) host = host.substr(at + 1);
  if (!host.empty() && host.front() != '[') host = host.substr(0, host.rfind(':'));
  if (host.empty() || host.front() == '.' || host.back() == '.' || host.find("..") != std::string_view::npos)
    return "a host name such as www.haarlem.nl must follow " + std::string(s.substr(0, schemeLength));
  return "";
}

}  // namespace ekw

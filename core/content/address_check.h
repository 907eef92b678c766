// Address checks for content. URIs: RFC 3986 (an absolute URI: scheme ":" hier-part ["?" query] ["#" fragment]) and, on top,
// a web address for residents (http or https with a host). The messages are for editors: they name what is wrong
// and where, e.g. a space, a quote, an angle bracket, a bidirectional control character such as U+202E (which can
// make an address look like another), or a '%' that does not start a two-digit hex escape.
#pragma once

#include <string>
#include <string_view>

namespace ekw {

// "" when `s` is an absolute URI by RFC 3986; otherwise why not, starting with a lower-case word ("it contains ...").
std::string uriProblem(std::string_view s);

// "" when `s` is an RFC 3986 URI with the scheme http or https and a host name; otherwise why not.
std::string webAddressProblem(std::string_view s);

// Whether `s` is an IPv6 address (RFC 4291 text form, with an embedded IPv4 address allowed at the end).
bool isIpv6(std::string_view s);

// Whether `s` is an e-mail address by RFC 5321: a dot-atom or quoted local part, '@', and a host name or an
// address literal ([192.0.2.1], [IPv6:...]).
bool isEmailAddress(std::string_view s);

}  // namespace ekw

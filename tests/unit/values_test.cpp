#include "core/content/value_checks.h"

#include <gtest/gtest.h>

namespace ekw::values {
namespace {

TEST(Values, BsnElfproef) {
  EXPECT_EQ(bsn("999993653"), "999993653");
  EXPECT_EQ(bsn("9999 93 653"), "999993653");
  EXPECT_EQ(bsn("11122333"), std::nullopt);
  EXPECT_EQ(bsn("999993654"), std::nullopt);
  EXPECT_EQ(bsn("123"), std::nullopt);
  EXPECT_EQ(bsn("000000000"), std::nullopt);
}

TEST(Values, Iban) {
  EXPECT_EQ(iban("NL91 ABNA 0417 1643 00"), "NL91ABNA0417164300");
  EXPECT_EQ(iban("nl91abna0417164300"), "NL91ABNA0417164300");
  EXPECT_EQ(iban("NL91ABNA0417164301"), std::nullopt);
  EXPECT_EQ(iban("DE89370400440532013000"), "DE89370400440532013000");
  EXPECT_EQ(iban("NL91"), std::nullopt);
}

TEST(Values, Postcode) {
  EXPECT_EQ(postcode("2011 ab"), "2011AB");
  EXPECT_EQ(postcode(" 2011AB "), "2011AB");
  EXPECT_EQ(postcode("0123 AB"), std::nullopt);
  EXPECT_EQ(postcode("2011 SS"), std::nullopt);
  EXPECT_EQ(postcode("2011"), std::nullopt);
}

TEST(Values, Dates) {
  EXPECT_EQ(date("21-03-1960"), "1960-03-21");
  EXPECT_EQ(date("1960-03-21"), "1960-03-21");
  EXPECT_EQ(date("1/2/2000"), "2000-02-01");
  bool unreal = false;
  EXPECT_EQ(date("30-02-2020", &unreal), std::nullopt);
  EXPECT_TRUE(unreal);
  EXPECT_EQ(date("29-02-2024"), "2024-02-29");
  EXPECT_EQ(date("gisteren", &unreal), std::nullopt);
  EXPECT_FALSE(unreal);
  EXPECT_EQ(yearsBetween("1960-03-21", "2026-03-20"), 65);
  EXPECT_EQ(yearsBetween("1960-03-21", "2026-03-21"), 66);
}

TEST(Values, PhoneAndEmail) {
  EXPECT_EQ(phone("023 123 4567"), "0231234567");
  EXPECT_EQ(phone("+31 6 12345678"), "0612345678");
  EXPECT_EQ(phone("12345"), std::nullopt);
  EXPECT_EQ(email("naam@voorbeeld.nl"), "naam@voorbeeld.nl");
  EXPECT_EQ(email("naam@voorbeeld"), std::nullopt);
  EXPECT_EQ(email("na am@voorbeeld.nl"), std::nullopt);
}

TEST(Values, NumbersAcceptTheDutchComma) {
  EXPECT_EQ(number(nlohmann::json("12,5")), 12.5);
  EXPECT_EQ(number(nlohmann::json(3)), 3.0);
  EXPECT_EQ(number(nlohmann::json("0x10")), std::nullopt);
  EXPECT_EQ(number(nlohmann::json("inf")), std::nullopt);
  EXPECT_EQ(number(nlohmann::json("")), std::nullopt);
}

}  // namespace
}  // namespace ekw::values

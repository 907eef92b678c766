#include "synthetic_content.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/loader.h"

namespace ekw::bench {

namespace {

using ojson = nlohmann::ordered_json;  // keeps "id" first, as editors write files

// splitmix64: the same numbers on every platform and standard library (std:: distributions are not portable).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
  bool chance(int percent) { return below(100) < percent; }
  template <typename T>
  const T& pick(const std::vector<T>& v) { return v[static_cast<std::size_t>(below(static_cast<int>(v.size())))]; }

 private:
  std::uint64_t state_;
};

constexpr const char* kSource = "004_00af76f989d3dde3.txt:4262-4263";

std::string padded(int n, int width) {
  std::string s = std::to_string(n);
  return s.size() < static_cast<std::size_t>(width) ? std::string(static_cast<std::size_t>(width) - s.size(), '0') + s : s;
}

ojson text(const std::string& nl, const std::string& en) { return ojson{{"nl", nl}, {"en", en}}; }
ojson var(const std::string& path) { return ojson{{"var", path}}; }
ojson sources() { return ojson::array({kSource}); }

struct LgName {
  const char* id;  // used for the zrmDomain and keywords only: ids are lg-NN
  const char* nl;
  const char* en;
  const char* keyword;
};
const std::vector<LgName>& lgNames() {
  static const std::vector<LgName> names = {
      {"financien", "Geld en schulden", "Money and debts", "schuld"},
      {"werk", "Werk en opleiding", "Work and education", "werk"},
      {"huisvesting", "Wonen", "Housing", "woning"},
      {"huishouden", "Huishouden", "Household", "schoonmaak"},
      {"lichamelijke gezondheid", "Lichamelijke gezondheid", "Physical health", "ziek"},
      {"geestelijke gezondheid", "Geestelijke gezondheid", "Mental health", "somber"},
      {"sociaal netwerk", "Sociaal netwerk", "Social network", "eenzaam"},
      {"opvoeden", "Opvoeden en opgroeien", "Parenting", "kind"},
      {"dagbesteding", "Dagbesteding", "Daytime activities", "dag"},
      {"mobiliteit", "Vervoer", "Transport", "vervoer"},
      {"mantelzorg", "Mantelzorg", "Informal care", "zorgen"},
      {"huiselijke relaties", "Veiligheid thuis", "Safety at home", "veilig"},
      {"verslaving", "Verslaving", "Addiction", "drank"},
      {"taal", "Taal en lezen", "Language and reading", "lezen"},
      {"administratie", "Post en papieren", "Paperwork", "post"},
      {"zingeving", "Zingeving", "Meaning in life", "zin"},
      {"justitie", "Justitie", "Justice", "politie"},
      {"voeding", "Eten en drinken", "Food", "eten"},
      {"digitaal", "Digitale vaardigheden", "Digital skills", "computer"},
      {"zelfzorg", "Zelfzorg", "Self-care", "wassen"},
  };
  return names;
}

const std::vector<std::string>& nouns() {
  static const std::vector<std::string> v = {
      "hulp", "maatje", "cursus", "spreekuur", "inloop", "advies", "begeleiding", "ondersteuning", "training",
      "groep", "activiteit", "vervoer", "maaltijd", "klusdienst", "coaching", "budget", "administratie",
      "ontmoeting", "huiswerk", "bezoek", "opvang", "informatie", "taalles", "beweging", "wandelgroep"};
  return v;
}
const std::vector<std::string>& qualifiers() {
  static const std::vector<std::string> v = {
      "thuis", "in de wijk", "voor ouderen", "voor jongeren", "samen", "digitaal", "op afspraak",
      "met een vrijwilliger", "voor gezinnen", "in de buurt", "voor mantelzorgers", "op locatie"};
  return v;
}
const std::vector<std::string>& orgKinds() {
  static const std::vector<std::string> v = {"Stichting", "Vereniging", "Wijkcentrum", "Buurthuis", "Steunpunt",
                                             "Vrijwilligerscentrale", "Welzijnsorganisatie", "Zorggroep"};
  return v;
}
const std::vector<std::string>& targetGroupIds() {
  static const std::vector<std::string> v = {"ouderen", "jongeren", "mantelzorgers", "gezinnen", "statushouders"};
  return v;
}

constexpr int kWijken = 24;
std::string wijkId(int w) { return "wijk-" + padded(w + 1, 2); }

std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

class Generator {
 public:
  Generator(int levensgebieden, int questionsPerTree, int services)
      : L_(levensgebieden), Q_(questionsPerTree), S_(services), rng_(0x454b57u ^ (static_cast<std::uint64_t>(levensgebieden) << 40) ^
                                                                      (static_cast<std::uint64_t>(questionsPerTree) << 20) ^
                                                                      static_cast<std::uint64_t>(services)) {
    if (L_ < 1 || Q_ < 5 || S_ < 1)
      throw std::invalid_argument("syntheticContent: needs at least 1 levensgebied, 5 questions per tree and 1 service");
  }

  std::map<std::string, std::string> run() {
    socialeKaart();  // first: advice names services
    manifest();
    levensgebieden();
    for (int i = 0; i < L_; ++i) {
      tree(i);
      advice(i);
      form(i);
    }
    meldingForm();
    buuv();
    texts();
    return std::move(files_);
  }

 private:
  int L_, Q_, S_;
  Rng rng_;
  std::map<std::string, std::string> files_;
  std::vector<std::string> treeFiles_, adviceFiles_, kaartFiles_, formFiles_;
  // Per levensgebied: algemene voorzieningen (rung 4), maatwerk (rung 7) and any services, by id, in order.
  std::vector<std::vector<std::string>> algemeen_, maatwerk_, any_;

  void put(const std::string& path, const ojson& doc) { files_[path] = doc.dump(2) + "\n"; }

  std::string lg(int i) const { return "lg-" + padded(i + 1, 2); }
  LgName lgName(int i) const {
    const auto& names = lgNames();
    if (static_cast<std::size_t>(i) < names.size()) return names[static_cast<std::size_t>(i)];
    return {"", nullptr, nullptr, nullptr};
  }
  std::string lgNl(int i) const { return lgName(i).nl ? lgName(i).nl : "Levensgebied " + std::to_string(i + 1); }
  std::string lgEn(int i) const { return lgName(i).en ? lgName(i).en : "Life domain " + std::to_string(i + 1); }
  std::string node(int i, int j) const { return lg(i) + "-q" + padded(j, 3); }
  std::string outcome(int i, int level) const { return lg(i) + "-uit-" + std::to_string(level); }
  std::string signal(int i) const { return lg(i) + "-signaal"; }

  // --- manifest, levensgebieden --------------------------------------------------------------------------------

  void manifest() {
    ojson wijken = ojson::array();
    for (int w = 0; w < kWijken; ++w)
      wijken.push_back({{"id", wijkId(w)}, {"name", text("Wijk " + std::to_string(w + 1), "District " + std::to_string(w + 1))}});
    ojson groups = ojson::array();
    for (const std::string& g : targetGroupIds()) groups.push_back({{"id", g}, {"name", text(capitalised(g), g)}});
    for (int i = 0; i < L_; ++i) {
      treeFiles_.push_back("trees/" + lg(i) + ".json");
      adviceFiles_.push_back("advice/" + lg(i) + ".json");
      formFiles_.push_back("forms/aanvraag-" + lg(i) + ".json");
    }
    formFiles_.push_back("forms/melding-wmo.json");
    put("manifest.json",
        ojson{{"format", "ekw-content/1"},
              {"id", "synthetisch"},
              {"name", text("Synthetische gemeente", "Synthetic municipality")},
              {"version", "1.0.0-" + std::to_string(L_) + "x" + std::to_string(Q_) + "-" + std::to_string(S_)},
              {"languages", {"nl", "en"}},
              {"wijken", wijken},
              {"targetGroups", groups},
              {"levensgebieden", "levensgebieden.json"},
              {"trees", treeFiles_},
              {"advice", adviceFiles_},
              {"socialeKaart", kaartFiles_},
              {"buuv", {"buuv/sjablonen.json"}},
              {"forms", formFiles_},
              {"texts", {"texts/ui.json"}}});
  }

  void levensgebieden() {
    ojson list = ojson::array();
    for (int i = 0; i < L_; ++i) {
      LgName n = lgName(i);
      ojson keywords = n.keyword ? ojson{{"nl", {n.keyword, "hulp bij " + lgNl(i)}}, {"en", {lgEn(i)}}}
                                 : ojson{{"nl", {"onderwerp" + std::to_string(i + 1)}}};
      list.push_back({{"id", lg(i)},
                      {"name", text(lgNl(i), lgEn(i))},
                      {"description", text("Alles over " + lgNl(i) + ".", "All about " + lgEn(i) + ".")},
                      {"zrmDomain", n.id ? n.id : ""},
                      {"tree", lg(i)},
                      {"keywords", keywords},
                      {"sources", sources()}});
    }
    put("levensgebieden.json", ojson{{"levensgebieden", list}});
  }

  // --- trees ---------------------------------------------------------------------------------------------------

  // A tree of Q_ questions. Every edge goes forward (to j+1, j+2 or j+3, clamped to the last question), so the
  // tree is acyclic, every question is reachable (each has an edge to j+1) and every path ends at the last
  // question, a single choice whose five options lead to the five outcomes.
  void tree(int i) {
    ojson nodes = ojson::array();
    for (int j = 0; j < Q_; ++j) {
      auto to = [&](int k) { return node(i, std::min(j + k, Q_ - 1)); };
      std::string id = node(i, j);
      std::string nr = std::to_string(j + 1);
      ojson n{{"id", id}};
      if (j == Q_ - 1) {
        n["type"] = "single";
        n["text"] = text("Hoe gaat het nu met " + lgNl(i) + "?", "How are things with " + lgEn(i) + "?");
        n["why"] = text("Zo weten we welke hulp past.", "So we know which help fits.");
        n["allowUnknown"] = true;
        static const char* kLabels[] = {"Het gaat helemaal niet", "Het gaat slecht", "Het gaat matig", "Het gaat goed",
                                        "Het gaat heel goed"};
        ojson options = ojson::array();
        for (int level = 1; level <= 5; ++level)
          options.push_back({{"id", "o" + std::to_string(level)},
                             {"label", text(kLabels[level - 1], "Level " + std::to_string(level))},
                             {"next", outcome(i, level)}});
        n["options"] = options;
        n["next"] = ojson::array({ojson{{"when", {{"==", {var("facts." + signal(i)), true}}}}, {"goto", outcome(i, 2)}},
                                  ojson{{"goto", outcome(i, 4)}}});
        nodes.push_back(n);
        continue;
      }
      switch (j % 5) {
        case 0:  // single choice; option "b" skips a question
          n["type"] = "single";
          n["text"] = text("Vraag " + nr + ": hoe regelt u dit nu?", "Question " + nr + ": how do you manage this now?");
          if (j % 10 == 0) n["why"] = text("We kijken eerst wat u zelf al doet.", "We first look at what you already do.");
          n["options"] = ojson::array({ojson{{"id", "a"}, {"label", text("Ik doe het zelf", "I do it myself")}},
                                       ojson{{"id", "b"}, {"label", text("Iemand helpt mij", "Someone helps me")}, {"next", to(2)}},
                                       ojson{{"id", "c"}, {"label", text("Het lukt niet", "It does not work")}}});
          n["next"] = to(1);
          break;
        case 1:  // multiple choice with an exclusive option; a rule branch on the answer itself
          n["type"] = "multiple";
          n["text"] = text("Vraag " + nr + ": wie kan u helpen?", "Question " + nr + ": who can help you?");
          n["hint"] = text("Kies alles wat past.", "Choose all that apply.");
          n["options"] = ojson::array({ojson{{"id", "familie"}, {"label", text("Familie", "Family")}},
                                       ojson{{"id", "buren"}, {"label", text("Buren", "Neighbours")}},
                                       ojson{{"id", "vrienden"}, {"label", text("Vrienden", "Friends")}},
                                       ojson{{"id", "geen"}, {"label", text("Niemand", "Nobody")}, {"exclusive", true}}});
          n["next"] = ojson::array({ojson{{"when", {{"in", {"geen", var("answers." + id)}}}}, {"goto", to(2)}},
                                    ojson{{"goto", to(1)}}});
          break;
        case 2: {  // yes/no with per-option next and facts; the first one sets the levensgebied's safety signal
          n["type"] = "yesno";
          n["text"] = text("Vraag " + nr + ": maakt u zich hier zorgen over?", "Question " + nr + ": are you worried about this?");
          n["allowUnknown"] = true;
          std::string fact = j == 2 ? signal(i) : id + "-ja";
          n["options"] = ojson::array({ojson{{"id", "ja"}, {"next", to(1)}, {"facts", {{fact, true}}}},
                                       ojson{{"id", "nee"}, {"next", to(3)}}});
          n["next"] = to(1);
          break;
        }
        case 3:  // number with rule branches over this answer and an earlier one
          n["type"] = "number";
          n["text"] = text("Vraag " + nr + ": hoeveel uur per week kost dit u?", "Question " + nr + ": how many hours a week does this take?");
          n["min"] = 0;
          n["max"] = 100;
          n["integer"] = true;
          n["unit"] = text("uur", "hours");
          n["allowUnknown"] = true;
          n["next"] = ojson::array(
              {ojson{{"when", {{">", {var("answers." + id), 60}}}}, {"goto", to(2)}},
               ojson{{"when", {{"and", {ojson{{"<", {var("answers." + id), 10}}}, ojson{{"==", {var("answers." + node(i, j - 3)), "a"}}}}}}},
                     {"goto", to(3)}},
               ojson{{"goto", to(1)}}});
          break;
        default:  // 4: postcode or optional text; a rule branch on the safety signal
          if (j % 10 == 4) {
            n["type"] = "postcode";
            n["text"] = text("Vraag " + nr + ": wat is uw postcode?", "Question " + nr + ": what is your postcode?");
            n["optional"] = true;
          } else {
            n["type"] = "text";
            n["text"] = text("Vraag " + nr + ": wilt u er iets over vertellen?", "Question " + nr + ": would you like to tell us more?");
            n["maxLength"] = 400;
            n["optional"] = true;
          }
          n["next"] = ojson::array({ojson{{"when", {{"==", {var("facts." + signal(i)), true}}}}, {"goto", to(1)}},
                                    ojson{{"goto", to(2)}}});
          break;
      }
      if (j % 7 == 0) n["sources"] = sources();
      nodes.push_back(n);
    }
    static const char* kOutcomeNl[] = {"Er is direct hulp nodig.", "U heeft veel hulp nodig.", "U redt het net.",
                                       "U redt het met wat hulp.", "U redt het goed zelf."};
    for (int level = 1; level <= 5; ++level) {
      ojson facts{{lg(i) + "-niveau", level}};
      if (level == 1) facts[signal(i)] = true;
      std::vector<std::string> named = {lg(i) + "-zelf"};
      if (level <= 3) named.insert(named.end(), {lg(i) + "-voorziening", lg(i) + "-loket"});
      if (level <= 2) named.insert(named.end(), {lg(i) + "-wijkteam", lg(i) + "-maatwerk"});
      if (level == 1) named.push_back(lg(i) + "-direct");
      nodes.push_back({{"id", outcome(i, level)},
                       {"type", "outcome"},
                       {"level", level},
                       {"text", text(kOutcomeNl[level - 1], "Level " + std::to_string(level) + ".")},
                       {"facts", facts},
                       {"advice", named}});
    }
    put(treeFiles_[static_cast<std::size_t>(i)],
        ojson{{"id", lg(i)}, {"levensgebied", lg(i)}, {"start", node(i, 0)}, {"nodes", nodes}});
  }

  // --- advice: every rung, with `when` rules over answers, facts, profile and context --------------------------

  static std::vector<std::string> firstOf(const std::vector<std::string>& v, std::size_t n) {
    return {v.begin(), v.begin() + static_cast<std::ptrdiff_t>(std::min(n, v.size()))};
  }

  void advice(int i) {
    std::string L = lg(i), nl = lgNl(i);
    auto item = [&](const std::string& id, int rung, const std::string& title, const std::string& body) {
      return ojson{{"id", id}, {"levensgebied", L}, {"rung", rung}, {"title", text(title, "Advice " + id)},
                   {"text", text(body, "About " + lgEn(i) + ".")}};
    };
    ojson list = ojson::array();
    auto withServices = [](ojson a, const std::vector<std::string>& ids) {
      if (!ids.empty()) a["services"] = ids;
      return a;
    };
    {
      ojson a = withServices(item(L + "-direct", 0, "Bel nu voor hulp", "Is het niet veilig? Bel direct."), firstOf(any_[static_cast<std::size_t>(i)], 2));
      a["when"] = {{"==", {var("facts." + signal(i)), true}}};
      a["steps"] = ojson::array({text("Bel 112 bij direct gevaar.", "Call 112 in an emergency."), text("Bel Veilig Thuis.", "Call Veilig Thuis.")});
      list.push_back(a);
    }
    {
      ojson a = item(L + "-zelf", 1, "Wat u zelf kunt doen", "Veel kunt u zelf regelen. Begin met een overzicht.");
      a["steps"] = ojson::array({text("Schrijf op wat er speelt.", "Write down what is going on."),
                                 text("Kies wat u eerst aanpakt.", "Choose what to tackle first."),
                                 text("Vraag iemand mee te kijken.", "Ask someone to look with you.")});
      list.push_back(a);
    }
    {
      ojson a = item(L + "-zelf-extra", 1, "Houd het vol", "U doet al veel zelf. Zo houdt u het vol.");
      a["when"] = {{"==", {var("answers." + node(i, 0)), "a"}}};
      list.push_back(a);
    }
    {
      ojson a = item(L + "-netwerk", 2, "Vraag iemand die u kent", "Familie, buren of vrienden kunnen helpen.");
      a["when"] = {{"!", {{"in", {"geen", var("answers." + node(i, 1))}}}}};
      list.push_back(a);
    }
    {
      ojson a = item(L + "-buuv", 3, "Vraag hulp in de buurt", "Op BUUV helpen buren elkaar.");
      a["when"] = {{"!=", {var("answers." + node(i, 0)), "c"}}};
      a["buuv"] = {"buuv-" + L};
      list.push_back(a);
    }
    {
      ojson a = withServices(item(L + "-voorziening", 4, "Hulp in de wijk", "Deze voorzieningen zijn vrij toegankelijk."),
                             firstOf(algemeen_[static_cast<std::size_t>(i)], 5));
      a["serviceFilter"] = {{"levensgebied", L}, {"rung", 4}, {"level", "algemeen"}};
      list.push_back(a);
    }
    {
      ojson a = withServices(item(L + "-cursus", 4, "Doe mee aan een cursus", "Leer met anderen hoe het makkelijker gaat."),
                             firstOf(algemeen_[static_cast<std::size_t>(i)], 3));
      a["when"] = {{">=", {var("answers." + node(i, 3)), 30}}};
      list.push_back(a);
    }
    list.push_back(item(L + "-loket", 5, "Vraag advies aan het loket", "Het loket geeft informatie en advies over " + nl + "."));
    {
      ojson a = item(L + "-iad", 5, "Informatie en advies", "Een consulent denkt met u mee.");
      a["when"] = {{"or", {ojson{{">=", {var("context.age"), 65}}}, ojson{{"<", {var("answers." + node(i, 3)), 20}}}}}};
      list.push_back(a);
    }
    {
      ojson a = item(L + "-wijkteam", 6, "Het sociaal wijkteam", "Het wijkteam helpt bij meer problemen tegelijk.");
      a["when"] = {{"<=", {var("profile." + L), 2}}};
      a["form"] = "melding-wmo";
      list.push_back(a);
    }
    {
      ojson a = withServices(item(L + "-maatwerk", 7, "Vraag een voorziening aan", "Vul de aanvraag in. Wij hebben al wat ingevuld."),
                             firstOf(maatwerk_[static_cast<std::size_t>(i)], 3));
      a["when"] = {{"and", {ojson{{"<=", {var("profile." + L), 2}}}, ojson{{"!=", {var("facts." + L + "-niveau"), 5}}}}}};
      a["form"] = "aanvraag-" + L;
      list.push_back(a);
    }
    for (ojson& a : list) a["sources"] = sources();
    put(adviceFiles_[static_cast<std::size_t>(i)], ojson{{"advice", list}});
  }

  // --- sociale kaart -------------------------------------------------------------------------------------------

  void socialeKaart() {
    algemeen_.assign(static_cast<std::size_t>(L_), {});
    maatwerk_.assign(static_cast<std::size_t>(L_), {});
    any_.assign(static_cast<std::size_t>(L_), {});
    int orgCount = std::max(1, (S_ + 9) / 10);
    ojson organizations = ojson::array(), locations = ojson::array();
    std::vector<std::vector<std::string>> orgLocations(static_cast<std::size_t>(orgCount));
    std::vector<std::string> orgNames(static_cast<std::size_t>(orgCount));
    for (int o = 0; o < orgCount; ++o) {
      std::string id = "org-" + padded(o + 1, 4);
      std::string name = rng_.pick(orgKinds()) + " " + capitalised(rng_.pick(nouns())) + " " + std::to_string(o + 1);
      orgNames[static_cast<std::size_t>(o)] = name;
      ojson org{{"id", id}, {"name", name}, {"website", "https://" + id + ".example.nl"}};
      if (rng_.chance(50)) org["phones"] = ojson::array({ojson{{"number", "023-5" + padded(rng_.below(1000000), 6)}}});
      org["lastVerified"] = "2026-" + padded(1 + rng_.below(10), 2) + "-" + padded(1 + rng_.below(28), 2);
      org["sources"] = sources();
      organizations.push_back(org);
      int count = 1 + rng_.below(2);
      for (int k = 0; k < count; ++k) {
        std::string lid = "loc-" + padded(o + 1, 4) + "-" + std::to_string(k + 1);
        orgLocations[static_cast<std::size_t>(o)].push_back(lid);
        ojson loc{{"id", lid}, {"organization", id}, {"name", name + " locatie " + std::to_string(k + 1)},
                  {"wijk", wijkId(rng_.below(kWijken))},
                  {"address", {{"street", "Straat " + std::to_string(1 + rng_.below(200))},
                               {"postalCode", "20" + padded(rng_.below(100), 2) + " " + std::string(1, static_cast<char>('A' + rng_.below(26))) +
                                                  std::string(1, static_cast<char>('A' + rng_.below(26)))},
                               {"city", "Haarlem"}}}};
        if (rng_.chance(50)) loc["openingHours"] = text("Maandag tot vrijdag 9.00 tot 17.00 uur", "Monday to Friday 9:00 to 17:00");
        loc["sources"] = sources();
        locations.push_back(loc);
      }
    }
    ojson first{{"organizations", organizations}, {"locations", locations}};
    kaartFiles_.push_back("sociale-kaart/organisaties.json");
    put("sociale-kaart/organisaties.json", first);

    constexpr int kPerFile = 1000;
    ojson services = ojson::array(), atLocation = ojson::array();
    auto flush = [&]() {
      if (services.empty()) return;
      std::string path = "sociale-kaart/diensten-" + padded(static_cast<int>(kaartFiles_.size()), 2) + ".json";
      kaartFiles_.push_back(path);
      ojson doc{{"services", services}};
      if (!atLocation.empty()) doc["servicesAtLocation"] = atLocation;
      put(path, doc);
      services = ojson::array();
      atLocation = ojson::array();
    };
    for (int k = 0; k < S_; ++k) {
      std::string id = "dienst-" + padded(k + 1, 5);
      int orgIndex = std::min(k / 10, orgCount - 1);
      std::string org = "org-" + padded(orgIndex + 1, 4);
      int primary = k % L_;
      std::vector<std::string> lgs = {lg(primary)};
      if (L_ > 1 && rng_.chance(30)) lgs.push_back(lg((primary + 1 + rng_.below(L_ - 1)) % L_));
      int r = rng_.below(100);
      int rung = r < 10 ? 3 : r < 60 ? 4 : r < 72 ? 5 : r < 82 ? 6 : 7;
      bool maatwerk = rung == 7;
      const std::string& noun = rng_.pick(nouns());
      const std::string& qualifier = rng_.pick(qualifiers());
      std::string name = capitalised(noun) + " " + qualifier;
      std::string description = orgNames[static_cast<std::size_t>(orgIndex)] + " helpt bij " + lgNl(primary) + ": " +
                                rng_.pick(nouns()) + " en " + rng_.pick(nouns()) + ".";
      ojson s{{"id", id}, {"organization", org}};
      s["name"] = rng_.chance(50) ? text(name, capitalised(noun) + " (" + lgEn(primary) + ")") : ojson(name);
      s["description"] = description;
      if (rng_.chance(2)) s["status"] = "inactive";
      if (rng_.chance(60)) s["url"] = "https://" + org + ".example.nl/" + id;
      if (rng_.chance(20)) s["email"] = id + "@" + org + ".example.nl";
      if (rng_.chance(30)) s["phones"] = ojson::array({ojson{{"number", "023-5" + padded(rng_.below(1000000), 6)}}});
      s["levensgebieden"] = lgs;
      s["rung"] = rung;
      s["level"] = maatwerk ? "maatwerk" : "algemeen";
      s["indicatie"] = maatwerk;
      if (maatwerk && rng_.chance(50)) s["eigenBijdrage"] = text("U betaalt een eigen bijdrage.", "You pay a personal contribution.");
      if (rng_.chance(25)) s["targetGroups"] = {rng_.pick(targetGroupIds())};
      if (rng_.chance(20)) s["minAge"] = 18;
      else if (rng_.chance(8)) s["maxAge"] = 23;
      // Where: a third city-wide, a third in one or two wijken, a third at a location in a wijk.
      int where = rng_.below(3);
      if (where == 1) {
        std::vector<std::string> w = {wijkId(rng_.below(kWijken))};
        if (rng_.chance(50)) {
          std::string other = wijkId(rng_.below(kWijken));
          if (other != w[0]) w.push_back(other);
        }
        s["wijken"] = w;
      } else if (where == 2) {
        const std::string& loc = rng_.pick(orgLocations[static_cast<std::size_t>(orgIndex)]);
        atLocation.push_back({{"id", "sal-" + padded(k + 1, 5)}, {"service", id}, {"location", loc}});
      }
      if (rng_.chance(40)) s["keywords"] = {rng_.pick(nouns()), rng_.pick(qualifiers())};
      s["lastVerified"] = "2026-" + padded(1 + rng_.below(10), 2) + "-" + padded(1 + rng_.below(28), 2);
      s["sources"] = sources();
      services.push_back(s);
      if (!s.contains("status")) {
        any_[static_cast<std::size_t>(primary)].push_back(id);
        if (rung == 4) algemeen_[static_cast<std::size_t>(primary)].push_back(id);
        if (maatwerk) maatwerk_[static_cast<std::size_t>(primary)].push_back(id);
      }
      if (services.size() == kPerFile) flush();
    }
    flush();
  }

  // --- forms, BUUV, texts --------------------------------------------------------------------------------------

  void form(int i) {
    std::string L = lg(i);
    ojson persoon = ojson::array(
        {ojson{{"id", "bsn"}, {"type", "bsn"}, {"label", text("Burgerservicenummer", "Citizen service number")}, {"required", true},
               {"prefill", "person.burgerservicenummer"}},
         ojson{{"id", "voornamen"}, {"type", "text"}, {"label", text("Voornamen", "First names")}, {"prefill", "person.naam.voornamen"}},
         ojson{{"id", "achternaam"}, {"type", "text"}, {"label", text("Achternaam", "Surname")}, {"prefill", "person.naam.geslachtsnaam"}},
         ojson{{"id", "geboortedatum"}, {"type", "date"}, {"label", text("Geboortedatum", "Date of birth")}, {"prefill", "person.geboorte.datum"}},
         ojson{{"id", "postcode"}, {"type", "postcode"}, {"label", text("Postcode", "Postcode")}, {"prefill", "answers." + node(i, 4)}},
         ojson{{"id", "telefoon"}, {"type", "phone"}, {"label", text("Telefoonnummer", "Phone number")}},
         ojson{{"id", "email"}, {"type", "email"}, {"label", text("E-mailadres", "Email address")}},
         ojson{{"id", "iban"}, {"type", "iban"}, {"label", text("IBAN", "IBAN")}}});
    ojson situatie = ojson::array(
        {ojson{{"id", "uren"}, {"type", "number"}, {"label", text("Uren per week", "Hours a week")}, {"min", 0}, {"max", 100},
               {"prefill", "answers." + node(i, 3)}},
         ojson{{"id", "niveau"}, {"type", "number"}, {"label", text("Zelfredzaamheid", "Self-sufficiency")}, {"prefill", "profile." + L}},
         ojson{{"id", "samenvatting"}, {"type", "textarea"}, {"label", text("Uw situatie", "Your situation")}, {"prefill", "summary." + L}},
         ojson{{"id", "alles"}, {"type", "textarea"}, {"label", text("Wat u ons vertelde", "What you told us")}, {"prefill", "summary"}},
         ojson{{"id", "zorgen"}, {"type", "yesno"}, {"label", text("Zorgen over veiligheid", "Safety concerns")},
               {"prefill", {{"logic", {{"==", {var("facts." + signal(i)), true}}}}}}},
         ojson{{"id", "wijk"}, {"type", "text"}, {"label", text("Wijk", "District")}, {"prefill", "context.wijk"}},
         ojson{{"id", "vorm"}, {"type", "choice"}, {"label", text("Hoe wilt u hulp?", "How would you like help?")},
               {"options", ojson::array({ojson{{"id", "thuis"}, {"label", text("Thuis", "At home")}},
                                         ojson{{"id", "locatie"}, {"label", text("Op een locatie", "At a location")}}})}},
         ojson{{"id", "akkoord"}, {"type", "consent"}, {"label", text("Ik ga akkoord", "I agree")}, {"required", true}}});
    put(formFiles_[static_cast<std::size_t>(i)],
        ojson{{"id", "aanvraag-" + L},
              {"kind", "aanvraag"},
              {"name", text("Aanvraag " + lgNl(i), "Application " + lgEn(i))},
              {"law", "Wmo 2015"},
              {"intro", text("Wij hebben al ingevuld wat u ons vertelde.", "We filled in what you told us.")},
              {"afterSubmit", text("Binnen zes weken hoort u van ons.", "You will hear from us within six weeks.")},
              {"consent", text("Ik geef toestemming om mijn gegevens te gebruiken voor deze aanvraag.", "I agree to the use of my details.")},
              {"sections", ojson::array({ojson{{"id", "persoon"}, {"title", text("Over u", "About you")}, {"fields", persoon}},
                                         ojson{{"id", "situatie"}, {"title", text("Uw situatie", "Your situation")}, {"fields", situatie}}})},
              {"sources", sources()}});
  }

  void meldingForm() {
    ojson fields = ojson::array(
        {ojson{{"id", "bsn"}, {"type", "bsn"}, {"label", text("Burgerservicenummer", "Citizen service number")}, {"prefill", "person.burgerservicenummer"}},
         ojson{{"id", "naam"}, {"type", "text"}, {"label", text("Naam", "Name")}, {"prefill", "person.naam.geslachtsnaam"}},
         ojson{{"id", "vraag"}, {"type", "textarea"}, {"label", text("Uw vraag", "Your question")}, {"prefill", "summary"}},
         ojson{{"id", "akkoord"}, {"type", "consent"}, {"label", text("Ik ga akkoord", "I agree")}, {"required", true}}});
    put("forms/melding-wmo.json",
        ojson{{"id", "melding-wmo"},
              {"kind", "melding"},
              {"name", text("Melding Wmo", "Wmo notification")},
              {"law", "Wmo 2015"},
              {"sections", ojson::array({ojson{{"id", "melding"}, {"title", text("Uw melding", "Your notification")}, {"fields", fields}}})},
              {"sources", sources()}});
  }

  void buuv() {
    ojson templates = ojson::array();
    for (int i = 0; i < L_; ++i)
      templates.push_back({{"id", "buuv-" + lg(i)},
                           {"kinds", {"vraag", "aanbod"}},
                           {"title", text("Hulp bij " + lgNl(i), "Help with " + lgEn(i))},
                           {"request", text("Hallo, ik ben {naam} uit {wijk}. Wie helpt mij een keer?", "Hello, I am {naam} from {wijk}. Who can help me once?")},
                           {"offer", text("Ik ben {naam} uit {wijk} en help graag.", "I am {naam} from {wijk} and like to help.")},
                           {"levensgebieden", {lg(i)}},
                           {"sources", sources()}});
    put("buuv/sjablonen.json", ojson{{"templates", templates}});
  }

  void texts() {
    put("texts/ui.json", ojson{{"texts", {{"app.title", text("Eigen Krachtwijzer", "Self-reliance guide")},
                                          {"button.next", text("Volgende", "Next")},
                                          {"button.back", text("Vorige", "Back")}}}});
  }
};

}  // namespace

std::map<std::string, std::string> syntheticContent(int levensgebieden, int questionsPerTree, int services) {
  return Generator(levensgebieden, questionsPerTree, services).run();
}

std::string bundleText(const std::map<std::string, std::string>& files) {
  ReadFile read = [&files](const std::string& path) -> std::optional<std::string> {
    auto it = files.find(path);
    if (it == files.end()) return std::nullopt;
    return it->second;
  };
  Diagnostics diagnostics;
  LoadedContent loaded = loadContent(read, diagnostics);
  if (!loaded.content || diagnostics.hasErrors()) {
    std::string message = "the synthetic content does not load:";
    for (const Diagnostic& d : diagnostics.items())
      if (d.severity == Severity::Error) message += "\n  " + formatDiagnostic(d);
    throw std::runtime_error(message);
  }
  return makeBundle(loaded).dump();
}

std::string syntheticBundle(int levensgebieden, int questionsPerTree, int services) {
  return bundleText(syntheticContent(levensgebieden, questionsPerTree, services));
}

void writeSyntheticContent(const std::string& directory, int levensgebieden, int questionsPerTree, int services) {
  namespace fs = std::filesystem;
  auto files = syntheticContent(levensgebieden, questionsPerTree, services);
  auto write = [](const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) throw std::runtime_error("cannot write " + path.string());
  };
  for (const auto& [path, text] : files) write(fs::path(directory) / path, text);
  write(fs::path(directory) / "content.json", bundleText(files));
}

namespace {

// EKW_WRITE_SYNTHETIC=DIR: write the largest synthetic content to DIR and exit before any benchmark runs. A global
// object, because ekw_bench links benchmark_main and so has no main of its own. It only uses core functions whose
// statics are function-local (the loader, the schema set, makeBundle), so it does not depend on the order in which
// other translation units are initialised.
struct WriteSyntheticOnRequest {
  WriteSyntheticOnRequest() {
    const char* directory = std::getenv("EKW_WRITE_SYNTHETIC");
    if (!directory || !*directory) return;
    try {
      writeSyntheticContent(directory, kLargeLevensgebieden, kLargeQuestionsPerTree, kLargeServices);
      std::printf("wrote synthetic content (%d levensgebieden x %d questions, %d services) to %s, bundle %s/content.json\n",
                  kLargeLevensgebieden, kLargeQuestionsPerTree, kLargeServices, directory, directory);
      std::fflush(stdout);
      std::exit(0);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "EKW_WRITE_SYNTHETIC: %s\n", e.what());
      std::exit(1);
    }
  }
};
const WriteSyntheticOnRequest writeSyntheticOnRequest;

}  // namespace

}  // namespace ekw::bench

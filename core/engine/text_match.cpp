#include "core/engine/text_match.h"

#include <algorithm>
#include <cstring>
#include <unordered_set>

#include "core/content/normalise.h"
#include "core/engine/stemmer.h"

namespace ekw {

namespace {

std::vector<std::string> words(const std::string& normalised) {
  std::vector<std::string> out;
  // Split by hand: std::istringstream would pull the iostream and locale machinery into the WebAssembly engine
  // (about 30 KB gzip). Normalised text has single-byte spaces only.
  std::string w;
  for (char c : normalised) {
    if (c == ' ') {
      if (!w.empty()) out.push_back(std::move(w));
      w.clear();
    } else {
      w += c;
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

using WordSet = std::unordered_set<std::string>;

// The glue of sentences, and everyday words one typing error away from a keyword ("staat" / "slaat", "slaap" /
// "slaan"): they match a keyword only when spelled exactly like it, never by prefix, stem or typo.
const WordSet& commonWords() {
  static const WordSet kWords = {
      // Dutch
      "aan", "al", "alle", "alles", "als", "bij", "dan", "dat", "de", "den", "der", "des", "die", "dit", "door", "een",
      "en", "er", "ga", "gaat", "gaan", "geen", "had", "heb", "hebben", "heeft", "hem", "het", "hier", "hij", "hoe",
      "haar", "hun", "ik", "in", "is", "ja", "je", "jij", "kan", "kun", "kunt", "kunnen", "laat", "maar", "me", "meer",
      "mij", "mijn", "met", "moet", "moeten", "na", "naar", "nee", "niet", "niets", "niks", "nog", "nu", "of", "om",
      "omdat", "ons", "onze", "ook", "op", "over", "te", "tot", "u", "uit", "uw", "van", "veel", "voor", "waar", "wat",
      "was", "we", "wel", "werd", "wie", "wil", "wilt", "wij", "word", "wordt", "worden", "zal", "ze", "zelf", "zich",
      "zij", "zijn", "zo", "zou", "staat", "staan", "stond", "slaap", "slapen", "sliep", "zegt", "zeggen", "weet",
      "weten", "komt", "komen", "kwam", "gaat", "ging", "maakt", "maken", "doet", "doen", "deed", "zien", "ziet",
      "graag", "goed", "slecht", "erg", "heel", "echt", "even", "weer", "vaak", "soms", "altijd", "nooit", "hulp",
      "help", "helpen", "vraag", "vragen", "willen", "wilde", "mensen", "iemand", "iets", "tijd", "jaar", "dag",
      "week", "keer", "thuis", "huis", "beetje", "lastig", "moeilijk", "zwaar", "hebt", "ben", "bent", "waren",
      "hoor", "horen", "denk", "denken", "vind", "vinden", "weg", "kwijt", "alleen", "samen", "andere", "ander",
      // English
      "a", "about", "am", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do", "does", "for", "from",
      "get", "got", "has", "have", "he", "her", "him", "his", "how", "i", "if", "it", "its", "me", "my", "no", "not",
      "of", "on", "or", "our", "she", "so", "some", "than", "that", "the", "their", "them", "then", "there", "they",
      "this", "to", "too", "up", "us", "very", "was", "we", "were", "what", "when", "where", "who", "will", "with",
      "would", "you", "your", "want", "need", "please", "just", "really", "much", "many", "lot", "home", "state",
      "still", "shit", "hits", "hate"};
  return kWords;
}

// "Ik wil niet naar ...", "I don't want to go to ...": the words after such a refusal name what the resident does
// not want, so they do not choose a levensgebied by themselves.
const WordSet kRefusingVerbs = {"wil", "wilt", "wilde", "willen", "hoef", "hoeft", "hoeven", "ga", "gaat", "ging"};
const WordSet kGoingVerbs = {"go", "going", "see", "contact", "call", "visit"};
const WordSet kScopeSkip = {"de", "het", "een", "die", "dat", "deze", "dit", "zo", "n", "the", "a", "an", "that",
                            "this", "those", "any", "my", "mijn", "to", "naar", "meer", "weer", "terug"};
const WordSet kScopeEnd = {"met", "want", "maar", "omdat", "en", "voor", "over", "dus", "ik", "als", "of", "with",
                           "because", "but", "and", "for", "about", "so", "i", "as", "if", "or", "since"};
constexpr std::size_t kRefusedWords = 3;  // an organisation's name: "het sociaal wijkteam", "the food bank"

struct Token {
  std::string word;
  std::string stemNl, stemEn;
  std::size_t clause = 0;
  bool refused = false;
};

// Words of the text, in clauses: punctuation ends a clause (and a refusal), before normalising makes it a space.
std::vector<Token> tokenize(const std::string& text) {
  std::vector<Token> out;
  std::size_t clause = 0;
  std::string part;
  auto flush = [&] {
    for (std::string& w : words(normaliseForSearch(part))) {
      Token t;
      t.stemNl = stemWord("nl", w);
      t.stemEn = stemWord("en", w);
      t.word = std::move(w);
      t.clause = clause;
      out.push_back(std::move(t));
    }
    part.clear();
    ++clause;
  };
  for (char c : text) {
    if (c != '\0' && std::strchr(".,;:!?()\n", c)) flush();
    else part += c;
  }
  flush();
  return out;
}

void markRefusals(std::vector<Token>& t) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    std::size_t start = t.size();
    const std::string& w = t[i].word;
    if (w == "niet" && i > 0 && kRefusingVerbs.count(t[i - 1].word)) {  // "ik wil niet (meer) naar de ggz"
      std::size_t j = i + 1;
      while (j < t.size() && (t[j].word == "meer" || t[j].word == "weer" || t[j].word == "terug")) ++j;
      if (j < t.size() && t[j].clause == t[i].clause && (t[j].word == "naar" || t[j].word == "naartoe")) start = j + 1;
    } else if (w == "not" || w == "never" || (w == "t" && i > 0)) {  // "I don't want to go to the food bank"
      for (std::size_t j = i + 1; j < t.size() && j <= i + 4 && t[j].clause == t[i].clause; ++j)
        if (kGoingVerbs.count(t[j].word)) {
          start = j + 1;
          break;
        }
    }
    std::size_t refused = 0;
    for (std::size_t j = start; j < t.size() && t[j].clause == t[i].clause && refused < kRefusedWords; ++j) {
      if (kScopeEnd.count(t[j].word)) break;
      if (kScopeSkip.count(t[j].word)) continue;
      t[j].refused = true;
      ++refused;
    }
  }
}

// A keyword prepared for matching: its words and their stems in the keyword's language.
struct Keyword {
  std::string text;
  std::string language;
  std::vector<std::string> words, stems;
};

std::vector<Keyword> keywordsFor(const std::map<std::string, std::vector<std::string>>& lists, const std::string& language) {
  std::vector<Keyword> out;
  for (const auto& [lang, list] : lists) {
    if (lang != language && lang != "nl") continue;
    for (const std::string& kw : list) {
      Keyword k;
      k.text = normaliseForSearch(kw);
      k.language = lang;
      k.words = words(k.text);
      if (k.words.empty()) continue;
      for (const std::string& w : k.words) k.stems.push_back(stemWord(lang, w));
      out.push_back(std::move(k));
    }
  }
  return out;
}

// Whether the resident's word `t` is (a form of, or a typing error for) the keyword word `kw`.
bool wordMatches(const Token& t, const std::string& kw, const std::string& kwStem, const std::string& language) {
  const std::string& w = t.word;
  if (w == kw) return true;
  if (kw.size() < 3 || w.size() < 3 || commonWords().count(w)) return false;
  if (w.rfind(kw, 0) == 0) return true;  // the content's prefixes: 'schuld' matches "schulden", 'sollicit' "solliciteren"
  const std::string& stem = language == "en" ? t.stemEn : t.stemNl;
  if (stem == kwStem || (kwStem.size() >= 4 && stem.rfind(kwStem, 0) == 0)) return true;  // word forms
  if (kw.size() >= 6 && w.size() >= kw.size() + 3 && w.find(kw, 3) != std::string::npos) return true;  // "huurachterstand"
  // Typing errors: one for words of 5+ letters, two for 8+ (the shorter of the two words counts: "stoppen" is no
  // typing error for 'schoppen'); not in the first letter, where residents rarely slip.
  auto limitFor = [](std::size_t letters) { return letters >= 8 ? 2 : letters >= 5 ? 1 : 0; };
  if (w[0] != kw[0]) return false;
  int limit = limitFor(std::min(w.size(), kw.size()));
  if (limit > 0 && editDistance(w, kw, limit) <= limit) return true;
  if (limitFor(kw.size()) == 2 && w.size() > kw.size() + 1)  // a long keyword prefix mistyped in a longer word
    for (std::size_t n = kw.size() - 1; n <= kw.size() + 1; ++n)
      if (editDistance(w.substr(0, n), kw, 2) <= 2) return true;
  return false;
}

// Where keyword `k` occurs in the tokens (not in a refusal): the index of its first word, or npos.
std::size_t find(const std::vector<Token>& tokens, const Keyword& k) {
  std::size_t n = k.words.size();
  for (std::size_t i = 0; i + n <= tokens.size(); ++i) {
    bool all = true;
    for (std::size_t j = 0; j < n && all; ++j) {
      const Token& t = tokens[i + j];
      all = !t.refused && t.clause == tokens[i].clause &&
            (n == 1 || k.words[j].size() > 3 ? wordMatches(t, k.words[j], k.stems[j], k.language) : t.word == k.words[j]);
    }
    if (all) return i;
  }
  return std::string::npos;
}

// The distinct keywords of `lists` found in the tokens, and the resident's words that matched them.
struct Found {
  int keywords = 0;
  std::vector<std::string> words;
};
Found found(const std::vector<Token>& tokens, const std::map<std::string, std::vector<std::string>>& lists,
            const std::string& language) {
  Found out;
  std::vector<std::string> seen;
  for (const Keyword& k : keywordsFor(lists, language)) {
    if (std::find(seen.begin(), seen.end(), k.text) != seen.end()) continue;
    std::size_t at = find(tokens, k);
    if (at == std::string::npos) continue;
    seen.push_back(k.text);
    ++out.keywords;
    std::string phrase;
    for (std::size_t j = 0; j < k.words.size(); ++j) phrase += (j ? " " : "") + tokens[at + j].word;
    if (std::find(out.words.begin(), out.words.end(), phrase) == out.words.end()) out.words.push_back(phrase);
  }
  return out;
}

}  // namespace

int editDistance(const std::string& a, const std::string& b, int limit) {
  int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > limit) return limit + 1;
  // Three rows of the dynamic programme (the transposition needs the row before the previous one).
  std::vector<int> before(m + 1), prev(m + 1), row(m + 1);
  for (int j = 0; j <= m; ++j) prev[j] = j;
  for (int i = 1; i <= n; ++i) {
    row[0] = i;
    int best = row[0];
    for (int j = 1; j <= m; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) row[j] = std::min(row[j], before[j - 2] + 1);
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;
    before.swap(prev);
    prev.swap(row);
  }
  return std::min(prev[m], limit + 1);
}

bool matchesAllWords(const std::string& normalisedHaystack, const std::string& normalisedQuery) {
  // Scans the text in place rather than splitting it: this runs for every service on every search.
  for (const std::string& w : words(normalisedQuery)) {
    bool found = false;
    for (auto at = normalisedHaystack.find(w); at != std::string::npos && !found; at = normalisedHaystack.find(w, at + 1))
      found = at == 0 || normalisedHaystack[at - 1] == ' ';
    if (!found) return false;
  }
  return true;
}

TextMatch matchText(const Content& content, const std::string& text, const std::string& language) {
  std::vector<Token> tokens = tokenize(text);
  markRefusals(tokens);
  TextMatch out;
  for (const DangerSignal& s : content.dangerSignals) {
    Found f = found(tokens, s.keywords, language);
    if (f.keywords > 0) out.signals.push_back({&s, std::move(f.words)});
  }
  for (const Levensgebied& lg : content.levensgebieden) {
    Found f = found(tokens, lg.keywords, language);
    if (f.keywords > 0) out.levensgebieden.push_back({&lg, f.keywords, std::move(f.words)});
  }
  // A signal adds the safety levensgebied and the levensgebieden it points to, with the signal's words.
  auto add = [&](const Levensgebied* lg, const SignalMatch& sm) {
    if (!lg) return;
    auto it = std::find_if(out.levensgebieden.begin(), out.levensgebieden.end(), [&](const Match& m) { return m.levensgebied == lg; });
    if (it == out.levensgebieden.end()) it = out.levensgebieden.insert(out.levensgebieden.end(), {lg, 0, {}});
    ++it->score;
    for (const std::string& w : sm.words)
      if (std::find(it->words.begin(), it->words.end(), w) == it->words.end()) it->words.push_back(w);
  };
  for (const SignalMatch& sm : out.signals) {
    for (const Levensgebied& lg : content.levensgebieden)
      if (lg.safety) add(&lg, sm);
    for (const std::string& id : sm.signal->levensgebieden) add(content.levensgebied(id), sm);
  }
  std::stable_sort(out.levensgebieden.begin(), out.levensgebieden.end(), [](const Match& a, const Match& b) {
    if (a.levensgebied->safety != b.levensgebied->safety) return a.levensgebied->safety;
    return a.score > b.score;
  });
  return out;
}

std::vector<Match> matchLevensgebieden(const Content& content, const std::string& text, const std::string& language) {
  return matchText(content, text, language).levensgebieden;
}

void safetyFirst(const Content& content, std::vector<std::string>& levensgebieden) {
  std::stable_partition(levensgebieden.begin(), levensgebieden.end(), [&](const std::string& id) {
    const Levensgebied* lg = content.levensgebied(id);
    return lg && lg->safety;
  });
}

}  // namespace ekw

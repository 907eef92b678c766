#include "core/engine/messages.h"

#include "core/content/model.h"

namespace ekw {

namespace {

struct Builtin {
  const char* key;
  const char* nl;
  const char* en;
};

// Short sentences, everyday words, "u": taalniveau B1.
constexpr Builtin kBuiltins[] = {
    // Balie mode (core/balie): plan and consent checks, routing reasons.
    {"balie.error.notObject", "Dit onderdeel is niet goed opgeslagen.", "This part was not saved correctly."},
    {"balie.error.date", "Vul een datum in zoals 21-03-2027.", "Enter a date like 21-03-2027."},
    {"balie.error.scope", "Kies waar de bewoner toestemming voor geeft.", "Choose what the resident agrees to."},
    {"balie.error.goalText", "Schrijf het doel op in de woorden van de bewoner.", "Write down the goal in the resident's own words."},
    {"balie.error.who", "Kies wie dit doet.", "Choose who does this."},
    {"balie.error.what", "Schrijf op wat er gebeurt.", "Write down what will be done."},
    {"balie.error.decision", "Kies: doen, niet doen of later.", "Choose: do it, set aside or later."},
    {"balie.error.setAsideReason", "Schrijf op waarom dit advies niet past.", "Write down why this advice does not fit."},
    {"balie.error.overruleReason", "Schrijf op waarom u het sociaal wijkteam niet inschakelt.",
     "Write down why you do not involve the sociaal wijkteam."},
    {"balie.error.recipient", "Schrijf op met wie de bewoner de gegevens deelt.", "Write down who the resident shares this with."},
    {"balie.error.parts", "Kies per onderdeel of het gedeeld wordt.", "Choose for each part whether it is shared."},
    {"balie.wmo.melding", "Melding", "Notification (melding)"},
    {"balie.wmo.onderzoek", "Onderzoek (keukentafelgesprek), binnen 6 weken na de melding",
     "Assessment (keukentafelgesprek), within 6 weeks of the melding"},
    {"balie.wmo.aanvraag", "Aanvraag", "Application (aanvraag)"},
    {"balie.wmo.beschikking", "Beschikking, binnen 2 weken na de aanvraag", "Decision (beschikking), within 2 weeks of the aanvraag"},
    {"balie.wmo.error.invalid-date", "Deze datum klopt niet. Vul een datum in zoals 21-03-2027.",
     "This date is not right. Enter a date like 21-03-2027."},
    {"balie.wmo.error.before-melding", "Deze datum ligt voor de melding.", "This date is before the melding."},
    {"balie.wmo.error.before-aanvraag", "Deze datum ligt voor de aanvraag.", "This date is before the aanvraag."},
    {"balie.ics.summary", "Evaluatie plan Eigen Krachtwijzer", "Review of the Eigen Krachtwijzer plan"},
    {"balie.routing.several-low-levels", "Op meer levensgebieden tegelijk gaat het niet goed (niveau 2 of lager): {names}.",
     "Several levensgebieden at once are not going well (level 2 or lower): {names}."},
    {"balie.routing.coordination-signal", "Er zijn signalen dat hulp op elkaar afgestemd moet worden: {names}.",
     "There are signals that help needs to be coordinated: {names}."},
    {"balie.routing.coordination-advice", "Het sociaal wijkteam is advies op meer levensgebieden: {names}. Dan is één plan nodig.",
     "The sociaal wijkteam is advised in several levensgebieden: {names}. Then one plan is needed."},
    {"error.required.choice", "Kies een antwoord.", "Choose an answer."},
    {"error.required.text", "Vul een antwoord in.", "Enter an answer."},
    {"error.required.field", "Vul dit in: \u2018{label}\u2019", "Fill this in: \u2018{label}\u2019"},
    {"error.required.fieldChoice", "Kies een antwoord bij \u2018{label}\u2019", "Choose an answer for \u2018{label}\u2019"},
    {"error.choice.unknown", "Kies een van de antwoorden die er staan.", "Choose one of the answers shown."},
    {"error.choice.exclusive", "U kunt \u2018{option}\u2019 niet samen met een ander antwoord kiezen.",
     "You cannot choose \u2018{option}\u2019 together with another answer."},
    {"error.yesno.invalid", "Kies ja of nee.", "Choose yes or no."},
    {"error.number.invalid", "Vul een getal in, bijvoorbeeld 12.", "Enter a number, for example 12."},
    {"error.number.integer", "Vul een heel getal in, zonder komma.", "Enter a whole number, without a decimal point."},
    {"error.number.min", "Vul een getal in van {min} of meer.", "Enter a number of {min} or more."},
    {"error.number.max", "Vul een getal in van {max} of minder.", "Enter a number of {max} or less."},
    {"error.number.range", "Vul een getal in van {min} tot en met {max}.", "Enter a number from {min} to {max}."},
    {"error.date.invalid", "Vul een datum in zoals 21-03-1960.", "Enter a date like 21-03-1960."},
    {"error.date.unreal", "Deze datum bestaat niet. Kijk of dag en maand kloppen.",
     "This date does not exist. Check the day and the month."},
    {"error.date.future", "De datum mag niet in de toekomst liggen.", "The date cannot be in the future."},
    {"error.date.past", "De datum mag niet in het verleden liggen.", "The date cannot be in the past."},
    {"error.postcode.invalid", "Vul een postcode in zoals 2011 AB.", "Enter a postcode like 2011 AB."},
    {"error.text.tooLong", "Gebruik niet meer dan {max} tekens.", "Use no more than {max} characters."},
    {"error.text.invalid", "Vul tekst in.", "Enter text."},
    {"error.bsn.invalid", "Dit is geen geldig burgerservicenummer. Een BSN heeft 9 cijfers. Kijk of u geen cijfer mist.",
     "This is not a valid citizen service number (BSN). A BSN has 9 digits. Check that no digit is missing."},
    {"error.iban.invalid", "Dit is geen geldig IBAN. Een Nederlands IBAN ziet eruit als NL91 ABNA 0417 1643 00.",
     "This is not a valid IBAN. A Dutch IBAN looks like NL91 ABNA 0417 1643 00."},
    {"error.phone.invalid", "Vul een telefoonnummer in van 10 cijfers, zoals 023 123 4567.",
     "Enter a phone number of 10 digits, like 023 123 4567."},
    {"error.email.invalid", "Vul een e-mailadres in zoals naam@voorbeeld.nl.", "Enter an email address like name@example.nl."},
    {"error.consent.required", "U moet hiermee akkoord gaan om het formulier te versturen.",
     "You need to agree to this to send the form."},
    {"error.answer.notAllowedUnknown", "Bij deze vraag kunt u niet \u2018Weet ik niet\u2019 kiezen.",
     "You cannot choose \u2018I don't know\u2019 for this question."},
    {"error.answer.notOptional", "Deze vraag kunt u niet overslaan.", "You cannot skip this question."},
    {"error.answer.noQuestion", "Er is geen vraag meer om te beantwoorden.", "There is no question left to answer."},
    {"error.start.nothingChosen", "Kies minstens een onderwerp, of beschrijf uw vraag met andere woorden.",
     "Choose at least one topic, or describe your question in other words."},
    {"yesno.ja", "Ja", "Yes"},
    {"yesno.nee", "Nee", "No"},
    {"answer.unknown", "Weet ik niet", "I don't know"},
    {"answer.skipped", "Overgeslagen", "Skipped"},
    {"answer.empty", "Niet ingevuld", "Not filled in"},
    {"rung.0", "Direct hulp", "Help right now"},
    {"rung.1", "Wat u zelf kunt doen", "What you can do yourself"},
    {"rung.2", "Hulp van mensen om u heen", "Help from people around you"},
    {"rung.3", "Hulp uit de buurt (BUUV)", "Help from the neighbourhood (BUUV)"},
    {"rung.4", "Voorzieningen in de buurt en de stad", "Services in your neighbourhood and the city"},
    {"rung.5", "Informatie en advies van de gemeente", "Information and advice from the municipality"},
    {"rung.6", "Het sociaal wijkteam", "The neighbourhood social team"},
    {"rung.7", "Een aanvraag of melding", "An application or report"},
    // The levels in words a resident understands; the Zelfredzaamheid-Matrix terms (zrm.*) are for staff and exports.
    {"level.1", "Er is nu direct hulp nodig", "Help is needed right now"},
    {"level.2", "Dit lukt nu niet zonder hulp", "This does not work without help now"},
    {"level.3", "Dit lukt maar net", "This only just works"},
    {"level.4", "Dit lukt, soms met wat steun", "This works, sometimes with some support"},
    {"level.5", "Dit gaat goed", "This is going well"},
    {"level.unknown", "Niet bekend", "Not known"},
    {"outcome.unknown", "U wist veel antwoorden niet. Daarom weten we nog niet hoe het hiermee gaat. Praat erover met iemand van de gemeente.",
     "You did not know many of the answers. So we do not know yet how this is going. Talk about it with someone from the municipality."},
    {"zrm.1", "Acute problemen", "Acute problems"},
    {"zrm.2", "Niet zelfredzaam", "Not self-sufficient"},
    {"zrm.3", "Beperkt zelfredzaam", "Barely self-sufficient"},
    {"zrm.4", "Voldoende zelfredzaam", "Sufficiently self-sufficient"},
    {"zrm.5", "Volledig zelfredzaam", "Fully self-sufficient"},
    {"question.forOther", "U vult dit in voor iemand anders. De vragen gaan over die persoon, niet over u.",
     "You are filling this in for someone else. The questions are about that person, not about you."},
    {"question.forNamed", "U vult dit in voor {naam}. De vragen gaan over {naam}, niet over u.",
     "You are filling this in for {naam}. The questions are about {naam}, not about you."},
};

}  // namespace

std::string fillPlaceholders(const std::string& text, const std::map<std::string, std::string>& values, bool* missing) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::size_t close = text[i] == '{' ? text.find('}', i) : std::string::npos;
    if (close == std::string::npos) {
      out += text[i];
      continue;
    }
    auto it = values.find(text.substr(i + 1, close - i - 1));
    if (it != values.end()) out += it->second;
    else if (missing) *missing = true;
    else out.append(text, i, close - i + 1);
    i = close;
  }
  return out;
}

std::string uiText(const Content& content, const std::string& key, const std::string& language) {
  auto it = content.texts.find(key);
  if (it != content.texts.end()) return it->second.in(language);
  for (const Builtin& b : kBuiltins)
    if (key == b.key) return language == "en" ? b.en : b.nl;
  return key;
}

std::string messageFor(const Content& content, const Problem& problem, const std::string& language) {
  return fillPlaceholders(uiText(content, "error." + problem.code, language), problem.params);
}

nlohmann::json problemJson(const Content& content, const Problem& problem, const std::string& language) {
  return {{"code", problem.code}, {"message", messageFor(content, problem, language)}};
}

}  // namespace ekw

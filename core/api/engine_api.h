// The engine's JSON-in/JSON-out API: the one surface every shell uses (the wasm bindings for the site, `ekw simulate`,
// the authoring tool's simulator). Stateless: the session travels as JSON in each request and comes back updated, so a
// shell can store it wherever it likes (the site keeps it in the browser only) and restore it after a reload.
//
// Every request is an object; every response is an object. A response with "error" (and no other result) means the
// request itself was wrong: {"error": {"code": "...", "message": "..."}}. A wrong *answer* is not a request error: it
// comes back in the view as "answerError" with a plain Dutch (or English) message and the session unchanged.
//
// Common request fields: "language" ("nl" default, or another of the content's languages), "session" (as returned).
//
// Methods:
//   overview      {}                                   -> {content:{id,name,version,languages}, levensgebieden:[{id,name,description}],
//                                                          wijken:[{id,name}], targetGroups:[{id,name}], texts:{key:text}, rungs:[{rung,name}]}
//                 each levensgebied with a tree also has estimate:{minutes, questions:{fewest,typical,most}} (its tree's
//                 typical path, core/engine/time_estimate.h) and safety (it has rung-0 advice); serviceFilters:{wijk, age, targetGroups:[{id,name}]} says
//                 which sociale-kaart filters the content has data for
//   match         {text}                               -> {levensgebieden:[{id,name,score,words,safety}], signals:[{id,name,words}],
//                                                          urgent:[advice]}  (free text to levensgebieden; words: what matched;
//                                                          signals: danger in the words, urgent: the direct help to show at once)
//   stems         {words:[text], language?}            -> {stems:[text]}  (Snowball stems of normalised words, as matching uses them)
//   start         {levensgebieden:[id]} and/or {text}, context?:{wijk,age,forSomeoneElse,today,targetGroups}, person?:{BRP-shaped}
//                                                      -> view. Without levensgebieden the text's matches are walked. Danger
//                                                         signalled in the text is kept as context.signals and adds veiligheid;
//                                                         the safety levensgebied is always walked first.
//   answer        {session, value} or {session, unknown:true} or {session, skip:true}   -> view (with answerError when invalid)
//   back          {session}                            -> view (the previous question, its earlier answer in question.answer)
//   goTo          {session, question}                  -> view showing that question (an answered one on the path, with its
//                                                          answer, or the current one); error "not-on-path" otherwise
//   view          {session}                            -> view
//   setContext    {session, context}                   -> view
//   restore       {session}                            -> view plus restored:{dropped:[{question,reason}]}; for a session saved
//                                                          against other content: keeps every answer whose question and option still exist
//   advice        {session, wijk?, query?}             -> {done, urgent:[advice], levensgebieden:[{id,name,level,levelText,outcome,
//                                                          summary (text), advice:[advice]}], forms:[{id,name,kind}],
//                                                          firstSteps:[advice] (at most 3: rung 0, then the lowest rungs)}
//                 wijk and query narrow the services shown with each advice (query: every word must start a word)
//                 advice = {id,levensgebied,rung,rungName,title,text,steps:[text],services:[service],form:{id,name}|null,
//                           buuv:[{id,title}],sources:[..]}
//   situation     {session}                            -> {done, question (id to go on with)|null, urgent:[advice],
//                                                          levensgebieden:[{id,name,level,known,levelText,zrmText,outcome,
//                                                          answers:[{question,text,answer (as text)}]}]}  ("Uw situatie":
//                                                          only levensgebieden with an outcome or answers)
//   services      {query?, wijk?, levensgebied?, age?, targetGroup?, limit?} -> {total, services:[service]}   (sociale kaart search)
//   service       {id}                                 -> service plus organization.description, targetGroupNames, status, sources
//                 service = {id,name,description,organization:{id,name},level,indicatie,rung,eigenBijdrage,url,email,
//                            phones:[..],targetGroups,minAge,maxAge,wijken,locations:[{id,name,wijk,address,openingHours}],levensgebieden}
//   buuv          {template, kind:"vraag"|"aanbod", wijk?, naam?} -> {id,title,kind,text}
//   form          {session?, form, values?, person?}    -> {id,kind,name,law,intro,afterSubmit,consent,onBehalf,
//                                                          prefilled:{answers,brp,brpFields:[label]},hasAssessment,
//                                                          sections:[{id,title,about,applies,fields:[{id,type,label,hint,
//                                                          required,options:[{id,label,value}] (yes/no fields too),value,
//                                                          display (the value as text),prefill,prefilledFrom:null|"answers"|"brp",
//                                                          applies,internal,conditional,statement?}]}]}
//                 values: what the resident typed so far (conditions are evaluated over them as form.*);
//                 person: the Persoon from readBrp (the portal's data, kept in the browser's memory)
//   checkForm     {session?, form, values, person?}   -> {ok, errors:[{field,code,message}], values:{fieldId:normalised},
//                                                          display:{fieldId:text} (as "Controleer uw gegevens" shows it),
//                                                          applies:{fieldId:bool}, onBehalf, assessment?:{result,text,
//                                                          reasons:[{id,status,text}],decision}}
//   readBrp       {response}                           -> {person, problems}   (Haal Centraal BRP Personen response)
//   dossier       {session}                            -> the versioned dossier export (answers, profile, advice, forms)
//
// Balie mode (core/balie; "balie" is what staff recorded: {exploration?, notes?, signals?, decisions?, goals?, actions?,
// reviewDate?, routing?, wmo?}, see core/balie/plan_check.h):
//   balieOverview {session?, balie?}                   -> {levensgebieden:[{id,name,walked,done,canWalk,level,levelText,signals:[..]}],
//                                                          routing:{proposed, reasons:[{code,text,levensgebieden,signals,sources}]}}
//   addLevensgebieden {session, levensgebieden:[id]}   -> view (going through one more levensgebied together)
//   wmoRoute      {wmo:{melding,onderzoek,aanvraag,beschikking}, today} -> {steps:[{id,label,date,deadline,status,daysLeft?}],
//                                                          problems:[{field,code,message}], terms}
//   checkBalie    {balie}                              -> {ok, errors:[{field (JSON pointer),code,message}]}
//   checkConsent  {consent}                            -> {ok, errors}
//   dossierExport {session, balie, forms, consent, id, created} -> dossier (content/schema/dossier.schema.json); only the
//                                                          parts the consent ticks
//   dossierImport {dossier}                            -> {view, session, balie, forms, consent, id, sameContent, notKept:[{kind,id,reason}]}
//   reviewIcs     {id, reviewDate, created, name?, description?} -> {ics (RFC 5545), filename}
//   counts        {session, balie, siteId?}            -> {events:[{category,action,name}], requests:[Matomo query strings]}
//
// view = {session, done, canGoBack, question:null|{id,levensgebied:{id,name},type,text,lead,hint,why,
//         options:[{id,label,exclusive,value (the answer it stands for: the id, or true/false for yes/no)}],
//         allowUnknown,optional,min,max,integer,unit,maxLength,answer?,answeredUnknown?},
//         progress:{answered,remaining,percent,levensgebied:{index,count}}, urgent:[advice], answerError?:{code,message}}
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace ekw {

struct Content;

namespace api {

// Handles one request. Never throws: malformed requests come back as {"error": ...}.
nlohmann::json handle(const Content& content, std::string_view method, const nlohmann::json& request);

// The names of every method handle() knows, sorted (for the fuzz target and the tests that call each of them).
std::vector<std::string> methodNames();

}  // namespace api
}  // namespace ekw

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
//   match         {text}                               -> {levensgebieden:[{id,name,score}]}  (free text to levensgebieden)
//   start         {levensgebieden:[id]} or {text}, context?:{wijk,age,forSomeoneElse,today,targetGroups}, person?:{BRP-shaped}
//                                                      -> view
//   answer        {session, value} or {session, unknown:true} or {session, skip:true}   -> view (with answerError when invalid)
//   back          {session}                            -> view (the previous question, its earlier answer in question.answer)
//   view          {session}                            -> view
//   setContext    {session, context}                   -> view
//   restore       {session}                            -> view plus restored:{dropped:[{question,reason}]}; for a session saved
//                                                          against other content: keeps every answer whose question and option still exist
//   advice        {session, wijk?, query?}             -> {done, urgent:[advice], levensgebieden:[{id,name,level,levelText,outcome,
//                                                          summary (text), advice:[advice]}], forms:[{id,name,kind}]}
//                 wijk and query narrow the services shown with each advice (query: every word must start a word)
//                 advice = {id,levensgebied,rung,rungName,title,text,steps:[text],services:[service],form:{id,name}|null,
//                           buuv:[{id,title}],sources:[..]}
//   services      {query?, wijk?, levensgebied?, limit?} -> {total, services:[service]}   (sociale kaart search)
//                 service = {id,name,description,organization:{id,name},level,indicatie,rung,eigenBijdrage,url,email,
//                            phones:[..],targetGroups,minAge,maxAge,wijken,locations:[{id,name,wijk,address,openingHours}],levensgebieden}
//   buuv          {template, kind:"vraag"|"aanbod", wijk?, naam?} -> {id,title,kind,text}
//   form          {session?, form, values?, person?}    -> {id,kind,name,law,intro,afterSubmit,consent,onBehalf,
//                                                          prefilled:{answers,brp,brpFields:[label]},hasAssessment,
//                                                          sections:[{id,title,about,applies,fields:[{id,type,label,hint,
//                                                          required,options,value,prefill,prefilledFrom:null|"answers"|"brp",
//                                                          applies,internal,conditional,statement?}]}]}
//                 values: what the resident typed so far (conditions are evaluated over them as form.*);
//                 person: the Persoon from readBrp (the portal's data, kept in the browser's memory)
//   checkForm     {session?, form, values, person?}   -> {ok, errors:[{field,code,message}], values:{fieldId:normalised},
//                                                          applies:{fieldId:bool}, onBehalf, assessment?:{result,text,
//                                                          reasons:[{id,status,text}],decision}}
//   readBrp       {response}                           -> {person, problems}   (Haal Centraal BRP Personen response)
//   dossier       {session}                            -> the versioned dossier export (answers, profile, advice, forms)
//
// view = {session, done, canGoBack, question:null|{id,levensgebied:{id,name},type,text,hint,why,options:[{id,label,exclusive}],
//         allowUnknown,optional,min,max,integer,unit,maxLength,answer?,answeredUnknown?},
//         progress:{answered,remaining,percent,levensgebied:{index,count}}, urgent:[advice], answerError?:{code,message}}
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

namespace ekw {

struct Content;

namespace api {

// Handles one request. Never throws: malformed requests come back as {"error": ...}.
nlohmann::json handle(const Content& content, std::string_view method, const nlohmann::json& request);

}  // namespace api
}  // namespace ekw

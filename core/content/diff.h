// What changes for residents between two versions of content (content versioning): questions, options, outcomes,
// advice, services and the rest added, removed or changed, and which answers saved sessions would lose.
// The studio's publish report and `ekw diff OLD NEW` both print this.
//
//   ekw::ContentDiff d = ekw::diffContent(before, after);   // two LoadedContent (directories or bundles)
//   std::cout << ekw::diffText(d);                         // or ekw::diffToJson(d)
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/loader.h"

namespace ekw {

enum class ChangeKind { Added, Removed, Changed };

struct ContentChange {
  ChangeKind kind = ChangeKind::Changed;
  std::string entity;               // "question", "option", "outcome", "advice", "service", ... (kDiffEntities)
  std::string id;                   // an option is "question/option", a form field "form/field"
  std::vector<std::string> fields;  // Changed: the members that differ, e.g. {"next", "text"}
  std::string file;                 // in the new content (the old one for Removed)
  SourcePos pos;
  std::string pointer;
};

// Answers a session saved against the old content would lose when restored against the new one (see
// sessionFromJson): the question is gone, an option is gone, or the answer no longer fits the question.
struct LostAnswer {
  std::string levensgebied;  // set when a chosen levensgebied is gone (question is then empty)
  std::string question;
  std::string option;        // set when only answers that chose this option are lost
  std::string which;         // which answers, in plain words: "every answer", "answers that chose \"ja\"", ...
  std::string reason;
};

struct ContentDiff {
  std::string oldId, oldVersion, newId, newVersion;
  std::vector<ContentChange> changes;  // in kDiffEntities order, then by id
  std::vector<LostAnswer> lostAnswers;
  bool empty() const { return changes.empty() && lostAnswers.empty(); }
};

// The entities compared, in report order.
extern const std::vector<const char*> kDiffEntities;

ContentDiff diffContent(const LoadedContent& before, const LoadedContent& after);
nlohmann::json diffToJson(const ContentDiff& diff);
std::string diffText(const ContentDiff& diff);

}  // namespace ekw

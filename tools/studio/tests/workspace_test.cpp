// The studio's editing model, without a window: opening content, every kind of edit, undo and redo, saving in the
// content's own style, conflicts with changes made on disk, and broken content.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <set>
#include <thread>

#include "tools/studio/model/publish.h"
#include "tools/studio/model/sociale_kaart.h"
#include "tools/studio/model/translations.h"
#include "tools/studio/model/tree_outline.h"
#include "tools/studio/model/validation.h"
#include "tools/studio/model/workspace.h"
#include "tools/studio/tests/studio_test_support.h"

namespace fs = std::filesystem;
using namespace ekw::studio;
using namespace ekw::studio::testing;
using ekw::ChangeKind;
using ekw::ContentChange;
using ekw::LostAnswer;


// Every file keeping its bytes and a one-field edit being one line, in every Haarlem file, is core's writer's own
// test (tests/unit/json_writer_test.cpp); here: the workspace opens every file and writes through that writer.
TEST(StudioWorkspace, OpensEveryFileTheManifestNames) {
  Workspace ws = Workspace::open(kHaarlem);
  ASSERT_GE(ws.documents().size(), 30u);
  for (const auto& doc : ws.documents()) ASSERT_TRUE(doc.value.has_value()) << doc.path << ": " << doc.parseError;
  EXPECT_EQ(ws.documents().front().path, "manifest.json");
  EXPECT_FALSE(ws.dirty());
}

TEST(StudioWorkspace, AnEditIsOneLineInTheFilesOwnStyle) {
  Workspace ws = Workspace::open(kHaarlem);
  const std::string file = "trees/geld.json";  // inline texts ({"nl": .., "en": ..}) in a file of one member a line
  const Document* doc = ws.find(file);
  ASSERT_TRUE(ws.apply(setValue(file, "/nodes/0/hint/en", Json("Pick all that fit."))));
  EXPECT_EQ(changedLines(doc->diskText, doc->currentText()), 1);
  EXPECT_EQ(ws.dirtyFiles(), std::vector<std::string>{file});
  // A new option follows the file's layout: on one line, as its neighbours' texts are.
  ASSERT_TRUE(ws.apply(insertValue(file, "/nodes/0/options/0", Json{{"id", "nieuw"}, {"label", {{"nl", "Nieuw"}, {"en", "New"}}}})));
  EXPECT_NE(doc->currentText().find("\"label\": {\"nl\": \"Nieuw\", \"en\": \"New\"}"), std::string::npos);
  EXPECT_EQ(Json::parse(doc->currentText()), *doc->value);
}

TEST(StudioWorkspace, UndoAndRedoEveryKindOfEdit) {
  Workspace ws = Workspace::open(kHaarlem);
  const std::string file = "trees/geld.json";
  const std::string original = ws.find(file)->currentText();
  const Json* options = ws.value(file, "/nodes/0/options");
  ASSERT_TRUE(options && options->size() >= 3);
  const Json firstOption = (*options)[0];

  ASSERT_TRUE(ws.apply(setValue(file, "/nodes/0/text/nl", Json("Nieuwe vraag?"))));
  ASSERT_TRUE(ws.apply(insertValue(file, "/nodes/0/options/1", Json{{"id", "nieuw"}, {"label", {{"nl", "Iets anders"}}}})));
  ASSERT_TRUE(ws.apply(removeValue(file, "/nodes/0/hint")));
  ASSERT_TRUE(ws.apply(moveItem(file, "/nodes/0/options", 0, 2, *ws.value(file, "/nodes/0/options"))));
  EXPECT_EQ(ws.value(file, "/nodes/0/text/nl")->get<std::string>(), "Nieuwe vraag?");
  EXPECT_EQ(*ws.value(file, "/nodes/0/options/2"), firstOption);
  EXPECT_EQ(ws.value(file, "/nodes/0/options/0/id")->get<std::string>(), "nieuw");
  EXPECT_EQ(ws.value(file, "/nodes/0/hint"), nullptr);

  while (ws.canUndo()) ASSERT_TRUE(ws.undo());
  // Back byte for byte: the removed "hint" returns to its place, the option to its position.
  EXPECT_EQ(ws.find(file)->currentText(), original);
  EXPECT_FALSE(ws.dirty());

  for (int i = 0; i < 4; ++i) ASSERT_TRUE(ws.redo());
  EXPECT_EQ(*ws.value(file, "/nodes/0/options/2"), firstOption);
  EXPECT_EQ(ws.value(file, "/nodes/0/hint"), nullptr);
  EXPECT_FALSE(ws.canRedo());
}

TEST(StudioWorkspace, AFailingCommandChangesNothing) {
  Workspace ws = Workspace::open(kHaarlem);
  Command c = setValue("trees/geld.json", "/nodes/0/text/nl", Json("x"));
  c.steps.push_back(removeValue("trees/geld.json", "/nodes/9999").steps[0]);
  std::string error;
  EXPECT_FALSE(ws.apply(c, &error));
  EXPECT_NE(error, "");
  EXPECT_FALSE(ws.dirty());
  EXPECT_FALSE(ws.canUndo());
}

TEST(StudioWorkspace, TypingInOneFieldIsOneUndoStep) {
  Workspace ws = Workspace::open(kHaarlem);
  const std::string file = "sociale-kaart/diensten.json";
  const std::string before = ws.value(file, "/services/0/name/nl")->get<std::string>();
  std::string typed = before;
  for (char ch : std::string(" extra")) {
    typed += ch;
    Command c = setValue(file, "/services/0/name/nl", Json(typed), "change name");
    c.coalescable = true;
    ASSERT_TRUE(ws.apply(c));
  }
  ws.sealUndo();
  Command other = setValue(file, "/services/1/name/nl", Json("Ander"), "change name");
  other.coalescable = true;
  ASSERT_TRUE(ws.apply(other));
  ASSERT_TRUE(ws.undo());
  EXPECT_EQ(ws.value(file, "/services/0/name/nl")->get<std::string>(), typed);
  ASSERT_TRUE(ws.undo());
  EXPECT_EQ(ws.value(file, "/services/0/name/nl")->get<std::string>(), before);
  EXPECT_FALSE(ws.canUndo());
}

TEST(StudioWorkspace, SavesOnlyChangedFilesAtomically) {
  TempContent tmp;
  Workspace ws = Workspace::open(tmp.dir().string());
  const auto untouched = fs::last_write_time(tmp.dir() / "trees/geld.json");
  const std::string before = readAll(tmp.dir() / "sociale-kaart/diensten.json");
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  // A service never verified: "verified today" adds the field.
  const Json& services = *ws.value("sociale-kaart/diensten.json", "/services");
  std::size_t never = 0;
  while (never < services.size() && services[never].contains("lastVerified")) ++never;
  ASSERT_LT(never, services.size());
  const std::string pointer = "/services/" + std::to_string(never);
  ASSERT_TRUE(ws.apply(verifiedToday("sociale-kaart/diensten.json", pointer, "2026-12-01")));
  SaveResult r = ws.save();
  EXPECT_TRUE(r.conflicts.empty());
  EXPECT_TRUE(r.errors.empty());
  ASSERT_EQ(r.written, std::vector<std::string>{"sociale-kaart/diensten.json"});
  EXPECT_EQ(fs::last_write_time(tmp.dir() / "trees/geld.json"), untouched);
  const std::string after = readAll(tmp.dir() / "sociale-kaart/diensten.json");
  // One added line: "lastVerified" just before "sources", in the file's indentation; one trailing newline.
  auto la = lines(before), lb = lines(after);
  ASSERT_EQ(lb.size(), la.size() + 1);
  auto it = std::find(lb.begin(), lb.end(), "      \"lastVerified\": \"2026-12-01\",");
  ASSERT_NE(it, lb.end());
  EXPECT_NE((it + 1)->find("\"sources\""), std::string::npos);
  EXPECT_EQ(after.back(), '\n');
  EXPECT_NE(after[after.size() - 2], '\n');
  for (const auto& entry : fs::recursive_directory_iterator(tmp.dir())) {
    EXPECT_EQ(entry.path().string().find(".tmp"), std::string::npos) << entry.path();
  }
  EXPECT_FALSE(ws.dirty());
  // The saved file reads back as the same content.
  Workspace again = Workspace::open(tmp.dir().string());
  EXPECT_EQ(again.value("sociale-kaart/diensten.json", pointer + "/lastVerified")->get<std::string>(), "2026-12-01");
}

TEST(StudioWorkspace, AFileChangedOnDiskIsNotOverwrittenWithoutAsking) {
  TempContent tmp;
  Workspace ws = Workspace::open(tmp.dir().string());
  const fs::path file = tmp.dir() / "advice/geld.json";
  ASSERT_TRUE(ws.apply(setValue("advice/geld.json", "/advice/0/title/nl", Json("Mijn titel"))));
  std::string theirs = readAll(file);
  theirs.append("\n");  // someone else's edit
  writeAll(file, theirs);
  EXPECT_EQ(ws.changedOnDisk(), std::vector<std::string>{"advice/geld.json"});

  SaveResult r = ws.save();
  EXPECT_TRUE(r.written.empty());
  EXPECT_EQ(r.conflicts, std::vector<std::string>{"advice/geld.json"});
  EXPECT_EQ(readAll(file), theirs);
  EXPECT_TRUE(ws.dirty());

  r = ws.save({"advice/geld.json"});  // the editor chose to overwrite
  EXPECT_EQ(r.written, std::vector<std::string>{"advice/geld.json"});
  EXPECT_NE(readAll(file).find("Mijn titel"), std::string::npos);
  EXPECT_TRUE(ws.changedOnDisk().empty());
}

TEST(StudioWorkspace, ReloadTakesTheirVersion) {
  TempContent tmp;
  Workspace ws = Workspace::open(tmp.dir().string());
  ASSERT_TRUE(ws.apply(setValue("advice/geld.json", "/advice/0/title/nl", Json("Mijn titel"))));
  std::string theirs = readAll(tmp.dir() / "advice/geld.json");
  const std::size_t at = theirs.find("\"title\"");
  theirs.replace(theirs.find("\"nl\": \"", at) + 7, 0, "Hun ");
  writeAll(tmp.dir() / "advice/geld.json", theirs);
  ASSERT_TRUE(ws.reload("advice/geld.json"));
  EXPECT_EQ(ws.value("advice/geld.json", "/advice/0/title/nl")->get<std::string>().rfind("Hun ", 0), 0u);
  EXPECT_FALSE(ws.dirty());
}

TEST(StudioWorkspace, BrokenContentOpensShowsTheProblemAndCanBeFixed) {
  TempContent tmp;
  const fs::path file = tmp.dir() / "trees/wonen.json";
  std::string text = readAll(file);
  const std::string good = text;
  text.replace(text.find("\"nodes\""), 7, "\"nodes");  // a syntax error
  writeAll(file, text);

  Workspace ws = Workspace::open(tmp.dir().string());
  const Document* doc = ws.find("trees/wonen.json");
  ASSERT_NE(doc, nullptr);
  EXPECT_FALSE(doc->value.has_value());
  EXPECT_EQ(doc->text, text);  // nothing discarded
  auto problems = ws.fileProblems();
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].file, "trees/wonen.json");
  EXPECT_GT(problems[0].pos.line, 1);
  EXPECT_GT(problems[0].pos.column, 0);
  // The validator reports it too, and the other files are still there to edit.
  ValidationResult r = validateTexts(ws.texts(), ws.revision(), {});
  bool reported = false;
  for (const auto& d : r.diagnostics.items()) reported = reported || (d.file == "trees/wonen.json" && d.pos.line > 1);
  EXPECT_TRUE(reported);
  EXPECT_TRUE(ws.apply(setValue("trees/geld.json", "/nodes/0/text/nl", Json("Vraag?"))));
  // An edit of structure cannot go into the broken file, a text edit can; it then parses again.
  EXPECT_FALSE(ws.apply(setValue("trees/wonen.json", "/id", Json("x"))));
  ASSERT_TRUE(ws.setText("trees/wonen.json", good));
  EXPECT_TRUE(ws.find("trees/wonen.json")->value.has_value());
  EXPECT_TRUE(ws.fileProblems().empty());
  ASSERT_TRUE(ws.undo());
  EXPECT_EQ(ws.find("trees/wonen.json")->text, text);
  // Saving a broken file writes the editor's text as it is: nothing is lost.
  ASSERT_TRUE(ws.setText("trees/wonen.json", text + " "));
  SaveResult saved = ws.save();
  EXPECT_EQ(readAll(file), text + " ");
  EXPECT_EQ(saved.written.size(), 2u);
}

TEST(StudioWorkspace, OutlineMarksWhatTheValidatorFinds) {
  Workspace ws = Workspace::open(kHaarlem);
  const std::string file = "trees/geld.json";
  ValidationResult clean = validateTexts(ws.texts(), ws.revision(), {});
  auto outline = outlineTree(*ws.value(file, ""), file, clean.diagnostics.items());
  ASSERT_GT(outline.size(), 3u);
  EXPECT_TRUE(outline[0].start);
  for (const auto& n : outline) {
    EXPECT_FALSE(n.unreachable) << n.id;
    EXPECT_FALSE(n.deadEnd) << n.id;
    EXPECT_GE(n.depth, 0) << n.id;
  }
  // A node nothing leads to: add one at the end.
  ASSERT_TRUE(ws.apply(insertValue(file, "/nodes/-",
                                   Json{{"id", "geld-los"}, {"type", "yesno"}, {"text", {{"nl", "Los?"}, {"en", "Loose?"}}}})));
  ValidationResult r = validateTexts(ws.texts(), ws.revision(), {});
  outline = outlineTree(*ws.value(file, ""), file, r.diagnostics.items());
  EXPECT_TRUE(outline.back().unreachable);
  EXPECT_TRUE(outline.back().deadEnd);
  EXPECT_EQ(outline.back().depth, -1);
}

TEST(StudioWorkspace, MoveANodeToAnotherTreeAndBack) {
  Workspace ws = Workspace::open(kHaarlem);
  const Json geld = *ws.value("trees/geld.json", "");
  const Json werk = *ws.value("trees/werk.json", "");
  const std::size_t last = geld["nodes"].size() - 1;
  ASSERT_TRUE(ws.apply(moveNodeToTree("trees/geld.json", last, "trees/werk.json", geld, werk)));
  EXPECT_EQ(ws.value("trees/geld.json", "/nodes")->size(), last);
  EXPECT_EQ(ws.value("trees/werk.json", "/nodes")->back(), geld["nodes"][last]);
  ASSERT_TRUE(ws.undo());
  EXPECT_EQ(*ws.value("trees/geld.json", ""), geld);
  EXPECT_EQ(*ws.value("trees/werk.json", ""), werk);
}

TEST(StudioWorkspace, LiveValidationSeesEditsAndVerifiedToday) {
  Workspace ws = Workspace::open(kHaarlem);
  BackgroundValidator validator({"2026-12-01", {}});
  validator.request(ws.snapshot(), ws.revision());
  validator.wait();
  auto first = validator.take();
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->diagnostics.errorCount(), 0u);
  auto rows = entryRows(ws, "services", &*first);
  ASSERT_EQ(rows.size(), ws.value("sociale-kaart/diensten.json", "/services")->size());
  auto row = std::find_if(rows.begin(), rows.end(), [](const EntryRow& r) { return r.needsWork(); });
  ASSERT_NE(row, rows.end());
  const int before = row->problems;
  const std::string pointer = row->pointer;  // `row` points into `rows`, which is replaced below

  ASSERT_TRUE(ws.apply(verifiedToday(row->file, row->pointer, "2026-12-01")));
  ASSERT_TRUE(ws.apply(setValue("trees/geld.json", "/nodes/0/next", Json("bestaat-niet"))));
  validator.request(ws.snapshot(), ws.revision());
  validator.wait();
  auto second = validator.take();
  ASSERT_TRUE(second.has_value());
  EXPECT_EQ(second->revision, ws.revision());
  EXPECT_GE(second->diagnostics.errorCount(), 1u);
  bool dangling = false;
  for (const auto& d : second->diagnostics.items()) {
    dangling = dangling || (d.file == "trees/geld.json" && d.pointer == "/nodes/0/next" && d.pos.line > 0);
  }
  EXPECT_TRUE(dangling);
  rows = entryRows(ws, "services", &*second);
  auto same = std::find_if(rows.begin(), rows.end(), [&](const EntryRow& r) { return r.pointer == pointer; });
  ASSERT_NE(same, rows.end());
  EXPECT_LT(same->problems, before);  // "not verified" is no longer a task
}

// The hints `ekw validate --hints` gives, live: typing a hard sentence brings its B1 hints, at the text's file,
// line:column and pointer, from the background validator (with hunspell-nl's spelling when it is installed).
TEST(StudioWorkspace, LiveValidationListsTheB1HintsOfWhatWasTyped) {
  Workspace ws = Workspace::open(kHaarlem);
  const std::string file = "advice/geld.json", pointer = "/advice/0/title/nl";
  ASSERT_NE(ws.value(file, pointer), nullptr);
  ASSERT_TRUE(ws.apply(setValue(file, pointer,
                                Json("Het formulier voor de maatwerkvoorziening moet door u op tijd worden ingevuld en "
                                     "daarna samen met alle bewijsstukken en de handtekening naar de gemeente worden gestuurd."))));
  BackgroundValidator validator({"2026-12-01", {}});
  validator.request(ws.snapshot(), ws.revision());
  validator.wait();
  auto result = validator.take();
  ASSERT_TRUE(result.has_value());
  std::set<std::string> codes;
  for (const auto& d : result->diagnostics.items()) {
    if (d.file != file || d.pointer != pointer) continue;
    EXPECT_EQ(d.severity, ekw::Severity::Hint) << d.code;
    EXPECT_GT(d.pos.line, 1);
    EXPECT_GT(d.pos.column, 1);
    codes.insert(d.code);
  }
  EXPECT_TRUE(codes.count(ekw::kHintLongSentence));
  EXPECT_TRUE(codes.count(ekw::kHintJargon));
  EXPECT_TRUE(codes.count(ekw::kHintPassive));
  EXPECT_GT(result->diagnostics.hintCount(), 0u);
  EXPECT_FALSE(result->readability.empty());
  // The pane finds the entry's problems through the index.
  const auto* own = result->problemsOf(file, pointer);
  ASSERT_NE(own, nullptr);
  EXPECT_GE(own->size(), 3u);
}

TEST(StudioWorkspace, AddAndRemoveEntries) {
  Workspace ws = Workspace::open(kHaarlem);
  for (const std::string kind : {"services", "organizations"}) {
    const std::size_t before = entryRows(ws, kind, nullptr).size();
    ASSERT_TRUE(ws.apply(addEntry(ws, kind)));
    auto rows = entryRows(ws, kind, nullptr);
    ASSERT_EQ(rows.size(), before + 1);
    EXPECT_NE(rows.back().id.find("nieuw"), std::string::npos);
    ASSERT_TRUE(ws.apply(removeValue(rows.back().file, rows.front().pointer)));
    EXPECT_EQ(entryRows(ws, kind, nullptr).size(), before);
  }
  while (ws.canUndo()) ws.undo();
  EXPECT_FALSE(ws.dirty());
}

TEST(StudioWorkspace, TranslationsListMissingOnes) {
  Workspace ws = Workspace::open(kHaarlem);
  auto rows = collectTexts(ws, contentLanguages(ws));
  ASSERT_GT(rows.size(), 500u);
  const std::size_t missing = std::count_if(rows.begin(), rows.end(), [](const TextRow& r) { return r.missing; });
  ASSERT_TRUE(ws.apply(removeValue(rows[3].file, rows[3].pointer + "/en")));
  auto after = collectTexts(ws, contentLanguages(ws));
  EXPECT_EQ(std::count_if(after.begin(), after.end(), [](const TextRow& r) { return r.missing; }),
            static_cast<long>(missing + 1));
}

TEST(StudioPublish, WritesTheBundleAndReportsWhatChangesForResidents) {
  TempContent tmp;
  const std::string bundle = (tmp.dir() / "published/content.json").string();
  Workspace ws = Workspace::open(tmp.dir().string());
  ValidationResult r = validateTexts(ws.texts(), ws.revision(), {});
  PublishResult first = publish(*r.loaded, r.diagnostics.errorCount(), bundle);
  ASSERT_TRUE(first.ok) << first.message;
  EXPECT_FALSE(first.changes.has_value());  // the first publication: everything is new
  EXPECT_TRUE(fs::exists(bundle));

  const std::string svc = ws.value("sociale-kaart/diensten.json", "/services/2/id")->get<std::string>();
  ASSERT_TRUE(ws.apply(setValue("sociale-kaart/diensten.json", "/services/2/name/nl", Json("Nieuwe naam"))));
  ASSERT_TRUE(ws.apply(removeValue("trees/geld.json", "/nodes/0/options/0")));
  r = validateTexts(ws.texts(), ws.revision(), {});
  PublishResult second = publish(*r.loaded, r.diagnostics.errorCount(), bundle);
  ASSERT_TRUE(second.ok) << second.message;
  ASSERT_TRUE(second.changes.has_value());
  // Core's diff, as `ekw diff` prints it: the changed service with the field, the removed option, the lost answers.
  auto has = [&](ChangeKind kind, const std::string& entity, const std::string& id) {
    for (const ContentChange& c : second.changes->changes)
      if (c.kind == kind && c.entity == entity && c.id == id) return &c;
    return static_cast<const ContentChange*>(nullptr);
  };
  const ContentChange* renamed = has(ChangeKind::Changed, "service", svc);
  ASSERT_NE(renamed, nullptr) << second.report();
  EXPECT_EQ(renamed->fields, std::vector<std::string>{"name"});
  EXPECT_EQ(renamed->file, "sociale-kaart/diensten.json");
  EXPECT_GT(renamed->pos.line, 1);
  EXPECT_NE(has(ChangeKind::Removed, "option", "geld-zelf/overzicht"), nullptr) << second.report();
  bool lost = false;
  for (const LostAnswer& l : second.changes->lostAnswers) lost = lost || (l.question == "geld-zelf" && l.option == "overzicht");
  EXPECT_TRUE(lost) << second.report();
  EXPECT_EQ(second.report(), diffText(*second.changes));
  EXPECT_TRUE(fs::exists(bundle + ".previous"));

  // Content with errors is not published.
  ASSERT_TRUE(ws.apply(setValue("trees/geld.json", "/start", Json("nergens"))));
  r = validateTexts(ws.texts(), ws.revision(), {});
  EXPECT_FALSE(publish(*r.loaded, r.diagnostics.errorCount(), bundle).ok);
}

TEST(StudioWorkspace, ABrokenManifestCanBeFixedAndTheRestOpens) {
  TempContent tmp;
  const fs::path manifest = tmp.dir() / "manifest.json";
  const std::string good = readAll(manifest);
  writeAll(manifest, good.substr(0, good.size() / 2));  // cut off halfway
  Workspace ws = Workspace::open(tmp.dir().string());
  ASSERT_EQ(ws.documents().size(), 1u);
  EXPECT_FALSE(ws.documents()[0].value.has_value());
  EXPECT_EQ(ws.fileProblems().size(), 1u);
  ASSERT_TRUE(ws.setText("manifest.json", good));
  EXPECT_GE(ws.documents().size(), 30u);
  EXPECT_NE(ws.value("trees/geld.json", "/start"), nullptr);
}

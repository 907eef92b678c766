// The sociale kaart: organisations, services and locations in sortable, filterable tables; the selected entry's
// every field below, with "verified today", add and remove.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <set>

#include "tools/studio/app/widgets.h"
#include "tools/studio/model/sociale_kaart.h"

namespace ekw::studio {
namespace {

struct KaartState {
  int kind = 0;  // index into kKinds
  std::string search, levensgebied, wijk, level;
  int rung = -1;
  bool needsWork = false;
  std::string selectedFile, selectedPointer;
  int jumpSerial = 0;
  // Rows are rebuilt when the content or the validation changes, not every frame.
  std::uint64_t rowsRevision = ~std::uint64_t{0};
  int rowsKind = -1;
  std::uint64_t rowsSerial = ~std::uint64_t{0};
  std::vector<EntryRow> rows;
  std::set<std::string> levensgebiedChoices, wijkChoices;  // for the filters, made with the rows
  int sortColumn = 0;
  bool sortAscending = true;
  // The filtered, sorted rows, rebuilt when the rows, a filter or the sort order change.
  std::string shownKey;
  std::vector<const EntryRow*> shown;
};

const char* const kKinds[] = {"services", "organizations", "locations"};
const char* const kKindTitles[] = {"Services", "Organisations", "Locations"};

bool contains(const std::string& hay, const std::string& needle) {
  if (needle.empty()) return true;
  auto lower = [](std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
  };
  return lower(hay).find(lower(needle)) != std::string::npos;
}

void combo(const char* label, std::string& value, const std::set<std::string>& choices, float width) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(width);
  if (ImGui::BeginCombo((std::string("##") + label).c_str(), value.empty() ? "all" : value.c_str())) {
    if (ImGui::Selectable("all", value.empty())) value.clear();
    for (const auto& c : choices) {
      if (ImGui::Selectable(c.c_str(), value == c)) value = c;
    }
    ImGui::EndCombo();
  }
}

std::set<std::string> splitList(const std::vector<EntryRow>& rows, std::string EntryRow::*field) {
  std::set<std::string> out;
  for (const auto& r : rows) {
    const std::string& s = r.*field;
    std::size_t start = 0;
    while (start < s.size()) {
      std::size_t comma = s.find(", ", start);
      std::string part = s.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      if (!part.empty()) out.insert(part);
      if (comma == std::string::npos) break;
      start = comma + 2;
    }
  }
  return out;
}

bool listHas(const std::string& list, const std::string& item) {
  if (item.empty()) return true;
  std::size_t start = 0;
  while (true) {
    std::size_t comma = list.find(", ", start);
    if (list.compare(start, comma == std::string::npos ? std::string::npos : comma - start, item) == 0) return true;
    if (comma == std::string::npos) return false;
    start = comma + 2;
  }
}

}  // namespace

void drawKaartPane(Studio& studio) {
  static KaartState st;
  Workspace& ws = studio.workspace();
  // A jump from the problems pane selects the entry and its kind.
  if (studio.jump().serial != st.jumpSerial && studio.requestedPane.empty()) {
    st.jumpSerial = studio.jump().serial;
    for (int k = 0; k < 3; ++k) {
      std::string prefix = std::string("/") + kKinds[k] + "/";
      if (studio.jump().pointer.rfind(prefix, 0) == 0) {
        st.kind = k;
        std::size_t end = studio.jump().pointer.find('/', prefix.size());
        st.selectedFile = studio.jump().file;
        st.selectedPointer = studio.jump().pointer.substr(0, end);
        st.search.clear();
        st.needsWork = false;
      }
    }
  }
  for (int k = 0; k < 3; ++k) {
    if (k) ImGui::SameLine();
    if (ImGui::RadioButton(kKindTitles[k], st.kind == k)) st.kind = k;
  }
  // Rows are rebuilt when the validation or the kind changes. An edit inside one entry (typing) refreshes that row
  // only: a large sociale kaart has 10,000 rows, and rebuilding them is not for every keystroke.
  const ValidationResult& validation = studio.validation();
  bool rebuild = st.rowsKind != st.kind;
  if (!rebuild && st.rowsRevision != ws.revision()) {
    // Each step of a change is one revision: refreshing rows needs to have seen the revisions before it.
    if (st.rowsRevision + ws.lastChanges().size() != ws.revision()) rebuild = true;
    for (const auto& change : ws.lastChanges()) {
      // Plain names, not a structured binding: clang 14 does not let a lambda capture a binding.
      const std::string& file = change.first;
      const std::string entry = entryPointer(change.second);
      auto row = std::find_if(st.rows.begin(), st.rows.end(),
                              [&](const EntryRow& r) { return r.file == file && r.pointer == entry; });
      // A change beside the entries (an entry added or removed, another file): all rows again.
      if (std::count(entry.begin(), entry.end(), '/') != 2 || row == st.rows.end() || !refreshRow(ws, &validation, *row)) {
        if (paneFor(ws, file) == "kaart") rebuild = true;
      }
    }
    st.rowsRevision = ws.revision();
  }
  if (rebuild) {
    st.shownKey.clear();
    st.rows = entryRows(ws, kKinds[st.kind], &validation);
    st.rowsRevision = ws.revision();
    st.rowsKind = st.kind;
    st.levensgebiedChoices = splitList(st.rows, &EntryRow::levensgebieden);
    st.wijkChoices = splitList(st.rows, &EntryRow::wijk);
  } else if (st.rowsSerial != studio.resultSerial()) {
    // New validation results: the counts change, the rows do not.
    recountRows(st.rows, validation);
    if (st.needsWork || st.sortColumn == 7) st.shownKey.clear();
  }
  st.rowsSerial = studio.resultSerial();
  ImGui::SameLine(0, 30);
  if (studio.focusSearch) {
    ImGui::SetKeyboardFocusHere();
    studio.focusSearch = false;
  }
  ImGui::SetNextItemWidth(220);
  ImGui::InputTextWithHint("##search", "search (Ctrl+F)", &st.search);
  ImGui::SameLine();
  if (st.kind == 0) {
    combo("levensgebied", st.levensgebied, st.levensgebiedChoices, 140);
    ImGui::SameLine();
    ImGui::TextUnformatted("rung");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(60);
    const char* rungs[] = {"all", "0", "1", "2", "3", "4", "5", "6", "7"};
    int rungIndex = st.rung + 1;
    if (ImGui::Combo("##rung", &rungIndex, rungs, 9)) st.rung = rungIndex - 1;
    ImGui::SameLine();
    combo("level", st.level, {"algemeen", "maatwerk"}, 100);
    ImGui::SameLine();
  }
  if (st.kind != 1) {
    combo("wijk", st.wijk, st.wijkChoices, 120);
    ImGui::SameLine();
  }
  ImGui::Checkbox("needs work", &st.needsWork);
  ImGui::SameLine(0, 30);
  if (ImGui::Button("+ Add")) {
    Command c = addEntry(ws, kKinds[st.kind]);
    if (!c.steps.empty() && studio.apply(c)) {
      st.selectedFile = c.steps[0].file;
      st.selectedPointer = c.steps[0].pointer;
    }
  }

  const std::string filterKey = st.search + '\x1f' + st.levensgebied + '\x1f' + st.wijk + '\x1f' + st.level + '\x1f' +
                                std::to_string(st.rung) + (st.needsWork ? "w" : "") + std::to_string(st.sortColumn) +
                                (st.sortAscending ? "a" : "d");
  if (filterKey != st.shownKey) {
    st.shownKey = filterKey;
    st.shown.clear();
    for (const auto& r : st.rows) {
      if (st.needsWork && !r.needsWork()) continue;
      if (st.rung >= 0 && r.rung != st.rung) continue;
      if (!st.level.empty() && r.level != st.level) continue;
      if (!listHas(r.levensgebieden, st.levensgebied) || !listHas(r.wijk, st.wijk)) continue;
      if (!contains(r.id + " " + r.name + " " + r.organization, st.search)) continue;
      st.shown.push_back(&r);
    }
    auto key = [&](const EntryRow* r) -> std::string {
      switch (st.sortColumn) {
        case 1: return r->name;
        case 2: return r->organization;
        case 3: return r->levensgebieden;
        case 4: return std::to_string(r->rung + 10);
        case 5: return r->level;
        case 6: return r->lastVerified;
        case 7: return std::to_string(1000000 + r->problems);
        default: return r->id;
      }
    };
    std::vector<std::pair<std::string, const EntryRow*>> keyed;
    keyed.reserve(st.shown.size());
    for (const EntryRow* r : st.shown) keyed.emplace_back(key(r), r);
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
      return st.sortAscending ? a.first < b.first : b.first < a.first;
    });
    for (std::size_t i = 0; i < keyed.size(); ++i) st.shown[i] = keyed[i].second;
  }
  const std::vector<const EntryRow*>& shown = st.shown;

  const float tableHeight = ImGui::GetContentRegionAvail().y * 0.48f;
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                ImGuiTableFlags_BordersV | ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable;
  if (ImGui::BeginTable("entries", 8, flags, ImVec2(0, tableHeight))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("id", ImGuiTableColumnFlags_WidthFixed, 260);
    ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(st.kind == 1 ? "-" : "organisation", ImGuiTableColumnFlags_WidthFixed, 210);
    ImGui::TableSetupColumn("levensgebieden", ImGuiTableColumnFlags_WidthFixed, 220);
    ImGui::TableSetupColumn("rung", ImGuiTableColumnFlags_WidthFixed, 44);
    ImGui::TableSetupColumn("level", ImGuiTableColumnFlags_WidthFixed, 70);
    ImGui::TableSetupColumn("verified", ImGuiTableColumnFlags_WidthFixed, 90);
    ImGui::TableSetupColumn("tasks (+hints)", ImGuiTableColumnFlags_WidthFixed, 110);
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* sort = ImGui::TableGetSortSpecs()) {
      if (sort->SpecsCount > 0) {
        st.sortColumn = sort->Specs[0].ColumnIndex;
        st.sortAscending = sort->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
      }
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(shown.size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const EntryRow& r = *shown[static_cast<std::size_t>(i)];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const bool selected = r.file == st.selectedFile && r.pointer == st.selectedPointer;
        if (ImGui::Selectable((r.id + "##" + r.pointer).c_str(), selected, ImGuiSelectableFlags_SpanAllColumns)) {
          st.selectedFile = r.file;
          st.selectedPointer = r.pointer;
        }
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r.name.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r.organization.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r.levensgebieden.c_str());
        ImGui::TableNextColumn();
        if (r.rung >= 0) ImGui::Text("%d", r.rung);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r.level.c_str());
        ImGui::TableNextColumn();
        if (r.lastVerified.empty()) ImGui::TextColored(ImVec4(0.7f, 0.43f, 0, 1), "never");
        else ImGui::TextUnformatted(r.lastVerified.c_str());
        ImGui::TableNextColumn();
        if (r.problems) ImGui::TextColored(ImVec4(0.7f, 0.43f, 0, 1), "%d", r.problems);
        else ImGui::TextColored(ImVec4(0.1f, 0.5f, 0.25f, 1), "ok");
        if (r.hints) {
          ImGui::SameLine();
          ImGui::TextColored(ImVec4(0.16f, 0.35f, 0.67f, 1), "+%d", r.hints);
        }
      }
    }
    ImGui::EndTable();
  }
  ImGui::Text("%zu of %zu %s", shown.size(), st.rows.size(), kKinds[st.kind]);

  // The selected entry: every field.
  const Json* entry = st.selectedPointer.empty() ? nullptr : ws.value(st.selectedFile, st.selectedPointer);
  ImGui::Separator();
  if (!entry) {
    ImGui::TextDisabled("Select an entry to edit it.");
    return;
  }
  ImGui::BeginChild("entry", ImVec2(0, 0), false);
  ImGui::Text("%s", entry->value("id", std::string()).c_str());
  ImGui::SameLine();
  ImGui::TextDisabled("%s %s", st.selectedFile.c_str(), st.selectedPointer.c_str());
  ImGui::SameLine(0, 20);
  if (st.kind != 2 && ImGui::Button("Verified today")) {
    studio.apply(verifiedToday(st.selectedFile, st.selectedPointer, studio.today));
  }
  ImGui::SameLine();
  if (ImGui::Button("Remove entry")) {
    studio.apply(removeValue(st.selectedFile, st.selectedPointer, "remove " + entry->value("id", std::string())));
    st.selectedPointer.clear();
    ImGui::EndChild();
    return;
  }
  drawProblemsFor(studio, st.selectedFile, st.selectedPointer);
  editMembers(studio, st.selectedFile, st.selectedPointer);
  ImGui::EndChild();
}

}  // namespace ekw::studio

#include "core/content/model.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "core/content/normalise.h"

namespace ekw {

const std::string& Text::in(const std::string& language) const {
  static const std::string kEmpty;
  auto it = byLanguage.find(language);
  if (it != byLanguage.end()) return it->second;
  it = byLanguage.find("nl");
  if (it != byLanguage.end()) return it->second;
  return byLanguage.empty() ? kEmpty : byLanguage.begin()->second;
}

namespace {
constexpr std::array<const char*, 12> kFieldTypeNames = {"text",  "textarea", "number", "date",   "postcode", "bsn",
                                                         "iban",  "phone",    "email",  "choice", "yesno",    "consent"};

template <typename Enum, std::size_t N>
std::optional<Enum> enumFromName(const std::array<const char*, N>& names, const std::string& s) {
  for (std::size_t i = 0; i < N; ++i)
    if (s == names[i]) return static_cast<Enum>(i);
  return std::nullopt;
}

template <typename T>
const T* find(const std::unordered_map<std::string, const T*>& index, const std::string& id) {
  auto it = index.find(id);
  return it == index.end() ? nullptr : it->second;
}

template <typename T>
void fill(std::unordered_map<std::string, const T*>& index, const std::vector<T>& items) {
  index.clear();
  index.reserve(items.size());
  for (const T& item : items) index.emplace(item.id, &item);  // the first definition wins; duplicates are diagnosed
}
}  // namespace

const char* fieldTypeName(FieldType t) { return kFieldTypeNames[static_cast<std::size_t>(t)]; }
std::optional<FieldType> fieldTypeFromName(const std::string& s) { return enumFromName<FieldType>(kFieldTypeNames, s); }

const Option* Node::option(const std::string& optionId) const {
  for (const Option& o : options)
    if (o.id == optionId) return &o;
  return nullptr;
}

const Node* Tree::node(const std::string& nodeId) const {
  if (!nodeIndex_.empty()) {
    auto it = nodeIndex_.find(nodeId);
    return it == nodeIndex_.end() ? nullptr : &nodes[it->second];
  }
  for (const Node& n : nodes)
    if (n.id == nodeId) return &n;
  return nullptr;
}

const FormField* Form::field(const std::string& fieldId) const {
  for (const FormSection& s : sections)
    for (const FormField& f : s.fields)
      if (f.id == fieldId) return &f;
  return nullptr;
}

const Levensgebied* Content::levensgebied(const std::string& id) const { return find(levensgebiedIndex_, id); }
const Tree* Content::tree(const std::string& id) const { return find(treeIndex_, id); }
const Tree* Content::treeFor(const std::string& levensgebiedId) const {
  const Levensgebied* lg = levensgebied(levensgebiedId);
  if (lg && !lg->tree.empty()) return tree(lg->tree);
  return find(treeByLevensgebied_, levensgebiedId);
}
const Node* Content::node(const std::string& nodeId) const { return find(nodeIndex_, nodeId); }
const Advice* Content::adviceItem(const std::string& id) const { return find(adviceIndex_, id); }
const Service* Content::service(const std::string& id) const { return find(serviceIndex_, id); }
const Organization* Content::organization(const std::string& id) const { return find(organizationIndex_, id); }
const Location* Content::location(const std::string& id) const { return find(locationIndex_, id); }
const Form* Content::form(const std::string& id) const { return find(formIndex_, id); }
const BuuvTemplate* Content::buuvTemplate(const std::string& id) const { return find(buuvIndex_, id); }
const Signal* Content::signal(const std::string& id) const {
  for (const Signal& s : signals)
    if (s.id == id) return &s;
  return nullptr;
}

std::vector<const Location*> Content::locationsOf(const std::string& serviceId) const {
  auto it = locationsByService_.find(serviceId);
  return it == locationsByService_.end() ? std::vector<const Location*>{} : it->second;
}

namespace {

// Fewest and most questions from `node` to an outcome, over every branch (trees are acyclic once validated; a
// cycle or overly deep chain in bad content ends at the provisional value).
void computeSpan(Tree& tree, Node& node, std::unordered_map<const Node*, int>& state, int depth) {
  if (!node.isQuestion()) return;
  int& mark = state[&node];
  if (mark == 2) return;
  if (mark == 1 || depth > 500) {  // on the current chain: a cycle
    node.spanMin = node.spanMax = 1;
    return;
  }
  mark = 1;
  std::size_t lo = SIZE_MAX, hi = 0;
  bool any = false;
  auto visit = [&](const std::string& target) {
    any = true;
    const Node* t = tree.node(target);
    if (!t) {
      lo = 0;
      return;
    }
    computeSpan(tree, const_cast<Node&>(*t), state, depth + 1);
    lo = std::min(lo, t->spanMin);
    hi = std::max(hi, t->spanMax);
  };
  for (const Branch& b : node.next.branches) visit(b.target);
  for (const Option& o : node.options)
    for (const Branch& b : o.next.branches) visit(b.target);
  if (!any) lo = 0;
  node.spanMin = lo + 1;
  node.spanMax = hi + 1;
  state[&node] = 2;
}

}  // namespace

void Content::index() {
  liveSessions = LiveSessionSlot();  // their walks point into the vectors being indexed
  fill(levensgebiedIndex_, levensgebieden);
  fill(treeIndex_, trees);
  treeByLevensgebied_.clear();
  nodeIndex_.clear();
  for (Tree& t : trees) {
    treeByLevensgebied_.emplace(t.levensgebied, &t);
    t.nodeIndex_.clear();
    for (std::size_t i = 0; i < t.nodes.size(); ++i) {
      nodeIndex_.emplace(t.nodes[i].id, &t.nodes[i]);
      t.nodeIndex_.emplace(t.nodes[i].id, i);
    }
  }
  for (Tree& t : trees) {
    std::unordered_map<const Node*, int> state;
    for (Node& n : t.nodes) computeSpan(t, n, state, 0);
  }
  fill(adviceIndex_, advice);
  fill(serviceIndex_, services);
  fill(organizationIndex_, organizations);
  fill(locationIndex_, locations);
  fill(formIndex_, forms);
  fill(buuvIndex_, buuvTemplates);
  for (Service& s : services) {
    // Searching normalises once here instead of for every service on every query.
    std::string text;
    for (const Text* t : {&s.name, &s.description})
      for (const auto& [language, value] : t->byLanguage) text += value + " ";
    if (const Organization* o = organization(s.organization)) text += o->name + " " + o->alternateName + " ";
    for (const std::string& k : s.keywords) text += k + " ";
    s.searchText = normaliseForSearch(text);
  }
  locationsByService_.clear();
  for (const ServiceAtLocation& sal : servicesAtLocation)
    if (const Location* loc = location(sal.location)) locationsByService_[sal.service].push_back(loc);
  serviceSearch_.build(*this);
}

}  // namespace ekw

// ekw list --json DIR: what a content directory holds, as one JSON object, for scripts and editors.
#include <iostream>

#include "core/content/model.h"
#include "tools/ekw/cli_support.h"
#include "tools/ekw/commands.h"

namespace ekw::cli {

using nlohmann::json;

int runList(const Args& args, std::ostream& out, std::ostream& err) {
  if (args.size() != 2 || args[0] != "--json") {
    err << "usage: ekw list --json DIR\n";
    return 2;
  }
  std::optional<LoadedContent> loaded = loadValidContent(args[1], "list", err);
  if (!loaded) return 1;
  const Content& c = *loaded->content;
  json levensgebieden = json::array(), trees = json::array(), advice = json::array(), services = json::array(),
       forms = json::array();
  for (const Levensgebied& lg : c.levensgebieden) levensgebieden.push_back({{"id", lg.id}, {"name", lg.name.in("nl")}});
  for (const Tree& t : c.trees) {
    std::size_t questions = 0;
    for (const Node& n : t.nodes) questions += n.isQuestion() ? 1 : 0;
    trees.push_back({{"id", t.id}, {"levensgebied", t.levensgebied}, {"questions", questions}, {"nodes", t.nodes.size()}});
  }
  for (const Advice& a : c.advice)
    advice.push_back({{"id", a.id}, {"levensgebied", a.levensgebied}, {"rung", a.rung}, {"sources", a.sources}});
  for (const Service& s : c.services)
    services.push_back({{"id", s.id},
                        {"name", s.name.in("nl")},
                        {"organization", s.organization},
                        {"level", s.level},
                        {"indicatie", s.indicatie},
                        {"rung", s.rung},
                        {"levensgebieden", s.levensgebieden},
                        {"sources", s.sources}});
  for (const Form& f : c.forms) {
    json fields = json::array();
    for (const FormSection& s : f.sections)
      for (const FormField& fld : s.fields)
        fields.push_back({{"id", fld.id},
                          {"type", fieldTypeName(fld.type)},
                          {"prefill", fld.prefill.logic ? json("logic") : fld.prefill.path.empty() ? json(nullptr) : json(fld.prefill.path)}});
    forms.push_back({{"id", f.id}, {"name", f.name.in("nl")}, {"kind", f.kind}, {"fields", fields}});
  }
  out << json{{"content", {{"id", c.id}, {"version", c.version}}},
              {"levensgebieden", levensgebieden},
              {"trees", trees},
              {"advice", advice},
              {"services", services},
              {"forms", forms}}
             .dump()
      << "\n";
  return 0;
}

}  // namespace ekw::cli

// Structural check of content files against the JSON Schemas in content/schema/*.schema.json.
//
// The schemas are the single source of truth: editors' IDEs read the files, and the engine checks with the
// same files compiled in (core/content/embedded_schemas.h). This is a small validator for the subset of JSON
// Schema 2020-12 those files use, written for editors rather than for generality: it reports every problem
// (one per value, no cascades), names the JSON pointer and line:column, says what was expected in plain
// English and suggests the nearest allowed name for a typo.
//
// Supported keywords: type, properties, required, additionalProperties, propertyNames, items, minItems,
// enum, const, minimum, maximum, minLength, maxLength, oneOf, $ref (within a file and across files, JSON pointer
// fragments with %XX escapes decoded), $defs, true and false as schemas, format as an assertion (ekw-id, language,
// date, email, uri (RFC 3986), ekw-web-address (RFC 3986, http or https), ekw-source, ekw-path). $id only at the
// top of a file (where it names the file for cross-file $refs). Annotations ($schema, $id, title,
// description, $comment, examples, default, deprecated) are ignored. Any other keyword, an unknown format or
// a $ref that does not resolve is reported in schemaProblems(), so that a schema edit the engine does not
// understand fails the tests instead of being ignored silently.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostics.h"
#include "core/json/json_document.h"

namespace ekw {

class SchemaSet {
 public:
  // The embedded schemas, parsed once (thread-safe).
  static const SchemaSet& builtin();

  // Compiles schema files: file name (e.g. "tree.schema.json") -> JSON text. $refs to other files name them by
  // file name or by their $id. Never throws for bad schemas: their problems go to schemaProblems().
  explicit SchemaSet(const std::vector<std::pair<std::string_view, std::string_view>>& files);
  ~SchemaSet();
  SchemaSet(SchemaSet&&) noexcept;
  SchemaSet& operator=(SchemaSet&&) noexcept;
  SchemaSet(const SchemaSet&) = delete;
  SchemaSet& operator=(const SchemaSet&) = delete;

  // Problems with the schemas themselves (file = schema file name; codes "schema-not-json", "schema-invalid",
  // "schema-unsupported", "schema-unresolved-ref", "schema-ref-cycle"). Empty for a good set.
  const Diagnostics& schemaProblems() const;

  // Whether a schema file of that name was given.
  bool has(std::string_view schemaName) const;
  // The names of the schema files, sorted.
  std::vector<std::string> names() const;

  // Checks `doc` against schema file `schemaName` (e.g. "tree.schema.json"). Appends one Diagnostic per
  // problem to `out`, in document order, with file = `file`, pos = doc.positionOf(pointer), the JSON pointer of
  // the offending value, a stable code and a plain English message:
  //   "wrong-type"     expected a string, found a number
  //   "unknown-field"  unknown field "nmae" (did you mean "name"?)          pointer: the unknown member
  //   "missing-field"  missing required field "text"                         pointer: the object
  //   "invalid-value"  enum, const, minimum, maximum, minLength, maxLength, minItems and format failures
  // An unknown schemaName gives one "unknown-schema" diagnostic.
  void check(const JsonDocument& doc, std::string_view schemaName, const std::string& file, Diagnostics& out) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ekw

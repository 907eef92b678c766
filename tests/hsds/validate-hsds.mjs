// Checks every record of an `ekw hsds export` against the Open Referral HSDS 3 schemas, read from
// ../shared/conformance/hsds (never copied). Usage: node tests/hsds/validate-hsds.mjs EXPORT.json SCHEMA_DIR
// Prints "N records valid" and exits 0, or lists each invalid record with ajv's errors and exits 1.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const [exportFile, schemaDir] = process.argv.slice(2);
if (!exportFile || !schemaDir) {
  console.error('usage: node validate-hsds.mjs EXPORT.json SCHEMA_DIR');
  process.exit(2);
}
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
// The compiled HSDS schemas carry documentation keywords (name, core, constraints, example) ajv does not know.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const organization = read(join(schemaDir, 'organization.json'));
const validators = {
  organizations: ajv.compile(organization),
  services: ajv.compile(read(join(schemaDir, 'service.json'))),
  service_at_locations: ajv.compile(read(join(schemaDir, 'service_at_location.json'))),
  // HSDS 3 has no compiled location schema of its own: a location is checked as an organization's location.
  locations: ajv.compile(organization.properties.locations.items),
};
const data = read(exportFile);
let valid = 0;
const failures = [];
for (const [list, validate] of Object.entries(validators)) {
  if (!Array.isArray(data[list])) {
    failures.push(`${list}: missing (expected a list of records)`);
    continue;
  }
  data[list].forEach((record, i) => {
    if (validate(record)) valid += 1;
    else failures.push(`${list}[${i}] ${record.id ?? ''}: ${ajv.errorsText(validate.errors, { separator: '; ' })}`);
  });
}
if (failures.length) {
  console.error(failures.join('\n'));
  console.error(`${failures.length} invalid, ${valid} valid`);
  process.exit(1);
}
console.log(`${valid} records valid`);

// The BRP fixtures (tests/brp/*.json) are real Haal Centraal BRP Personen shapes: each validates with ajv against
// the OpenAPI specification in ../shared/conformance (read from there, never copied). The specification's
// discriminators (verblijfplaats, datum) are followed to the concrete schema, as a portal's client would.
// No browser: plain Node.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const specPath = path.resolve(root, '..', 'shared', 'conformance', 'haal-centraal-brp', 'openapi.json');
const spec = JSON.parse(readFileSync(specPath, 'utf8'));
const schemas = spec.components.schemas;

function makeAjv() {
  // OpenAPI 3.1 schemas are JSON Schema 2020-12 plus a few annotations (discriminator, example) ajv does not know.
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false }); // the spec's patterns escape ' (not allowed with the u flag)
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('int32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:/i);
  ajv.addSchema(spec, 'brp.json');
  return ajv;
}
const ajv = makeAjv();
const validator = (name) => ajv.getSchema(`brp.json#/components/schemas/${name}`);

// Every object that carries a discriminator's property is also checked against the schema the mapping names.
function discriminated(value, schemaName, at, problems) {
  const schema = schemas[schemaName];
  if (!schema || value === null || typeof value !== 'object') return;
  const mapping = schema.discriminator?.mapping;
  if (mapping) {
    const kind = value[schema.discriminator.propertyName];
    const target = mapping[kind];
    if (!target) problems.push(`${at}: unknown ${schema.discriminator.propertyName} ${JSON.stringify(kind)}`);
    else {
      const name = target.split('/').pop();
      const v = validator(name);
      if (!v(value)) problems.push(`${at} as ${name}: ${ajv.errorsText(v.errors)}`);
    }
  }
}

function fixtureProblems(file, data) {
  const problems = [];
  const isResponse = Object.prototype.hasOwnProperty.call(data, 'personen');
  const top = validator(isResponse ? 'RaadpleegMetBurgerservicenummerResponse' : 'Persoon');
  if (!top(data)) problems.push(`${file}: ${ajv.errorsText(top.errors)}`);
  for (const [i, p] of (isResponse ? data.personen : [data]).entries()) {
    discriminated(p.verblijfplaats, 'AbstractVerblijfplaats', `${file} persoon ${i} verblijfplaats`, problems);
    discriminated(p.geboorte?.datum, 'AbstractDatum', `${file} persoon ${i} geboorte.datum`, problems);
  }
  return problems;
}

const dir = path.join(root, 'tests', 'brp');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

test('every BRP fixture is a valid Haal Centraal BRP Personen shape', () => {
  assert.ok(fixtures.length >= 4, 'the fixtures are there');
  for (const file of fixtures) {
    const problems = fixtureProblems(file, JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
    assert.deepEqual(problems, [], `${file} against ${specPath}`);
  }
});

test('the schema check catches what a wrong fixture would get wrong', () => {
  // The same check on broken copies: a BSN of 8 digits, a house number as text, an unknown verblijfplaats kind.
  const good = JSON.parse(readFileSync(path.join(dir, 'raadpleeg-marjan.json'), 'utf8'));
  const broken = [
    (d) => { d.personen[0].burgerservicenummer = '12345678'; },
    (d) => { d.personen[0].verblijfplaats.verblijfadres.huisnummer = '12'; },
    (d) => { d.personen[0].verblijfplaats.type = 'Woonboot'; },
    (d) => { d.personen[0].geboorte.datum = { type: 'Datum', langFormaat: '12 april 1988' }; },
  ];
  for (const [i, breakIt] of broken.entries()) {
    const copy = structuredClone(good);
    breakIt(copy);
    assert.notDeepEqual(fixtureProblems(`broken ${i}`, copy), [], `broken copy ${i} is caught`);
  }
});

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { draftProfile } from '../../src/profile/init.ts';
import { profileJsonSchema } from '../../src/profile/json-schema.ts';
import type { Facts } from '../../src/scan/facts.ts';

const root = path.join(import.meta.dirname, '..', '..');
const committed = JSON.parse(fs.readFileSync(path.join(root, 'schema', 'candor-profile.schema.json'), 'utf8')) as object;
const fixtures = path.join(root, 'test', 'fixtures', 'profile');

test('the committed JSON Schema is up to date (run scripts/build-profile-schema.ts)', () => {
  assert.deepEqual(committed, profileJsonSchema());
});

test('editors accept a complete profile and a draft full of TODOs, and flag a wrong value', () => {
  const validate = new Ajv({ strict: false, validateFormats: false, allErrors: true }).compile(committed);
  const complete = parse(fs.readFileSync(path.join(fixtures, 'connect-ai-app', 'candor.yaml'), 'utf8')) as unknown;
  assert.equal(validate(complete), true, JSON.stringify(validate.errors));
  const facts = JSON.parse(fs.readFileSync(path.join(fixtures, 'facts', 'forge-kvs-sentry.json'), 'utf8')) as Facts;
  assert.equal(validate(parse(draftProfile(facts))), true, JSON.stringify(validate.errors));
  assert.equal(validate({ program: { incident: { customerHours: '72 hours' } } }), false);
  assert.equal(validate({ vendor: { nmae: 'x' } }), false);
});

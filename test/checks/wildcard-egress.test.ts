import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import check from '../../src/checks/catalogue/wildcard-egress.ts';
import type { EgressDeclaration } from '../../src/scan/facts.ts';
import { reportsOf, type Case } from './check-cases.ts';
import { at, makeFacts } from './facts-builder.ts';

const entry = (address: string, host: string, line: number, kind: EgressDeclaration['kind'] = 'fetch-backend'): EgressDeclaration =>
  ({ kind, address, host, wildcard: true, category: null, inScopeEUD: null, evidence: at('manifest.yml', line, `- '${address}'`) });

const cases: Case[] = [
  { name: 'no wildcard', facts: makeFacts(), expect: [] },
  { name: 'a wildcard under one domain is scoped', facts: makeFacts({ egress: { wildcards: [entry('https://*.example.com', '*.example.com', 30)] } }), expect: [] },
  { name: 'a wildcard under a country second-level domain of a company is scoped', facts: makeFacts({ egress: { wildcards: [entry('*.acme.co.uk', '*.acme.co.uk', 30)] } }), expect: [] },
  { name: 'any host', facts: makeFacts({ egress: { wildcards: [entry('*', '*', 31, 'images')] } }), expect: [{ messageId: 'anyHost', at: 'manifest.yml:31' }] },
  { name: 'a whole top-level domain', facts: makeFacts({ egress: { wildcards: [entry('https://*.com', '*.com', 32)] } }), expect: [{ messageId: 'wholeTld', at: 'manifest.yml:32' }] },
  { name: 'a whole country second-level domain', facts: makeFacts({ egress: { wildcards: [entry('*.co.uk', '*.co.uk', 33, 'fetch-client')] } }), expect: [{ messageId: 'wholeTld', at: 'manifest.yml:33' }] },
];

describe('wildcard-egress', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(reportsOf(check, c), c.expect));
});

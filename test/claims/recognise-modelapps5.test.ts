/** Wordings the fifth set of model apps read wrongly, each in its general form, beside the near wordings that must stay as they are. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recogniseClaims } from '../../src/claims/recognise.ts';
import { readStatement } from '../../src/statement/read.ts';

const claimsOf = (text: string): Array<[string, Record<string, unknown>]> =>
  recogniseClaims(readStatement('s.md', `${text}\n`)).map((r) => [r.claim.id, r.params]);

describe('recognising the wordings of the fifth model apps', () => {
  it('a denial of analytics or tracking without a noun after it, "has no analytics", and customer-messaging tools', () => {
    assert.deepEqual(claimsOf('The app does not use analytics or tracking.'), [['third-parties-exactly', { parties: [], categories: ['analytics'] }]]);
    assert.deepEqual(claimsOf('The add-on has no analytics or telemetry.'), [['third-parties-exactly', { parties: [], categories: ['analytics'] }]]);
    assert.deepEqual(claimsOf('We do not use analytics or customer-messaging tools in the app.'), [['third-parties-exactly', { parties: [], categories: ['analytics', 'crm'] }]]);
    // A feature the app lacks, or analytics data put to some use: no denial of a vendor.
    assert.deepEqual(claimsOf('The app has no analytics dashboard.'), []);
    assert.deepEqual(claimsOf('We do not use analytics data to profile users.'), []);
  });

  it('"uses no third-party services" denies every third party', () => {
    assert.deepEqual(claimsOf('The app uses no third-party services or sub-processors.'), [['third-parties-exactly', { parties: [] }]]);
    assert.deepEqual(claimsOf('Our team relies on no sub-processors.'), [['third-parties-exactly', { parties: [] }]]);
  });
});

describe('a heading over a paragraph, then the list of scopes', () => {
  it('the heading claims the scopes of the list after the prose; a list of other things is not taken', () => {
    const text = '## Permissions\n\nThe app only reads Jira data.\n\n- read:jira-work — to read the issues assigned to you\n- storage:app — to save your notes\n- Licensing\n';
    const scopes = claimsOf(text).filter(([id]) => id === 'exact-scopes');
    assert.deepEqual(scopes.map(([, p]) => (p.scopes as Array<{ scope: string }>).map((s) => s.scope)), [['read:jira-work', 'storage:app']]);
    const other = '## Permissions\n\nThe app asks for few permissions.\n\n- Admins approve the install\n- Users sign in with Google\n';
    assert.deepEqual(claimsOf(other).filter(([id]) => id === 'exact-scopes'), []);
  });
});

describe('AI denials, the invoking user, and Forge storage that follows the site', () => {
  it('"to AI services" with no article, and "does not call any AI or LLM provider", deny every AI provider', () => {
    assert.deepEqual(claimsOf('The app does not send any data to AI services.'), [['ai-providers-and-data', { providers: [] }]]);
    assert.deepEqual(claimsOf('The app does not call any AI or LLM provider.'), [['ai-providers-and-data', { providers: [], any: true }]]);
    // The app's own provider, or room for one: no denial of every provider.
    assert.deepEqual(claimsOf('We never send data to the AI provider without consent.'), []);
    assert.deepEqual(claimsOf('The app does not call any other AI or LLM provider.'), []);
  });

  it('"with the permissions of the user who invokes them" is the user\'s own rights', () => {
    assert.deepEqual(claimsOf('Actions run with the permissions of the user who invokes them.'), [['calls-as-user', {}]]);
    assert.deepEqual(claimsOf('All calls run with the permissions of the invoking user.'), [['calls-as-user', {}]]);
    assert.deepEqual(claimsOf('The user who invokes them gets admin rights.'), []);
  });

  it('"kept in Forge storage and follows your site\'s data residency"', () => {
    assert.deepEqual(claimsOf("Data stored by the app is kept in Forge storage and follows your Confluence site's data residency."), [['data-residency-supported', { all: false }]]);
  });
});

describe('the app\'s own backend as the one destination, and a back end on Atlassian', () => {
  it('"only connects to our Cloud Run backend" allows the app\'s own remotes; a backend provider is a vendor', () => {
    assert.deepEqual(claimsOf('The app only connects to our Cloud Run backend; it contacts no other external domains.'), [['egress-only-to', { hosts: [], remotes: true }]]);
    assert.deepEqual(claimsOf('The app only connects to our backend provider Supabase.'), [['egress-only-to', { hosts: ['*.supabase.co', '*.supabase.in', 'api.supabase.com'] }]]);
  });

  it('"its backend runs on Atlassian\'s infrastructure" claims no backend of the vendor\'s', () => {
    assert.deepEqual(claimsOf("Drive Links is built on Atlassian Forge, and its backend runs on Atlassian's infrastructure."), [['no-external-backend', {}]]);
    assert.deepEqual(claimsOf('Its backend is hosted by Acme Cloud.'), []);
  });
});

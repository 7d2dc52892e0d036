import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const MANIFEST = forgeManifest('permissions:', '  scopes:', '    - read:jira-user', '    - read:confluence-user');

/** What each `console.log` of the app's index carries, by the text it logs. */
async function logged(index: string): Promise<Record<string, string>> {
  const { facts } = await scanFiles({ 'manifest.yml': MANIFEST, 'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0' } }), 'src/index.js': index });
  return Object.fromEntries(facts.logs.map((l) => [l.evidence.excerpt.replace(/^console\.log\((.*)\);$/, '$1'), l.carries.join(',')]));
}

describe('a read of a user\'s profile (`/myself`, `/user?accountId=`): each field holds what the operation answers there', () => {
  it('a field that holds no account ID, name or email carries none of them; those that do carry theirs; the whole profile all', async () => {
    assert.deepEqual(await logged([
      "import api, { route } from '@forge/api';",
      'export async function run(event) {',
      '  const me = await (await api.asUser().requestJira(route`/rest/api/3/myself`)).json();',
      '  console.log(me.timeZone);',
      '  console.log(me.username);',
      '  console.log(me.groups);',
      '  console.log(me.emailAddress);',
      '  console.log(me);',
      '  const { locale, displayName } = me;',
      '  console.log(locale);',
      '  console.log(displayName);',
      '  const owner = await (await api.asApp().requestJira(route`/rest/api/3/user?accountId=${event.accountId}`)).json();',
      '  console.log(owner.active);',
      '  const reader = await (await api.asUser().requestConfluence(route`/wiki/rest/api/user/current`)).json();',
      '  console.log(reader.personalSpace);',
      '  console.log(reader.type);',
      '}',
      '',
    ].join('\n')), {
      'me.timeZone': 'other',
      'me.username': 'other',
      'me.groups': 'other',
      'me.emailAddress': 'email',
      me: 'account-id,display-name,email,product-content',
      locale: 'other',
      displayName: 'display-name',
      'owner.active': 'other',
      'reader.personalSpace': 'account-id,display-name',
      'reader.type': 'other',
    });
  });

  it('also when a helper of the app returns the profile, or a client wraps it (`data` of axios); an answer whose fields are not known keeps its people in every field', async () => {
    assert.deepEqual(await logged([
      "import api, { route } from '@forge/api';",
      "import axios from 'axios';",
      'async function currentUser() {',
      '  const res = await api.asUser().requestJira(route`/rest/api/3/myself`);',
      '  return res.json();',
      '}',
      'export async function run() {',
      '  const user = await currentUser();',
      '  console.log(user.locale);',
      '  const people = await (await api.asApp().requestJira(route`/rest/api/3/users/search`)).json();',
      '  console.log(people[0].locale);',
      '}',
      'export async function profile(baseUrl, token) {',
      '  const res = await axios.get(`${baseUrl}/rest/api/3/myself`, { headers: { Authorization: `Bearer ${token}` } });',
      '  console.log(res.data);',
      '  console.log(res.data.timeZone);',
      '}',
      '',
    ].join('\n')), {
      'user.locale': 'other',
      'people[0].locale': 'account-id,display-name,email,product-content',
      'res.data': 'account-id,display-name,email,product-content',
      'res.data.timeZone': 'other',
    });
  });
});

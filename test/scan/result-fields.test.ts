import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('a field of an object an app function returns (`report(issues).health`, `const { health } = await report(issues)`)', () => {
  it('holds what that field holds of the argument, not what the other fields do', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work'),
      'src/index.ts': [
        "import api, { route } from '@forge/api';",
        "import { report } from './report';",
        'export const run = async () => {',
        '  const res = await api.asApp().requestJira(route`/rest/api/3/search/jql`, { method: \'POST\', body: \'{}\' });',
        '  const { issues } = await res.json();',
        '  const summary = await report(issues);',
        '  console.log(`health ${summary.health.score}`);',
        "  console.log('team', summary.team);",
        "  console.log('all', summary);",
        '  const { health, team: people } = await report(issues);',
        "  console.log('destructured', health, people.length);",
        "  console.log('people', people);",
        '};',
        '',
      ].join('\n'),
      'src/report.ts': [
        'const health = (issues: any[]) => {',
        '  const done = issues.filter((i) => i.fields.resolution);',
        '  return { score: Math.round((done.length / (issues.length || 1)) * 100) };',
        '};',
        'const team = (issues: any[]) => issues.map((i) => ({ who: i.fields.assignee.accountId, title: i.fields.summary }));',
        'export async function report(issues: any[]) {',
        '  return { health: health(issues), team: team(issues) };',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [
      [7, ['other']],
      [8, ['account-id', 'product-content']],
      [9, ['account-id', 'product-content']],
      [11, ['other']],
      [12, ['account-id', 'product-content']],
    ]);
  });
});

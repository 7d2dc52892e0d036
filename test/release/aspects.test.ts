import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diffSnapshots } from '../../src/release/diff.ts';
import { makeSnapshot } from '../../src/release/snapshot.ts';
import type { Facts } from '../../src/scan/facts.ts';
import { sdkCall } from '../claims/facts-builder.ts';
import { at, makeFacts } from '../checks/facts-builder.ts';

const DATE = new Date('2026-05-01T00:00:00Z');

function changes(before: Facts, after: Facts): Array<[string, string, string, string]> {
  const diff = diffSnapshots(makeSnapshot(before, { version: '1', date: DATE, commit: null }), makeSnapshot(after, { version: '2', date: DATE, commit: null }));
  return diff.changes.map((c) => [c.severity, c.change, c.aspect, c.message]);
}

const call = (carries: Facts['egress']['calls'][number]['carries'], line: number) => ({
  client: 'api.fetch', method: 'POST' as const, url: 'https://hooks.example.com/{}', host: 'hooks.example.com', side: 'backend' as const, carries, evidence: at('src/notify.js', line),
});
const log = (carries: Facts['logs'][number]['carries'], line: number) => ({
  logger: 'console', level: 'log', carries, side: 'backend' as const, evidence: at('src/index.js', line, "console.log('issue', issue);"),
});

describe('release aspects', () => {
  it('flags a request to a known host that now carries email addresses', () => {
    assert.deepEqual(changes(makeFacts({ egress: { calls: [call(['other'], 3)] } }), makeFacts({ egress: { calls: [call(['other', 'email'], 9)] } })), [
      ['statement-update', 'changed', 'egress-calls', 'Requests from the back end to `hooks.example.com` now carry email addresses: the statement must say this data leaves for that host.'],
    ]);
  });

  it('flags End-User Data newly handed to a vendor SDK; a call with literals only is no change', () => {
    const sent = (carries: Facts['egress']['sdkCalls'][number]['carries']) => ({ egress: { sdkCalls: [sdkCall('openai', 'src/summarise.js', 17, carries, 'chat.completions.create')] } });
    assert.deepEqual(changes(makeFacts(sent(['literal'])), makeFacts(sent(['literal']))), []);
    assert.deepEqual(changes(makeFacts(sent(['literal'])), makeFacts(sent(['product-content']))), [
      ['statement-update', 'added', 'sdk-data', 'The back end now sends product content to OpenAI through its SDK: the statement must say this data goes to that third party.'],
    ]);
    assert.deepEqual(changes(makeFacts(sent(['product-content'])), makeFacts(sent(['product-content', 'account-id']))), [
      ['statement-update', 'changed', 'sdk-data', 'Calls from the back end through the OpenAI SDK now send account IDs: the statement must say this data goes to that third party.'],
    ]);
  });

  it('flags the same log call (same file and text, another line) once it logs End-User Data', () => {
    assert.deepEqual(changes(makeFacts({ logs: [log(['account-id'], 4)] }), makeFacts({ logs: [log(['account-id', 'product-content'], 40)] })), [
      ['statement-update', 'changed', 'log-leaks', 'This `console.log` call now logs product content: fix the log call or update the statement.'],
    ]);
    assert.deepEqual(changes(makeFacts({ logs: [log(['literal'], 4)] }), makeFacts({ logs: [log(['literal'], 40)] })), []);
    assert.deepEqual(changes(makeFacts({ logs: [log(['email'], 4)] }), makeFacts({ logs: [{ ...log(['email'], 4), side: 'frontend' }] })), [
      ['review', 'removed', 'log-leaks', 'A `console.log` call that logged email addresses is gone: review what the statement says about logs.'],
    ]);
  });

  it('treats a changed reporting interval and a dropped reporting call as statement updates', () => {
    const reporting = (interval: string, calls = 1) => ({
      personalData: {
        uses: [],
        reporting: { calls: Array.from({ length: calls }, () => at('src/privacy.js', 12)), triggers: [{ key: 'report', kind: 'scheduled' as const, interval, evidence: at('manifest.yml', 20) }] },
      },
    });
    assert.deepEqual(changes(makeFacts(reporting('week')), makeFacts(reporting('day'))), [
      ['statement-update', 'changed', 'reporting', 'Personal data reporting from `report` now runs day (was week): update the reporting cadence in the statement.'],
    ]);
    assert.deepEqual(changes(makeFacts(reporting('week')), makeFacts({})), [
      ['statement-update', 'removed', 'reporting', 'The app no longer calls the Personal Data Reporting API: a statement promising personal data reporting no longer holds.'],
      ['statement-update', 'removed', 'reporting', 'Personal data reporting no longer runs from the scheduled trigger `report`: the reporting cadence in the statement needs an update.'],
    ]);
  });

  it('flags a remote that points at another host and a new web trigger', () => {
    const remote = (host: string) => ({ egress: { remotes: [{ key: 'backend', baseUrl: `https://${host}`, hosts: [host], operations: ['compute'], evidence: at('manifest.yml', 30) }] } });
    assert.deepEqual(changes(makeFacts(remote('eu.example.com')), makeFacts(remote('us.example.com'))), [
      ['statement-update', 'changed', 'remotes', 'Remote `backend` now points at us.example.com: update where the statement says the backend runs.'],
    ]);
    const web = { triggers: [{ kind: 'web' as const, key: 'hook', function: 'hook', events: [], interval: null, response: 'dynamic', evidence: at('manifest.yml', 12) }] };
    assert.deepEqual(changes(makeFacts({}), makeFacts(web)), [
      ['review', 'added', 'triggers', 'New web trigger `hook`: a URL anyone holding it can call; review what it accepts and whether it can send data out.'],
    ]);
  });

  it('records licensing turned off as a statement update and a memory change as info', () => {
    const before = makeFacts({ app: { licensing: { enabled: true, evidence: at('manifest.yml', 40) }, runtime: { name: 'nodejs22.x', architecture: null, memoryMB: 256, evidence: at('manifest.yml', 36) } } });
    const after = makeFacts({ app: { licensing: { enabled: false, evidence: null }, runtime: { name: 'nodejs22.x', architecture: null, memoryMB: 512, evidence: at('manifest.yml', 36) } } });
    assert.deepEqual(changes(before, after), [
      ['statement-update', 'changed', 'app-settings', 'Licensing is now disabled (was enabled): update the statement where it says licenses are enforced.'],
      ['info', 'changed', 'app-settings', 'Function memory changed from 256 MB to 512 MB.'],
    ]);
  });
});

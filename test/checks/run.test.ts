import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runChecks } from '../../src/checks/run.ts';
import type { Facts } from '../../src/scan/facts.ts';
import { at, makeFacts } from './facts-builder.ts';

const facts: Facts = makeFacts({
  scopes: { unused: [{ scope: 'write:jira-work', evidence: at('manifest.yml', 19) }] },
  logs: [{ logger: 'console', level: 'log', carries: ['product-content'], side: 'backend', evidence: at('src/index.js', 14) }],
  secrets: [{ rule: 'openai-api-key', description: 'An OpenAI API key', masked: 'sk-p…Q3xT', evidence: at('src/ai.js', 2) }],
  egress: { declared: [{ kind: 'fetch-backend', address: 'https://api.openai.com', host: 'api.openai.com', wildcard: false, category: null, inScopeEUD: null, evidence: at('manifest.yml', 25) }] },
});

describe('runChecks', () => {
  it('a clean app gives no finding', () => {
    assert.deepEqual(runChecks({ facts: makeFacts(), profile: null }), []);
    assert.deepEqual(runChecks({ facts: makeFacts(), profile: { thirdParties: [], data: [{ category: 'configuration', storedIn: 'forge-kvs', residency: 'follows-atlassian' }] } }), []);
  });

  it('formats messages and sorts by file and line', () => {
    const findings = runChecks({ facts, profile: null });
    assert.deepEqual(findings.map((f) => [f.check, f.severity, `${f.evidence.file}:${f.evidence.line}`]), [
      ['unused-scope', 'warning', 'manifest.yml:19'],
      ['runs-on-atlassian', 'note', 'manifest.yml:25'],
      ['runs-on-atlassian', 'note', 'src/ai.js:2'],
      ['secret-in-source', 'error', 'src/ai.js:2'],
      ['end-user-data-in-logs', 'error', 'src/index.js:14'],
    ]);
    const logged = findings.find((f) => f.check === 'end-user-data-in-logs');
    assert.equal(logged?.message, 'This `console.log` call logs product content: End-User Data in the app\'s logs.');
    assert.equal(logged?.title, 'End-User Data in logs');
    assert.deepEqual(logged?.related, []);
    assert.match(logged?.fix ?? '', /remove the log call/);
  });

  it('a report may raise its own severity', () => {
    const findings = runChecks({ facts, profile: { claims: [{ id: 'runs-on-atlassian' }] } }, { only: ['runs-on-atlassian'] });
    assert.deepEqual(findings.map((f) => [f.severity, f.message]), [
      ['error', 'The profile claims Runs on Atlassian, but the manifest allows egress to `https://api.openai.com`; only analytics egress without in-scope End-User Data (`category: analytics`, `inScopeEUD: false`) is allowed.'],
      ['error', 'The profile claims Runs on Atlassian, but credentials are exposed in the source (1 found).'],
    ]);
  });

  it('runs only the checks asked for', () => {
    assert.deepEqual(runChecks({ facts, profile: null }, { only: ['secret-in-source', 'unused-scope'] }).map((f) => f.check), ['unused-scope', 'secret-in-source']);
  });

  it('names the known checks when asked for an unknown one', () => {
    assert.throws(() => runChecks({ facts, profile: null }, { only: ['secrets'] }), /unknown check "secrets"; the checks are account-ids-without-reporting, /);
  });
});

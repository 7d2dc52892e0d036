import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { golden } from './golden.ts';
import { runCli } from './run-cli.ts';

const PLAYBOOK = 'examples/campaign-operations-playbook';
const CASES = [
  { name: 'playbook-000', args: [PLAYBOOK, '--statement', `${PLAYBOOK}/statements/data-security-and-privacy.txt`], status: 0 },
  { name: 'playbook-001', args: [PLAYBOOK, '--statement', `${PLAYBOOK}/statements/incident-communication.txt`], status: 0 },
  // The statement's three scopes lack read:confluence-content.summary, which GET content by id needs: a missing-scope finding.
  { name: 'cloner-002', args: ['examples/bulk-page-cloner', '--statement', 'examples/bulk-page-cloner/statements/security-policy.txt', '--section', 'Bulk Page Cloner'], status: 1 },
  // The statement promises four scopes and weekly reporting; the reporting API needs a fifth: a true contradiction.
  { name: 'handoff-002', args: ['examples/handoff-for-jira', '--statement', 'examples/handoff-for-jira/statements/security-policy.txt', '--section', 'Handoff for Jira'], status: 1 },
  { name: 'skyline-004', args: ['examples/skyline', '--statement', 'examples/skyline/statements/security-statement.txt'], status: 1 },
];

describe('candor check (CLI)', () => {
  for (const c of CASES) {
    it(`checks ${c.name} as text`, () => {
      const { status, stdout, stderr } = runCli(['check', ...c.args]);
      assert.equal(status, c.status, stderr);
      golden(`check-${c.name}.txt`, stdout);
    });
  }

  it('writes SARIF 2.1.0 with claims at statement lines and code as related locations', () => {
    const { stdout } = runCli(['check', ...CASES[3]!.args, '--format', 'sarif']);
    const log = JSON.parse(stdout);
    assert.equal(log.version, '2.1.0');
    const results = log.runs[0].results as Array<{ ruleId: string; level: string; locations: any[]; relatedLocations: any[] }>;
    const reporting = results.find((r) => r.ruleId === 'claim/personal-data-reporting' && r.locations[0].physicalLocation.artifactLocation.uri.startsWith('statements/'))!;
    assert.equal(reporting.level, 'error');
    assert.equal(reporting.locations[0].physicalLocation.artifactLocation.uri, 'statements/security-policy.txt');
    assert.equal(reporting.locations[0].physicalLocation.region.startLine, 76);
    assert.ok(reporting.relatedLocations.some((l) => l.physicalLocation.artifactLocation.uri === 'src/privacy.js'));
    const scope = results.find((r) => r.ruleId === 'check/missing-scope')!;
    assert.equal(scope.locations[0].physicalLocation.artifactLocation.uri, 'src/privacy.js');
    const ruleIds = new Set(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id));
    for (const r of results) assert.ok(ruleIds.has(r.ruleId), `${r.ruleId} has a rule`);
  });

  it('writes GitHub annotations with paths from the working directory', () => {
    const { stdout } = runCli(['check', ...CASES[3]!.args, '--format', 'github']);
    assert.match(stdout, /^::error file=examples\/handoff-for-jira\/statements\/security-policy\.txt,line=76,col=\d+,title=Candor%3A contradicted claim personal-data-reporting::/m);
    assert.match(stdout, /^::error file=examples\/handoff-for-jira\/src\/privacy\.js,line=64,/m);
  });

  it('writes Markdown and JSON', () => {
    const md = runCli(['check', ...CASES[0]!.args, '--format', 'markdown']).stdout;
    assert.match(md, /^# Candor check: /);
    assert.match(md, /\| \*\*verified\*\* \| no-egress \|/);
    const json = JSON.parse(runCli(['check', ...CASES[0]!.args, '--format', 'json']).stdout);
    assert.equal(json.sources[0].summary.contradicted, 0);
  });

  it('lists every unfilled placeholder of a template statement and fails', () => {
    const { status, stdout } = runCli(['check', 'examples/bulk-page-cloner', '--statement', 'test/fixtures/statement/seed-003-privacy-policy-template.txt', '--format', 'json']);
    assert.equal(status, 1);
    const unfilled = JSON.parse(stdout).sources.find((s: { kind: string }) => s.kind === 'statement').results.filter((r: { verdict: string }) => r.verdict === 'unfilled');
    assert.equal(unfilled.length, 19);
  });

  it('usage and input errors exit 2', () => {
    assert.equal(runCli(['check', PLAYBOOK, '--statement', 'no-such-file.txt']).status, 2);
    assert.equal(runCli(['check', PLAYBOOK, '--fail-on', 'sometimes']).status, 2);
    assert.equal(runCli(['check', PLAYBOOK, '--format', 'pdf']).status, 2);
  });
});

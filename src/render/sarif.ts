import { VERSION } from '../version.ts';
import type { CheckRun } from '../check/model.ts';
import type { Evidence } from '../scan/facts.ts';
import { CLAIMS } from '../claims/registry.ts';
import { CHECKS } from '../checks/registry.ts';

const LEVEL = { error: 'error', warning: 'warning', note: 'note' } as const;

/**
 * SARIF 2.1.0 for code scanning. A claim's result points at the statement (or profile) line that
 * makes it, with the code evidence as related locations; a check's result points at the code.
 * https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
export function renderSarif(run: CheckRun): string {
  const rules = [
    ...CLAIMS.map((c) => ({ id: `claim/${c.id}`, name: c.id, shortDescription: { text: c.title }, fullDescription: { text: c.description } })),
    { id: 'claim/unfilled', name: 'unfilled', shortDescription: { text: 'Template text left unfilled' }, fullDescription: { text: 'A placeholder, an example or a choice of options left in a published statement.' } },
    ...CHECKS.map((c) => ({ id: `check/${c.id}`, name: c.id, shortDescription: { text: c.title }, fullDescription: { text: c.description }, help: { text: c.fix }, defaultConfiguration: { level: LEVEL[c.severity] } })),
  ];
  const results = [];
  for (const source of run.sources) {
    for (const r of source.results) {
      const level = r.verdict === 'contradicted' || r.verdict === 'unfilled' ? 'error' : r.verdict === 'unverified' ? 'warning' : 'note';
      results.push({
        ruleId: r.verdict === 'unfilled' && !CLAIMS.some((c) => c.id === r.claim) ? 'claim/unfilled' : `claim/${r.claim}`,
        level,
        kind: r.verdict === 'verified' || r.verdict === 'organisational' ? 'pass' : 'fail',
        message: { text: `${r.verdict}: ${r.message}` },
        locations: [location({ file: source.file, line: r.source.line, column: r.source.column, excerpt: r.source.text })],
        relatedLocations: r.evidence.map((e, i) => ({ id: i + 1, ...location(e), message: { text: e.excerpt } })),
        properties: { verdict: r.verdict },
      });
    }
  }
  for (const f of run.findings) {
    results.push({
      ruleId: `check/${f.check}`, level: LEVEL[f.severity], message: { text: f.message },
      locations: [location(f.evidence)],
      relatedLocations: f.related.map((e, i) => ({ id: i + 1, ...location(e) })),
    });
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'Candor', version: VERSION, informationUri: 'https://www.npmjs.com/package/candor', rules } },
      originalUriBaseIds: { APPROOT: { description: { text: 'The app folder that was checked.' } } },
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function location(e: Pick<Evidence, 'file' | 'line' | 'column'> & { excerpt?: string }) {
  return {
    physicalLocation: {
      artifactLocation: { uri: e.file.split('\\').join('/'), uriBaseId: 'APPROOT' },
      region: { startLine: Math.max(1, e.line), startColumn: Math.max(1, e.column), ...(e.excerpt ? { snippet: { text: e.excerpt } } : {}) },
    },
  };
}

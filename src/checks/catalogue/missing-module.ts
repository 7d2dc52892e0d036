import required from '../../data/forge-required-modules.json' with { type: 'json' };
import type { Evidence, Facts } from '../../scan/facts.ts';
import { firstAndRest } from '../group.ts';
import type { CheckDefinition, CheckReport } from '../types.ts';

interface Requirement { module: string; name: string; llm?: string; storage?: string }

/** Where the code uses a capability: its model calls (`llm`) or its storage operations (`storage`). */
function usesOf(facts: Facts, r: Requirement): Evidence[] {
  return [
    ...facts.llm.filter((l) => l.vendor === r.llm).map((l) => l.evidence),
    ...facts.storage.filter((s) => s.backend === r.storage).map((s) => s.evidence),
  ];
}

const check: CheckDefinition = {
  id: 'missing-module',
  title: 'Missing module',
  severity: 'error',
  description:
    'Error: a Forge app uses a capability that works only when the manifest declares its module, and the manifest does not: ' +
    'Forge LLMs (`chat` of `@forge/llm`) need an `llm` module, Forge SQL (`@forge/sql`) an `sql` module and the Forge Object Store ' +
    '(`@forge/object-store`) an `objectStore` module, so the calls fail at ' +
    'run time. The capabilities and their modules are in src/data/forge-required-modules.json with Atlassian\'s pages; the places ' +
    'that use one are reported once, with the others as related locations.',
  fix: 'Declare the module in manifest.yml (`modules: llm: - key: main-llm, model: [claude]`, `modules: sql: - key: main, engine: mysql`, or an `objectStore` module with its `storageClass`), then redeploy; adding it is a major version upgrade.',
  messages: {
    missing: '{{name}} is used here, but the manifest declares no `{{module}}` module: the calls fail at run time.',
    missingMany: '{{name}} is used in {{count}} places, but the manifest declares no `{{module}}` module: the calls fail at run time.',
  },
  run({ facts }) {
    if (facts.app.platform !== 'forge' && facts.app.platform !== 'connect-on-forge') return [];
    const declared = new Set(facts.app.modules.map((m) => m.type));
    const reports: CheckReport[] = [];
    for (const r of required.modules as Requirement[]) {
      const places = declared.has(r.module) ? [] : usesOf(facts, r);
      if (places.length === 0) continue;
      reports.push({
        messageId: places.length === 1 ? 'missing' : 'missingMany',
        data: { name: r.name, module: r.module, count: places.length },
        ...firstAndRest(places),
      });
    }
    return reports;
  },
};

export default check;

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/runtime.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { at, makeFacts } from './facts-builder.ts';

const runtime = (architecture: string | null, memoryMB: number | null) =>
  makeFacts({ app: { runtime: { name: 'nodejs24.x', architecture, memoryMB, evidence: at('manifest.yml', 42, 'runtime:') } } });

const cases: Case[] = [
  {
    name: 'nodejs24.x on arm64 with 256 MB, as stated',
    params: { name: 'nodejs24.x', architecture: 'arm64', memoryMB: 256 },
    facts: runtime('arm64', 256),
    expect: { verdict: 'verified', messageId: 'verified', at: ['manifest.yml:42'] },
  },
  {
    name: 'architecture left out: the default x86_64 applies',
    params: { name: 'nodejs24.x', architecture: 'arm64' },
    facts: runtime(null, 256),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['manifest.yml:42'] },
  },
  {
    name: 'memory left out: the default 512 MB applies',
    params: { memoryMB: 512 },
    facts: runtime('arm64', null),
    expect: { verdict: 'verified', messageId: 'verified', at: ['manifest.yml:42'] },
  },
  {
    name: 'another Node.js version',
    params: { name: 'nodejs22.x' },
    facts: runtime('arm64', 256),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['manifest.yml:42'] },
  },
  {
    name: 'the memory the manifest sets differs: the memoryMB line, not the runtime block',
    params: { name: 'nodejs22.x', memoryMB: 256 },
    facts: makeFacts({
      app: { runtime: { name: 'nodejs22.x', architecture: null, memoryMB: 1024, evidence: at('manifest.yml', 46, 'runtime:'), fields: { name: at('manifest.yml', 47), memoryMB: at('manifest.yml', 48) } } },
    }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['manifest.yml:48'] },
  },
  {
    name: 'a default differs: the runtime block is where a field would go',
    params: { architecture: 'arm64' },
    facts: makeFacts({ app: { runtime: { name: 'nodejs22.x', architecture: null, memoryMB: null, evidence: at('manifest.yml', 46, 'runtime:'), fields: { name: at('manifest.yml', 47) } } } }),
    expect: { verdict: 'contradicted', messageId: 'contradicted', at: ['manifest.yml:46'] },
  },
  {
    name: 'a Connect app has no Forge runtime',
    params: { name: 'nodejs24.x' },
    facts: makeFacts({ app: { platform: 'connect' } }),
    expect: { verdict: 'unverified', messageId: 'notForge', at: [] },
  },
];

describe('runtime', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));
});

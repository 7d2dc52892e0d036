import defaults from '../../data/forge-runtime-defaults.json' with { type: 'json' };
import { defineClaim, outcome } from '../define.ts';
import { manifestAnchor } from '../evidence.ts';
import { firstLine, gap, phrase } from '../phrases.ts';
import type { Evidence } from '../../scan/facts.ts';

type Params = { name?: string; architecture?: string; memoryMB?: number };

export default defineClaim<Params>({
  id: 'runtime',
  title: 'Runtime',
  description:
    'The Forge runtime is the one stated: name (`nodejs24.x`), architecture (`arm64`) and memory (`256 MB`), as set in `app.runtime` of the manifest; a field left out takes Forge\'s default (x86_64, 512 MB, per src/data/forge-runtime-defaults.json).',
  decidedBy: 'code',
  phrasings: [
    phrase`\bnodejs\d{2}(?:\.x)?\b`,
    phrase`\b(?:runtime|runs\s+on)\b${gap(20)}\bNode(?:\.js)?\s*\d{2}\b`,
  ],
  params: (text) => {
    const sentence = firstLine(text);
    const out: Params = {};
    const node = /\bnode(?:js|\.js)?\s*(\d{2})(?:\.x)?\b/i.exec(sentence);
    if (node) out.name = `nodejs${node[1]}.x`;
    const arch = /\b(arm64|x86[_-]64|x64)\b/i.exec(sentence)?.[1]?.toLowerCase();
    if (arch) out.architecture = arch === 'arm64' ? 'arm64' : 'x86_64';
    const memory = /\b(\d{3,4})\s*MB\b/i.exec(sentence)?.[1];
    if (memory) out.memoryMB = Number(memory);
    return Object.keys(out).length > 0 ? out : null;
  },
  examples: ['Runtime: nodejs24.x on arm64, 256 MB memory \u2014 fully managed and sandboxed by Atlassian Forge'],
  messages: {
    verified: 'The runtime is {{runtime}} ({{where}}).',
    contradicted: 'The runtime is {{actual}}, not {{stated}} ({{where}}).',
    notForge: 'Only a Forge manifest states its runtime; this app is {{platform}}.',
    unknown: 'The manifest states no runtime name.',
    noParams: 'The claim states no runtime to check.',
  },
  verify(params, { facts }) {
    const { runtime, platform } = facts.app;
    if (typeof params.name !== 'string' && typeof params.architecture !== 'string' && typeof params.memoryMB !== 'number') return outcome('unverified', 'noParams');
    if (platform === 'connect' || platform === null) return outcome('unverified', 'notForge', [], { platform: platform ?? 'not a Forge app' });
    const anchor = runtime.evidence ?? manifestAnchor(facts);
    const evidence = anchor ? [anchor] : [];
    const where = anchor ? `${anchor.file}:${anchor.line}` : 'manifest';
    const actual = { name: runtime.name, architecture: runtime.architecture ?? defaults.architecture, memoryMB: runtime.memoryMB ?? defaults.memoryMB };
    const wrong: Array<[string, string, Evidence | undefined]> = [];
    if (typeof params.name === 'string') {
      if (actual.name === null) return outcome('unverified', 'unknown', evidence);
      if (actual.name.toLowerCase() !== params.name.toLowerCase()) wrong.push([actual.name, params.name, runtime.fields?.name]);
    }
    if (typeof params.architecture === 'string' && params.architecture !== actual.architecture) {
      wrong.push([`${actual.architecture}${runtime.architecture === null ? ' (the default)' : ''}`, params.architecture, runtime.fields?.architecture]);
    }
    if (typeof params.memoryMB === 'number' && params.memoryMB !== actual.memoryMB) {
      wrong.push([`${actual.memoryMB} MB${runtime.memoryMB === null ? ' (the default)' : ''}`, `${params.memoryMB} MB`, runtime.fields?.memoryMB]);
    }
    if (wrong.length > 0) {
      // The line of the field that differs (`memoryMB: 1024`); the `runtime:` block for a default.
      const fields = wrong.flatMap(([, , e]) => (e ? [e] : []));
      const shown = fields.length === wrong.length ? fields : evidence;
      const at = shown[0] ? `${shown[0].file}:${shown[0].line}` : where;
      return outcome('contradicted', 'contradicted', shown, { actual: wrong.map(([a]) => a).join(', '), stated: wrong.map(([, s]) => s).join(', '), where: at });
    }
    const stated = [params.name, params.architecture, typeof params.memoryMB === 'number' ? `${params.memoryMB} MB` : undefined].filter(Boolean).join(', ');
    return outcome('verified', 'verified', evidence, { runtime: stated, where });
  },
});

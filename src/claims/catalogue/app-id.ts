import { defineClaim, outcome } from '../define.ts';
import { manifestAnchor } from '../evidence.ts';
import { firstLine, phrase } from '../phrases.ts';

type Params = { id: string };

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

export default defineClaim<Params>({
  id: 'app-id',
  title: 'App ID',
  description:
    'The app ID the statement gives (a UUID or `ari:cloud:ecosystem::app/\u2026`) is the one in the manifest\'s `app.id` (or the Connect descriptor\'s `key`).',
  decidedBy: 'code',
  phrasings: [phrase`\b(?:Forge\s+)?app(?:lication)?\s+(?:ID|identifier|key)\b\s*[:=]?\s*(?:ari:cloud:ecosystem::app\/)?[0-9a-z][0-9a-z.-]{3,}`],
  params: (text) => {
    const sentence = firstLine(text);
    const uuid = UUID.exec(sentence)?.[0];
    if (uuid) return { id: uuid.toLowerCase() };
    const key = /\bapp(?:lication)?\s+key\s*[:=]?\s*([a-z0-9][a-z0-9.-]{3,})/i.exec(sentence)?.[1];
    return key ? { id: key } : null;
  },
  examples: ['App ID: b64e8d8a-a3f6-4692-8c1b-279f0c30b74b'],
  messages: {
    verified: 'The manifest has app id {{actual}}.',
    contradicted: 'The app id is {{actual}}, not {{stated}} ({{file}}).',
    unknown: 'The app declares no id.',
  },
  verify(params, { facts, profile }) {
    const given = String(params.id ?? profile?.app?.id ?? '').toLowerCase();
    const stated = UUID.exec(given)?.[0] ?? given;
    const actual = facts.app.id ?? facts.app.key;
    const anchor = manifestAnchor(facts);
    if (!actual || !stated) return outcome('unverified', 'unknown', anchor ? [anchor] : []);
    const same = UUID.test(stated) ? (UUID.exec(actual)?.[0]?.toLowerCase() ?? actual.toLowerCase()) === stated : actual.toLowerCase() === stated;
    if (same) return outcome('verified', 'verified', [], { actual });
    const file = facts.app.manifest ?? facts.app.descriptor ?? 'manifest';
    return outcome(anchor ? 'contradicted' : 'unverified', 'contradicted', anchor ? [anchor] : [], { actual, stated, file });
  },
});

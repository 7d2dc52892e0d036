import { defineClaim, outcome } from '../define.ts';
import { places, unreadSources, writesFirst } from '../evidence.ts';
import { gap, phrase } from '../phrases.ts';
import { endUserDataSentOut, storageVendors } from '../storage.ts';

const KV_BACKENDS = new Set(['kvs', 'kvs-secret', 'custom-entity']);

export default defineClaim({
  id: 'only-forge-kv',
  title: 'Only Forge KV storage',
  description:
    'The app keeps all its data in Forge key-value storage (`@forge/kvs`, including secrets and custom entities). Contradicted by any other store: Forge SQL, object store, cache, entity or content properties, an external database or storage vendor.',
  decidedBy: 'code',
  phrasings: [
    phrase`\b(?:stored?|stores|kept|keeps|persisted|lives?)\b${gap(40)}\b(?:exclusively|only|solely|entirely)\b${gap(30)}\bForge\s+(?:KV|key[- ]value)`,
    phrase`\bonly\s+(?:uses?\s+)?(?:Atlassian\s+)?Forge(?:'s)?\s+(?:KV|key[- ]value)\s+(?:storage|store)\b`,
  ],
  examples: ["Storage: All app data (queues, handoffs, and team data) is stored exclusively in Atlassian Forge KV Storage — no data leaves Atlassian's cloud infrastructure"],
  messages: {
    verified: 'All storage calls use Forge KVS ({{count}} in code).',
    other: 'The app also stores data in {{backend}} ({{where}}).',
    vendor: 'The app uses {{vendor}} to store data ({{where}}).',
    sent: 'All storage is Forge KVS, but End-User Data is sent outside Atlassian ({{where}}) and may be kept there.',
    incomplete: 'All storage found is Forge KVS, but {{where}} could not be read.',
  },
  verify(_params, { facts }) {
    const other = writesFirst(facts.storage.filter((op) => !KV_BACKENDS.has(op.backend)));
    if (other.length > 0) return outcome('contradicted', 'other', other.map((op) => op.evidence), { backend: [...new Set(other.map((op) => op.backend))].join(', '), where: places(other.map((op) => op.evidence)) });
    const used = storageVendors(facts).used[0];
    if (used) return outcome('contradicted', 'vendor', used.evidence, { vendor: used.name, where: places(used.evidence) });
    const sent = endUserDataSentOut(facts);
    if (sent.length > 0) return outcome('unverified', 'sent', sent, { where: places(sent) });
    const unread = unreadSources(facts);
    if (unread.length > 0) return outcome('unverified', 'incomplete', unread, { where: places(unread) });
    return outcome('verified', 'verified', facts.storage.filter((op) => op.op === 'write').map((op) => op.evidence).slice(0, 5), { count: facts.storage.length });
  },
});

import { defineClaim, outcome } from '../define.ts';
import { SENT_MESSAGES, sentOutcome } from '../sent-kept.ts';
import { places, unreadSources, writesFirst } from '../evidence.ts';
import { gap, phrase } from '../phrases.ts';
import { storageKept, storageVendors } from '../storage.ts';

const KV_BACKENDS = new Set(['kvs', 'kvs-secret', 'custom-entity']);

export default defineClaim({
  id: 'only-forge-kv',
  title: 'Only Forge KV storage',
  description:
    'The app keeps all its data in Forge key-value storage (`@forge/kvs`, including secrets and custom entities). Contradicted by any other store: Forge SQL, object store, cache, entity or content properties, an external database or storage vendor End-User Data sent to a host outside Atlassian is judged by what the profile says that third party keeps (`thirdParties[].retention`): unverified when it does not say, contradicted when it keeps the data, organisational when it keeps none.',
  decidedBy: 'code',
  phrasings: [
    phrase`\b(?:stored?|stores|kept|keeps|persisted|lives?)\b${gap(40)}\b(?:exclusively|only|solely|entirely)\b${gap(30)}\bForge\s+(?:KV|key[- ]value)`,
    phrase`\bonly\s+(?:uses?\s+)?(?:Atlassian\s+)?Forge(?:'s)?\s+(?:KV|key[- ]value)\s+(?:storage|store)\b`,
    // "Everything is stored in Forge's key-value store": all of it, in that store
    // Also "Everything the app keeps lives in Forge KVS", "..., since everything lives in Forge KVS".
    // "..., and everything it saves goes into Forge KVS": a clause of its own.
    phrase`(?:^|;\s*|,\s+and\s+|\b(?:since|because)\s+)(?:everything|all\s+(?:(?:app|the\s+app's|its|of\s+the\s+app's)\s+)?data)\s+(?:(?:that\s+)?(?:the\s+(?:app|add-?on|macro|gadget)|it|we)\s+(?:saves?|stores?|keeps?|records?|writes?)\s+)?(?:(?:(?:is|gets)\s+(?:stored|kept|held|saved|persisted)|lives|sits|resides|stays)\s+in|goes\s+(?:in)?to|(?:is|gets)\s+(?:written|put)\s+(?:in)?to)\s+(?:the\s+)?(?:Atlassian\s+)?Forge(?:'s)?\s+(?:KVS\b|(?:KV|key[- ]value)\s+(?:storage|store)\b)`,
    // "Storage: Forge KVS only", "Storage: Atlassian Forge key-value store": a label that names that store and no other.
    phrase`^storage\s*:\s*(?:the\s+)?(?:Atlassian\s+)?Forge(?:'s)?\s+(?:KVS\b|(?:KV|key[- ]value)\s+(?:storage|store)\b)\s*(?:only\b|\.?$)`,
    // "The app keeps its data in Forge KVS", "We store all of the app's data in Forge's key-value store": the app's data as a whole.
    phrase`(?:\b(?:we|it)|\bthe\s+(?:[\w-]+\s+){0,2}?(?:app|add-?on|macro|gadget|integration|plugin|extension|widget))\s+(?:keeps?|stores?|saves?|holds?|persists?)\s+(?:all\s+(?:of\s+)?)?(?:its|the\s+app's|our)\s+data\s+in\s+(?:the\s+)?(?:Atlassian\s+)?Forge(?:'s)?\s+(?:KVS\b|(?:KV|key[- ]value)\s+(?:storage|store)\b)`,
    // "... sits in Forge's key-value store and nowhere else"
    phrase`\b(?:stored?|stores|kept|keeps|lives?|sits?|resides?|held)\s+in\s+(?:the\s+)?(?:Atlassian\s+)?Forge(?:'s)?\s+(?:KV|key[- ]value)\s+(?:storage|store)\s+(?:and|but)\s+(?:nowhere|not\s+anywhere)\s+else\b`,
    // "Whiteboard Sync stores a mapping of board IDs in Forge KVS and nothing else": what it stores is all it stores, there or nowhere else.
    phrase`\b(?:stores?|keeps?|saves?|holds?|persists?)\s+(?!nothing\b|no\b)[^.;:!?]{1,100}?\s+in\s+(?:the\s+)?(?:Atlassian\s+)?Forge(?:'s)?\s+(?:KVS\b|(?:KV|key[- ]value)\s+(?:storage|store)\b)\s*,?\s+and\s+(?:nothing|nowhere)\s+else\s*(?:[.;,!]|$)`,
  ],
  examples: ["Storage: All app data (queues, handoffs, and team data) is stored exclusively in Atlassian Forge KV Storage \u2014 no data leaves Atlassian's cloud infrastructure"],
  messages: {
    verified: 'All storage calls use Forge KVS ({{count}} in code).',
    other: 'The app also stores data in {{backend}} ({{where}}).',
    vendor: 'The app uses {{vendor}} to store data ({{where}}).',
    ...SENT_MESSAGES,
    incomplete: 'All storage found is Forge KVS, but {{where}} could not be read.',
  },
  verify(_params, { facts, profile }) {
    const other = writesFirst(storageKept(facts).filter((op) => !KV_BACKENDS.has(op.backend)));
    if (other.length > 0) return outcome('contradicted', 'other', other.map((op) => op.evidence), { backend: [...new Set(other.map((op) => op.backend))].join(', '), where: places(other.map((op) => op.evidence)) });
    const used = storageVendors(facts).used[0];
    if (used) return outcome('contradicted', 'vendor', used.evidence, { vendor: used.name, where: places(used.evidence) });
    const sent = sentOutcome(facts, profile);
    if (sent && sent.verdict !== 'organisational') return sent;
    const unread = unreadSources(facts);
    if (unread.length > 0) return outcome('unverified', 'incomplete', unread, { where: places(unread) });
    return sent ?? outcome('verified', 'verified', facts.storage.filter((op) => op.op === 'write').map((op) => op.evidence).slice(0, 5), { count: facts.storage.length });
  },
});

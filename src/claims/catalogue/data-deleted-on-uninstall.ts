import uninstall from '../../data/forge-uninstall.json' with { type: 'json' };
import { defineClaim, outcome } from '../define.ts';
import { places, unreadSources } from '../evidence.ts';
import { firstLine, gap, NOT, phrase } from '../phrases.ts';
import { storedInOf, type Profile } from '../../profile/schema.ts';
import type { Evidence, Facts, StorageOp } from '../../scan/facts.ts';
import { sdkCalls } from '../sent.ts';
import { storageVendors } from '../storage.ts';

type Params = { immediately?: boolean };

const FORGE_HOSTED = new Set(['kvs', 'kvs-secret', 'custom-entity', 'sql', 'object-store', 'cache', 'app-property']);
const DELETE = String.raw`(?:delete[sd]?|erase[sd]?|remove[sd]?|purge[sd]?|anonymi[sz]e[sd]?|destroy(?:s|ed)?)`;

/** A storage vendor's SDK call that removes data (`DeleteObjectCommand`, `deleteObjects`, `remove`). */
const STORE_DELETE = /delete|remove|destroy|purge|drop|truncate/i;

const KEPT = phrase`${NOT}\s+(?:\w+\s+){0,2}?${DELETE}\b`;

/**
 * The tables the app writes outside Atlassian that the uninstall handlers delete the tenant's rows from (a delete whose filter
 * names the installation's key), and the writes they leave: to other tables, product properties, Forge storage kept for days
 * when "immediately" is claimed; `unseen` when the app may also keep data where Candor cannot tell (a storage vendor's SDK,
 * code it cannot read). Null when the scan followed no handler.
 */
function deletedOnUninstall(facts: Facts, immediately: boolean): { tables: string[]; evidence: Evidence[]; kept: StorageOp[]; unseen: boolean } | null {
  if (!facts.uninstall.some((u) => u.deletes)) return null;
  // Only a delete of the uninstalled tenant's rows clears a table for it, not one of a session or a cache entry by another key.
  const deletes = facts.uninstall.flatMap((u) => (u.deletes ?? []).filter((d) => d.backend === 'external-db' && d.key !== null && d.tenant));
  const deleted = new Set(deletes.map((d) => d.key));
  const writes = facts.storage.filter((op) => op.op === 'write' && !(FORGE_HOSTED.has(op.backend) && !immediately));
  const cleared = (op: StorageOp): boolean => op.backend === 'external-db' && op.key !== null && deleted.has(op.key);
  const tables = [...new Set(writes.filter(cleared).map((op) => op.key!))];
  const unseen = storageVendors(facts).used.length > 0 || unreadSources(facts).length > 0;
  return { tables, evidence: deletes.filter((d) => tables.includes(d.key!)).map((d) => d.evidence), kept: writes.filter((op) => !cleared(op)), unseen };
}

/** The data the profile says is kept on the vendor's own servers: "the account data (candor.yaml data[0])". */
function keptOutside(profile: Profile | null): string {
  const kept = (profile?.data ?? []).flatMap((entry, index) => {
    return storedInOf(entry).some((p) => p.startsWith('vendor-')) ? [`${entry.description ?? entry.category ?? 'data'} (data[${index}])`] : [];
  });
  return kept.join(', ');
}

export default defineClaim<Params>({
  id: 'data-deleted-on-uninstall',
  title: 'Data deleted on uninstall',
  description:
    `The app's data goes when the app is uninstalled. Forge hosted storage is deleted by Atlassian, ${uninstall.retentionDays} days after uninstall (src/data/forge-uninstall.json), so "immediately" is unverified; data in an external store needs an uninstall handler (contradicted without one, or when nothing in the code deletes from an external store; verified when a Connect \`uninstalled\` callback's route (in its callbacks or the app's functions they call) or a Forge uninstall trigger's function deletes the tenant's rows from every table the app writes, a delete counting only when its filter names the installation's key (\`WHERE client_key = $1\`, \`destroy({ where: { clientKey } })\`, \`settings.del(key, clientKey)\`; src/data/tenant-keys.json), and with it the tables whose foreign keys the schema makes cascade from a table it clears (\`ON DELETE CASCADE\`, Prisma's \`onDelete: Cascade\`); unverified otherwise, as Candor cannot see what the handler deletes); product properties stay with the product.`,
  decidedBy: 'code',
  phrasings: [
    // "When the app is uninstalled, all data associated with your site, including deal mappings and tokens, is deleted."
    phrase`\buninstall(?:s|ed|ing|ation)?\b${gap(100)}\b${DELETE}\b`,
    // "Data is kept until the app is uninstalled", "Retention: until uninstall": all of it kept no longer than the installation
    // (not "Configuration stays until uninstall; thumbnails ...", one kind of data beside another's period).
    phrase`\b(?:(?:all\s+)?(?:the\s+app's\s+|your\s+|app\s+)?data|everything)\s+(?:is\s+|are\s+)?(?:kept|retained|stored|held|stays?|remains?)\s+(?:only\s+)?until\s+(?:the\s+app\s+is\s+|it\s+is\s+|you\s+)?uninstall(?:s|ed|ing|ation)?\b|^(?:data\s+)?retention\s*:\s*until\s+(?:the\s+app\s+is\s+|you\s+)?uninstall(?:ed|ation)?\b`,
    phrase`\b${DELETE}\b${gap(60)}\b(?:uninstall(?:s|ed|ing|ation)?|removal\s+of\s+the\s+app|(?:app|add-on)\s+is\s+(?:removed|deleted))\b`,
    // "Removing the app from your site deletes every record we hold" (not "removing the app's data")
    phrase`\b(?:remov|delet)(?:e|es|ed|ing)\s+(?:the\s+|this\s+|our\s+)?(?:app|add-on)\b(?!')${gap(40)}\b${DELETE}\b`,
    // "We do not store data after uninstall", "The app does not keep End-User Data indefinitely post app uninstallation" (the Marketplace's question answered "No")
    phrase`${NOT}${gap(20)}\b(?:store|keep|retain|hold|persist)s?\b${gap(40)}\b(?:indefinitely\s+)?(?:after|post|following|beyond)\s+(?:the\s+)?(?:app\s+)?(?:is\s+|you\s+)?uninstall(?:s|ed|ing|ation)?\b`,
    phrase`\b(?:stores?|keeps?|retains?|holds?)\s+(?:nothing|no\s+(?:data|information))\b${gap(30)}\b(?:after|post|following|beyond)\s+(?:the\s+)?(?:app\s+)?(?:is\s+|you\s+)?uninstall(?:s|ed|ing|ation)?\b`,
    // "The deletion of all data happens automatically at the uninstallation of the app": the deletion named by its noun.
    phrase`\b(?:deletion|erasure|removal)\s+of\s+(?:all\s+)?(?:the\s+)?(?:app's\s+|your\s+)?(?:data|everything|information)\b${gap(60)}\buninstall(?:s|ed|ing|ation)?\b`,
    // "No data persists after uninstallation."
    phrase`\b(?:no|none\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?(?:data|information)\s+(?:persists?|remains?|is\s+(?:kept|retained|left))\s+(?:after|following|beyond)\s+(?:the\s+app\s+is\s+)?uninstall(?:s|ed|ing|ation)?\b`,
  ],
  // "We do not delete your data on uninstall" says the opposite.
  params: (sentence) => (KEPT.test(firstLine(sentence)) ? null : { immediately: /\b(?:immediately|instantly|at\s+once|right\s+away)\b/i.test(firstLine(sentence)) }),
  examples: ['When a customer uninstalls the app, we delete or anonymize associated customer data immediately, except where retention is legally required.'],
  messages: {
    verified: 'All data is in Forge hosted storage, which Atlassian deletes {{days}} days after uninstall.',
    notImmediate: 'All data is in Forge hosted storage, which Atlassian keeps for {{days}} days after uninstall before deleting it.',
    kept: 'Data is kept outside Atlassian ({{where}}) and the app handles no uninstall event.',
    handlerKeeps: 'An uninstall handler exists ({{handler}}), but nothing in the code deletes data kept outside Atlassian ({{where}}).',
    handler: 'Data is kept outside Atlassian ({{where}}); an uninstall handler exists ({{handler}}), but Candor cannot see what it deletes.',
    handlerDeletes: 'The uninstall handler ({{handler}}) deletes from every table the app writes outside Atlassian ({{tables}}; {{where}}).',
    handlerPartly: 'The uninstall handler ({{handler}}) deletes from {{tables}}, but not from {{kept}} ({{where}}), which the app also writes.',
    properties: 'The app writes product properties ({{where}}), which stay with the product after uninstall.',
    remote: 'The app runs on its own server, the Forge remote {{remote}} ({{where}}), whose code Candor cannot see: confirm that {{remote}} deletes {{data}} after uninstall{{told}}.',
    nothingStored: 'The app stores no data.',
  },
  verify(params, { facts, profile }) {
    const external = [
      ...facts.storage.filter((op) => op.backend === 'external-db' && op.op === 'write').map((op) => op.evidence),
      ...storageVendors(facts).used.flatMap((v) => v.evidence),
    ];
    if (external.length > 0) {
      if (facts.uninstall.length === 0) return outcome('contradicted', 'kept', external, { where: places(external) });
      const handler = facts.uninstall.map((u) => u.evidence);
      // A handler can only delete what some code deletes: no delete (nor a query Candor cannot read) outside Atlassian means it keeps the data.
      const deletes = facts.storage.some((op) => op.backend === 'external-db' && (op.op === 'delete' || op.op === 'query'))
        || sdkCalls(facts).some((c) => STORE_DELETE.test(c.api));
      if (!deletes && unreadSources(facts).length === 0) return outcome('contradicted', 'handlerKeeps', [...handler, ...external], { where: places(external), handler: places(handler) });
      const cleared = deletedOnUninstall(facts, params.immediately === true);
      if (cleared?.kept.length === 0 && !cleared.unseen) return outcome('verified', 'handlerDeletes', [...handler, ...cleared.evidence], { handler: places(handler), tables: cleared.tables.join(', '), where: places(cleared.evidence) });
      // Tables it writes and the handler leaves are kept, whatever else Candor cannot see.
      if (cleared && cleared.tables.length > 0 && cleared.kept.length > 0) {
        const kept = cleared.kept.map((op) => op.evidence);
        return outcome('unverified', 'handlerPartly', [...handler, ...kept], { handler: places(handler), tables: cleared.tables.join(', '), kept: [...new Set(cleared.kept.map((op) => op.key ?? op.backend))].join(', '), where: places(kept) });
      }
      return outcome('unverified', 'handler', [...external, ...handler], { where: places(external), handler: places(handler) });
    }
    const remotes = facts.egress.remotes.map((r) => r.evidence);
    if (remotes.length > 0) {
      const handler = facts.uninstall.map((u) => u.evidence);
      return outcome('unverified', 'remote', [...remotes, ...handler], {
        remote: facts.egress.remotes.map((r) => r.key).join(', '),
        where: places(remotes),
        data: keptOutside(profile) || 'the data it keeps',
        told: handler.length > 0 ? ` (the uninstall trigger at ${places(handler)} runs then)` : '; no uninstall trigger in the manifest tells the app it was uninstalled',
      });
    }
    const properties = facts.storage.filter((op) => !FORGE_HOSTED.has(op.backend) && op.op === 'write');
    if (properties.length > 0) return outcome('unverified', 'properties', properties.map((op) => op.evidence), { where: places(properties.map((op) => op.evidence)) });
    if (facts.storage.length === 0) return outcome('verified', 'nothingStored');
    if (params.immediately === true) return outcome('unverified', 'notImmediate', [], { days: uninstall.retentionDays });
    return outcome('verified', 'verified', [], { days: uninstall.retentionDays });
  },
});

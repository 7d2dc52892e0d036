/** The data a profile declares, where it is kept and who receives it: shared by the privacy policy and the security statement. */
import { keepsOutsideInCode } from '../../claims/storage.ts';
import uninstall from '../../data/forge-uninstall.json' with { type: 'json' };
import { BACKEND_NAMES, dataEntries, externalHosts, partyViews, writtenPlaces, type DocumentInput, type PartyView } from './input.ts';
import { code, joinRich, joinWords, list, p, strong, type Block, type Rich } from './model.ts';
import type { Needs } from './needs.ts';
import { ATLASSIAN_PLACES, categoryLabel, dataLabel, dataWords, KIND_WORDS, placeLabel, residencyLabel, retentionLabel } from './words.ts';

/** Data entries, asking that the code's reads and writes are all covered. */
export function declaredData(input: DocumentInput, needs: Needs, fields: { purpose: boolean; retention: boolean; residency: boolean }) {
  if (input.profile.data === undefined) {
    const seen = codeData(input);
    needs.add('data', `the data the app processes or stores, one entry per category ([] when there is none)${seen ? `; the code ${seen}` : ''}`, '[{ category: configuration, description: \u2026, purpose: \u2026, storedIn: forge-kvs, retention: until-uninstall }]');
    return [];
  }
  const entries = dataEntries(input);
  entries.forEach(({ entry, index, places }) => {
    const at = `data[${index}]`;
    if (fields.purpose) needs.value(entry.purpose, `${at}.purpose`, `why the app needs ${dataLabel(entry)}`);
    const stored = places.some((place) => place !== 'not-stored');
    if (places.length === 0) needs.add(`${at}.storedIn`, `where ${dataLabel(entry)} is kept (not-stored if the app only uses it)`, 'forge-kvs');
    if (fields.retention && stored) needs.value(entry.retention, `${at}.retention`, `how long ${dataLabel(entry)} is kept`, 'until-uninstall');
    if (fields.residency && stored) needs.value(entry.residency, `${at}.residency`, `where ${dataLabel(entry)} resides`, 'follows-atlassian');
  });
  const reads = input.facts.restCalls;
  if (entries.length === 0 && reads.length > 0) {
    const first = reads[0]!.evidence;
    needs.add('data[] category: product-content', `the app calls product APIs (${first.file}:${first.line}); say what data it reads and whether it keeps it`, '{ category: product-content, purpose: \u2026, storedIn: not-stored }');
  }
  return entries;
}

/** "reads product data (src/index.js:9) and writes to Forge key-value storage (src/index.js:16)". */
function codeData(input: DocumentInput): string {
  const parts: string[] = [];
  const read = input.facts.restCalls[0]?.evidence;
  if (read) parts.push(`reads product data (${read.file}:${read.line})`);
  for (const [, { backends, evidence }] of writtenPlaces(input.facts)) parts.push(`writes to ${backends.map((b) => BACKEND_NAMES[b]).join(' and ')} (${evidence.file}:${evidence.line})`);
  return joinWords(parts);
}

export function partyNames(parties: readonly PartyView[]): Map<string, string> {
  return new Map(parties.filter((v) => v.id !== null).map((v) => [v.id!, v.name]));
}

/** "What data we store" as a list: label and purpose. */
export function dataList(input: DocumentInput, which: 'stored' | 'not-stored'): Block[] {
  const entries = dataEntries(input).filter(({ places }) => (which === 'stored' ? places.some((pl) => pl !== 'not-stored') : places.length > 0 && places.every((pl) => pl === 'not-stored')));
  if (entries.length === 0) return [];
  return [list(entries.map(({ entry }): Rich => [strong(dataLabel(entry)), entry.category && entry.description ? ` (${categoryLabel(entry.category)})` : '', entry.purpose ? `: ${entry.purpose}` : '']))];
}

/** Where each stored data entry is kept, for how long, and where it resides. */
export function placesTable(input: DocumentInput, vendor: string, columns: { retention: boolean; residency: boolean }): Block[] {
  const names = partyNames(partyViews(input));
  const rows = dataEntries(input)
    .filter(({ places }) => places.some((pl) => pl !== 'not-stored'))
    .map(({ entry, places }): Rich[] => [
      [dataLabel(entry)],
      [places.filter((pl) => pl !== 'not-stored').map((pl) => placeLabel(pl, vendor, names)).join('; ')],
      ...(columns.retention ? [[entry.retention ? retentionLabel(entry.retention) : 'not stated']] : []),
      ...(columns.residency ? [[entry.residency ? residencyLabel(entry.residency) : 'not stated']] : []),
    ]);
  if (rows.length === 0) return [];
  const headers = ['Data', 'Where it is kept', ...(columns.retention ? ['How long'] : []), ...(columns.residency ? ['Residency'] : [])];
  return [{ type: 'table', caption: 'Where the data is kept', columns: headers, rows }];
}

/** Whether data is kept outside Atlassian: a place the profile names, a write to an external database, or a remote that declares storage. */
export function keepsOutsideAtlassian(input: DocumentInput): boolean {
  if (keepsOutsideInCode(input.facts)) return true;
  return dataEntries(input).some(({ places }) => places.some((pl) => pl !== 'not-stored' && pl !== 'browser' && !ATLASSIAN_PLACES.has(pl)));
}

/** Whether the vendor keeps or processes data outside Atlassian: its own backend or a place outside Atlassian. */
export function processesOutsideAtlassian(input: DocumentInput): boolean {
  if (input.facts.egress.remotes.length > 0 || input.facts.storage.some((op) => op.backend === 'external-db')) return true;
  if (externalHosts(input).length > 0) return true;
  return keepsOutsideAtlassian(input);
}

/**
 * The third parties, one list item each. The third-parties claim reads a list back from the line
 * that introduces it: a heading that is just "Third-Party Services" (`heading: true`, the list
 * follows it directly), or else a sentence written here.
 */
export function thirdPartyBlocks(parties: readonly PartyView[], countries: boolean, heading: boolean): Block[] {
  if (parties.length === 0) return [p('The app does not use any third-party services.')];
  return [
    ...(heading ? [] : [p('We use the following third-party services:')]),
    list(parties.map((party): Rich => {
      const out: Rich = [strong(party.name)];
      if (party.purpose) out.push(`: ${party.purpose}.`);
      // The profile's words when it lists the data; else what the code shows it is given.
      if (party.data.length > 0) out.push(` Data it receives: ${joinWords(party.data.map(dataWords))}.`);
      else out.push(party.sent.length > 0 ? ` Data it receives: ${joinWords(party.sent.map((k) => KIND_WORDS[k]))}.` : ' It receives no End-User Data.');
      if (countries && party.countries.length > 0) out.push(` Where: ${joinWords(party.countries)}.`);
      return out;
    })),
  ];
}

/** What happens to the data when the app is uninstalled, in words the uninstall claim reads back. */
export function uninstallSentence(input: DocumentInput, needs: Needs, stores: boolean): Rich | null {
  if (!stores) return ['The app stores no data of its own, so nothing is left behind when it is uninstalled.'];
  const after = needs.value(input.profile.deletion?.afterUninstall, 'deletion.afterUninstall', 'what happens to the data when a customer uninstalls the app', 'follows-atlassian');
  if (after === undefined) return null;
  const law = ', except where the law requires us to keep it';
  switch (after) {
    case 'immediately': return [`When a customer uninstalls the app, we delete the data the app stored for that customer immediately${law}.`];
    case 'kept': return ['Data the app stored is kept after the app is uninstalled, until the customer asks us to delete it.'];
    case 'follows-atlassian': return [`When a customer uninstalls the app, the data it keeps in Forge hosted storage is deleted by Atlassian ${uninstall.retentionDays} days after the uninstall.`];
    default: return [`When a customer uninstalls the app, we delete the data the app stored for that customer within ${after}${law}.`];
  }
}

/** The app's own backend hosts, for "where data is processed". */
export function backendHosts(input: DocumentInput): Rich | null {
  const hosts = input.facts.egress.remotes.flatMap((r) => r.hosts);
  if (hosts.length === 0) return null;
  const hosting = partyViews(input).filter((v) => v.category === 'hosting').map((v) => v.name);
  return [`The app's backend runs outside Atlassian, at `, ...joinRich(hosts.map(code)), hosting.length > 0 ? `, hosted on ${joinWords(hosting)}.` : '.'];
}

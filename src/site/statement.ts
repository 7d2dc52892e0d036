/**
 * The data security and privacy statement shown in the trust center, in the shape of seed 000,
 * written with the document helpers of src/render/documents (each code sentence only when its
 * claim verifies). What the profile lacks is left out and reported, never a placeholder.
 */
import { appId, appShape, backend, contentActions, egress, licensing, logs, personalData, runtime, secrets, storage } from '../render/documents/app-facts.ts';
import type { DocumentInput } from '../render/documents/input.ts';
import { compact, p, section, type Block, type DocumentModel, type Rich } from '../render/documents/model.ts';
import { Needs, type MissingField } from '../render/documents/needs.ts';
import { permissionBlocks } from '../render/documents/permissions.ts';
import { acknowledgement, relatedLinks, remediationBlocks, securityContact, testingSentence } from '../render/documents/program.ts';

export function siteStatement(input: DocumentInput, names: { app: string; vendor: string | null }, reviewed: boolean): { model: DocumentModel; missing: MissingField[] } {
  const needs = new Needs();
  const vendor = names.vendor ?? 'The vendor';
  const para = (rich: Rich | null): Block | null => (rich ? { type: 'paragraph', content: rich } : null);
  const rows = (
    [
      ['Customer content storage', storage(input).flat()],
      ['External backend', backend(input)],
      ['External data egress', egress(input)],
      ['End-User Data in logs', logs(input)],
      ['Personal data', personalData(input).flatMap((r, i) => (i ? [' ', ...r] : r))],
      ['Personal access tokens', secrets(input)],
    ] as Array<[string, Rich | null]>
  ).filter((row): row is [string, Rich] => row[1] !== null && row[1].length > 0);
  const contact = securityContact(input, needs);
  const certifications = input.profile.certifications;

  const sections = compact([
    section('Scope of This Statement', [
      ...appShape(input, names.app).map(para),
      p(`This page explains how the current version of ${names.app} handles data and how it is designed from a security perspective.`),
    ]),
    section('Product Security Model', [para(backend(input)), para(runtime(input)), para(licensing(input)), para(appId(input)), ...contentActions(input).map(para)]),
    section('Data Handling', [rows.length ? { type: 'table', caption: 'Data handling', columns: ['Area', 'Current behavior'], rows: rows.map(([area, rich]) => [[area], rich]) } : null]),
    section('Permissions', permissionBlocks(input)),
    section('Security Contact', [contact ? p('Security issues can be reported to ', contact, '.') : null]),
    section('Vulnerability Handling', [para(acknowledgement(input)), ...remediationBlocks(input), para(testingSentence(input))]),
    section('Dependencies and Updates', [
      reviewed ? p('The data handling of each release is recorded and compared with the previous release. The change history on this app\'s trust page lists new and dropped permissions, egress, third parties, stored data and logged data.') : null,
    ]),
    section('Compliance and Certifications', [
      certifications === 'none' ? p(`${vendor} does not currently claim external security certifications for ${names.app}.`) : null,
      Array.isArray(certifications) && certifications.length
        ? { type: 'list', ordered: false, items: certifications.map((c): Rich => (typeof c === 'string' ? [c] : [c.name, c.scope ? ` (${c.scope})` : ''])) }
        : null,
    ]),
    section('Related Pages', relatedLinks(input)),
  ]);
  const model: DocumentModel = {
    kind: 'statement', slug: 'statement', title: 'Data Security and Privacy Statement', lang: 'en',
    summary: `How ${names.app} handles data, as its code shows and ${vendor === 'The vendor' ? 'its vendor' : vendor} states.`,
    fields: [{ label: 'Product', value: [names.app] }, ...(names.vendor ? [{ label: 'Provider', value: [names.vendor] }] : []), { label: 'Effective date', value: [input.date] }],
    intro: [], sections, numbered: true,
  };
  return { model, missing: needs.missing };
}

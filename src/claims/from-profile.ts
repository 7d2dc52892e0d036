/**
 * The claims a trust profile (`candor.yaml`) makes: its explicit `claims:` list (`{ id, params }`,
 * or a sentence recognised like a statement's) and the fields that state a claim by themselves
 * (`scopes` with their purposes, `thirdParties`, `logs.endUserData: false`...). Each claim's source is
 * the profile line it comes from.
 */
import type { ProfileDiagnostic } from '../profile/diagnostics.ts';
import type { LoadedProfile } from '../profile/load.ts';
import { PROFILE_FILES, storedInOf, type DataEntry, type Profile } from '../profile/schema.ts';
import { formatPath, type PathSegment } from '../profile/yaml-paths.ts';
import { recogniseText, type RecognisedClaim } from './recognise.ts';
import { CLAIMS, claimById } from './registry.ts';
import type { ClaimSource } from './types.ts';

export type ProfileInput = Pick<LoadedProfile, 'profile' | 'file' | 'locate'>;

export interface ProfileClaims {
  claims: RecognisedClaim[];
  /** Entries of `claims:` that name no known claim. */
  diagnostics: ProfileDiagnostic[];
}

type Params = Record<string, unknown>;

const ATLASSIAN_PLACES = new Set(['atlassian', 'forge-kvs', 'forge-sql', 'forge-object-store', 'forge-cache', 'not-stored', 'browser']);
const KV_PLACES = new Set(['forge-kvs', 'not-stored', 'browser']);

const placesOf = (data: DataEntry[] | undefined): string[] =>
  (data ?? []).flatMap(storedInOf);

/** Profile fields that state a claim on their own; `params` is null when the field does not make it. */
const DERIVED: Array<{ path: PathSegment[]; claim: string; params: (p: Profile) => Params | null }> = [
  { path: ['app', 'id'], claim: 'app-id', params: (p) => (p.app?.id ? { id: p.app.id } : null) },
  {
    path: ['scopes'], claim: 'exact-scopes',
    params: (p) => (p.scopes && Object.keys(p.scopes).length > 0 ? { scopes: Object.entries(p.scopes).map(([scope, purpose]) => ({ scope, purpose })) } : null),
  },
  { path: ['thirdParties'], claim: 'third-parties-exactly', params: (p) => (p.thirdParties ? { parties: p.thirdParties.map((t) => t.name) } : null) },
  { path: ['logs', 'endUserData'], claim: 'no-end-user-data-in-logs', params: (p) => (p.logs?.endUserData === false ? {} : null) },
  { path: ['security', 'requiresUserSecrets'], claim: 'no-pats-or-shared-secrets', params: (p) => (p.security?.requiresUserSecrets === false ? {} : null) },
  {
    path: ['program', 'personalDataReporting', 'cadence'], claim: 'personal-data-reporting',
    params: (p) => {
      const cadence = p.program?.personalDataReporting?.cadence;
      return cadence && cadence !== 'not-applicable' ? { cadence } : null;
    },
  },
  {
    path: ['deletion', 'afterUninstall'], claim: 'data-deleted-on-uninstall',
    params: (p) => {
      const after = p.deletion?.afterUninstall;
      return after === undefined || after === 'kept' ? null : { immediately: after === 'immediately' };
    },
  },
  {
    path: ['data'], claim: 'storage-only-atlassian',
    params: (p) => {
      const places = placesOf(p.data);
      return places.length > 0 && places.every((place) => ATLASSIAN_PLACES.has(place)) ? {} : null;
    },
  },
  {
    path: ['data'], claim: 'only-forge-kv',
    params: (p) => {
      const places = placesOf(p.data);
      return places.includes('forge-kvs') && places.every((place) => KV_PLACES.has(place)) ? {} : null;
    },
  },
  {
    path: ['data'], claim: 'data-residency-supported',
    params: (p) => {
      const stored = (p.data ?? []).filter((entry) => placesOf([entry]).some((place) => place !== 'not-stored'));
      return stored.length > 0 && stored.every((entry) => entry.residency === 'follows-atlassian') ? { all: true } : null;
    },
  },
  {
    // Every kind of data it keeps "until-deleted": the app sets no expiry of its own.
    path: ['data'], claim: 'kept-until-deleted',
    params: (p) => {
      const stored = (p.data ?? []).filter((entry) => placesOf([entry]).some((place) => place !== 'not-stored'));
      return stored.length > 0 && stored.every((entry) => entry.retention === 'until-deleted') ? {} : null;
    },
  },
  { path: ['certifications'], claim: 'certifications', params: (p) => (p.certifications === undefined ? null : {}) },
  {
    path: ['program', 'incident', 'customerHours'], claim: 'incident-notification',
    params: (p) => (typeof p.program?.incident?.customerHours === 'number' ? { within: ` within ${p.program.incident.customerHours} hours` } : null),
  },
  { path: ['program', 'backups'], claim: 'backups', params: (p) => (p.program?.backups && p.program.backups.by !== 'none' ? {} : null) },
  { path: ['program', 'vulnerabilities', 'remediation'], claim: 'vulnerability-remediation', params: (p) => (p.program?.vulnerabilities?.remediation ? { within: '' } : null) },
];

export function claimsFromProfile(loaded: ProfileInput): ProfileClaims {
  const out: ProfileClaims = { claims: [], diagnostics: [] };
  const profile = loaded.profile;
  if (!profile) return out;
  const file = loaded.file ?? PROFILE_FILES[0];
  const sourceAt = (path: PathSegment[], text: string): ClaimSource => {
    const at = loaded.locate(path);
    return { kind: 'profile', file, line: at?.line ?? 1, column: at?.column ?? 1, text };
  };

  (profile.claims ?? []).forEach((entry, index) => {
    const path: PathSegment[] = ['claims', index];
    if (typeof entry === 'string' || 'statement' in entry) {
      const text = typeof entry === 'string' ? entry : entry.statement;
      const found = recogniseText(text, sourceAt(path, text));
      if (found.length > 0) out.claims.push(...found);
      else out.diagnostics.push(problem(file, loaded, path, 'warning', `no claim Candor knows is made by "${clip(text)}"`, 'Rephrase it, or use { id: <claim id> } with an id from docs/claims.md; Candor lists it as not checked meanwhile.'));
      return;
    }
    const claim = claimById(entry.id);
    if (!claim) {
      out.diagnostics.push(problem(file, loaded, [...path, 'id'], 'error', `unknown claim id "${entry.id}"`, `Use one of the ids in docs/claims.md${similar(entry.id)}.`));
      return;
    }
    const params = entry.params ?? {};
    out.claims.push({ claim, params, source: sourceAt(path, entry.params ? `${entry.id} ${JSON.stringify(entry.params)}` : entry.id) });
  });

  for (const derived of DERIVED) {
    const params = derived.params(profile);
    const claim = claimById(derived.claim);
    if (params === null || !claim) continue;
    out.claims.push({ claim, params, source: sourceAt(derived.path, `${formatPath(derived.path)}: ${clip(summary(valueAt(profile, derived.path)))}`) });
  }
  return out;
}

function valueAt(profile: Profile, path: PathSegment[]): unknown {
  let value: unknown = profile;
  for (const segment of path) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[String(segment)] : undefined;
  return value;
}

function clip(text: string | undefined, max = 160): string {
  const t = text ?? '';
  return t.length > max ? `${t.slice(0, max - 1)}\u2026` : t;
}

/** ", such as no-egress, no-remotes" for ids sharing a word with the unknown one. */
function similar(id: string): string {
  const words = new Set(id.split('-').filter((w) => w.length > 2));
  const close = CLAIMS.filter((c) => c.id.split('-').some((w) => words.has(w))).slice(0, 4).map((c) => c.id);
  return close.length > 0 ? `, such as ${close.join(', ')}` : '';
}

function problem(file: string, loaded: ProfileInput, path: PathSegment[], severity: 'error' | 'warning', message: string, hint: string): ProfileDiagnostic {
  const at = loaded.locate(path);
  return { severity, code: 'profile-schema', file, path: formatPath(path), message, hint, ...(at ? { line: at.line, column: at.column } : {}) };
}

/** A profile value in a few words: scalars as written, lists and maps by their entries' names. */
function summary(value: unknown): string {
  if (value === null || typeof value !== 'object') return String(value);
  const name = (v: unknown): string => (v && typeof v === 'object' ? String((v as Record<string, unknown>).name ?? (v as Record<string, unknown>).category ?? (v as Record<string, unknown>).id ?? '\u2026') : String(v));
  if (Array.isArray(value)) return value.length === 0 ? '[] (none)' : value.map(name).join(', ');
  return Object.keys(value).join(', ');
}

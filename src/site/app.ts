/** Everything the trust center shows about one app, read once: facts, profile, statement, history. */
import path from 'node:path';
import { loadProfile, type LoadedProfile } from '../profile/load.ts';
import type { Profile } from '../profile/schema.ts';
import { diffSnapshots } from '../release/diff.ts';
import { listSnapshots, type Snapshot } from '../release/snapshot.ts';
import type { ReleaseChange } from '../release/types.ts';
import type { DocumentInput } from '../render/documents/input.ts';
import type { DocumentKind, DocumentModel } from '../render/documents/model.ts';
import { GenerateError, generateFrom } from '../generate/index.ts';
import { Truths } from '../render/documents/truths.ts';
import type { Facts } from '../scan/facts.ts';
import { scan } from '../scan/index.ts';

export interface HistoryEntry {
  version: string;
  date: string;
  commit: string | null;
  /** Changes from the release before; null for the first snapshot. */
  changes: ReleaseChange[] | null;
}

export interface SiteApp {
  slug: string;
  name: string;
  vendor: string | null;
  facts: Facts;
  profile: Profile;
  input: DocumentInput;
  /** The documents `candor generate` writes for the app, each complete and read back; one left out is in `warnings`. */
  documents: DocumentModel[];
  /** Newest first. */
  history: HistoryEntry[];
  /** What the page had to leave out or could not read, for the person building the site. */
  warnings: string[];
}

export async function loadSiteApp(dir: string, date: string): Promise<SiteApp> {
  const facts = await scan(dir);
  const loaded: LoadedProfile = loadProfile(dir);
  const profile = loaded.profile ?? {};
  const where = (d: { file: string; line?: number }) => `${path.join(dir, d.file)}${d.line ? `:${d.line}` : ''}`;
  const warnings = [
    ...facts.diagnostics.filter((d) => d.code === 'no-app').map((d) => `${where(d)}: ${d.message}`),
    ...loaded.diagnostics.filter((d) => d.severity === 'error' || d.code === 'profile-missing').map((d) => `${where(d)}: ${d.message}`),
  ];
  const input: DocumentInput = {
    facts, profile, profileFile: loaded.file, date,
    locate: (p) => loaded.locate(p),
    truths: new Truths({ facts, profile: loaded.profile }),
  };
  const name = profile.app?.name ?? facts.app.name ?? path.basename(path.resolve(dir));
  const vendor = profile.vendor?.name ?? null;

  const { snapshots, errors } = listSnapshots(dir);
  warnings.push(...errors.map((e) => e.message));
  const documents: DocumentModel[] = [];
  for (const kind of DOCUMENTS) {
    try {
      const result = await generateFrom(facts, loaded, { documents: [kind], formats: ['json'], date });
      // The JSON format is the document model itself (src/render/documents/json.ts).
      for (const file of result.files) documents.push(JSON.parse(file.content) as DocumentModel);
    } catch (error) {
      if (!(error instanceof GenerateError)) throw error;
      if (error.missing.length === 0 && error.problems.length === 0) {
        warnings.push(`no documents published for ${dir}: ${error.message}`);
        break;
      }
      warnings.push(`${path.join(dir, error.profileFile)}: the ${kind} document is left out of the site. ${error.report().replace(/\n+Nothing was written\.$/, '')}`);
    }
  }
  return { slug: '', name, vendor, facts, profile, input, documents, history: history(snapshots), warnings };
}

/** The documents a trust center publishes, in the order it lists them. */
const DOCUMENTS: readonly DocumentKind[] = ['statement', 'security', 'privacy', 'incident', 'program'];

function history(snapshots: Snapshot[]): HistoryEntry[] {
  return snapshots
    .map((s, i) => ({
      version: s.version, date: s.date.slice(0, 10), commit: s.commit?.short ?? null,
      changes: i === 0 ? null : diffSnapshots(snapshots[i - 1]!, s).changes,
    }))
    .reverse();
}

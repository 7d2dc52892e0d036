import fs from 'node:fs';
import path from 'node:path';
import { claimsFromProfile } from '../claims/from-profile.ts';
import { recogniseClaims } from '../claims/recognise.ts';
import type { ClaimResult } from '../claims/types.ts';
import { verifyClaims } from '../claims/verify.ts';
import { runChecks } from '../checks/run.ts';
import { loadProfile } from '../profile/load.ts';
import type { Diagnostic } from '../scan/facts.ts';
import { scan, type ScanOptions } from '../scan/index.ts';
import { loadStatement } from '../statement/read.ts';
import { findUnfilled } from '../statement/unfilled.ts';
import { compareEnglish } from '../utils/english-order.ts';
import { summarise, type CheckRun, type SourceReport } from './model.ts';

export interface CheckOptions extends ScanOptions {
  /** Published statements to check (text, Markdown or HTML). */
  statements?: string[];
  /** Only the part of each statement under a heading containing this text (a statement covering several apps). */
  section?: string;
  /** The trust profile, relative to the app folder; `candor.yaml` by default. */
  profile?: string;
}

/**
 * Candor's main job: every claim of the trust profile and of each published statement, verified
 * against the facts of the app, and the checks beyond the claims.
 */
export async function check(dir: string, options: CheckOptions = {}): Promise<CheckRun> {
  const facts = await scan(dir, options.onProgress ? { onProgress: options.onProgress } : {});
  const loaded = loadProfile(dir, options.profile);
  const ctx = { facts, profile: loaded.profile };
  const diagnostics: Diagnostic[] = loaded.diagnostics.filter((d) => d.code !== 'profile-missing' || options.profile !== undefined) as Diagnostic[];
  const sources: SourceReport[] = [];

  if (loaded.file) {
    const fromProfile = claimsFromProfile(loaded);
    diagnostics.push(...(fromProfile.diagnostics as Diagnostic[]));
    const results: ClaimResult[] = [
      ...verifyClaims(fromProfile.claims, ctx),
      ...loaded.unfilled.map((u): ClaimResult => ({
        claim: 'unfilled', title: 'Profile field left unfilled', verdict: 'unfilled',
        message: `${u.pathText} is still TODO${u.note ? ` (${u.note})` : ''}; fill it in, or remove it if it does not apply.`,
        source: { kind: 'profile', file: loaded.file!, line: u.line, column: u.column, text: `${u.pathText}: TODO` }, evidence: [],
      })),
    ];
    sources.push({ kind: 'profile', file: loaded.file, section: null, results: byLine(results), summary: summarise(results) });
  }

  for (const file of options.statements ?? []) {
    const rel = path.relative(dir, path.resolve(file)).split(path.sep).join('/');
    const statement = loadStatement(file, rel);
    diagnostics.push(...statement.diagnostics);
    const recognised = recogniseClaims(statement, options.section ? { section: options.section } : {});
    const unfilled = findUnfilled(statement)
      .filter((u) => !u.inTemplateSection && (!options.section || (u.section ?? '').toLowerCase().includes(options.section.toLowerCase())))
      .map((u): ClaimResult => ({
        claim: 'unfilled', title: 'Template text left unfilled', verdict: 'unfilled', message: u.message,
        source: { kind: 'statement', file: rel, line: u.line, column: u.column, text: u.text }, evidence: [],
      }));
    const results = [...verifyClaims(recognised, ctx), ...unfilled];
    sources.push({ kind: 'statement', file: rel, section: options.section ?? null, results: byLine(results), summary: summarise(results) });
  }

  const findings = runChecks({ facts, profile: loaded.profile, profileSource: { file: loaded.file, locate: loaded.locate } });
  return { dir, facts, sources, findings, diagnostics };
}

function byLine(results: ClaimResult[]): ClaimResult[] {
  return results.sort((a, b) => a.source.line - b.source.line || a.source.column - b.source.column || compareEnglish(a.claim, b.claim));
}

export function statementExists(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

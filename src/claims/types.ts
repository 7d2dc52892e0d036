import type { Evidence, Facts } from '../scan/facts.ts';
import type { Profile } from '../profile/schema.ts';
import type { Frame } from './frames.ts';

/**
 * verified: the evidence supports the claim. contradicted: the evidence refutes it.
 * organisational: no code can prove it (training, background checks). unfilled: template text left in.
 * unverified: code could decide it, but the evidence is incomplete (e.g. a host the scan could not resolve).
 */
export type Verdict = 'verified' | 'contradicted' | 'organisational' | 'unfilled' | 'unverified';

/** Where a claim was made: a statement sentence or a profile entry. */
export interface ClaimSource {
  kind: 'statement' | 'profile';
  file: string;
  line: number;
  column: number;
  /** The sentence or YAML text that makes the claim. */
  text: string;
}

export type MessageData = Record<string, string | number>;

export interface ClaimOutcome {
  verdict: Verdict;
  messageId: string;
  data?: MessageData;
  /** Code evidence for the verdict (file:line in the app). */
  evidence: Evidence[];
}

export interface VerifyContext {
  facts: Facts;
  profile: Profile | null;
}

/**
 * One kind of claim, in its own file under src/claims/catalogue/, registered in src/claims/registry.ts.
 * `messages` are templates with `{{name}}` holes filled from an outcome's `data`.
 */
export interface ClaimDefinition<P = Record<string, unknown>> {
  id: string;
  title: string;
  /** One paragraph for docs/claims.md: what the claim means and how it is decided. */
  description: string;
  /** `code` claims are decided from the facts; `organisational` ones are recognised and listed. */
  decidedBy: 'code' | 'organisational';
  /** Phrasings by which the claim is recognised in a statement sentence. */
  phrasings: RegExp[];
  /**
   * Phrasings that make the claim only under a heading or a title line that matches `context`
   * ("We send the following data:" under "AI processing details").
   */
  inContext?: { phrasings: RegExp[]; context: RegExp };
  /** A row label, heading or title line that says the sentence under it is about something else ("Backups | kept for 14 days"). */
  notInContext?: RegExp;
  /**
   * The claim reads a sentence's exception itself ("... except Stripe"): such a sentence is tried
   * against it, and `params` returns null when the exception names nothing the claim can check.
   */
  readsExceptions?: boolean;
  /** Parameters read from a matched sentence (scopes listed, hosts, cadence); null when the sentence does not carry them. */
  params?: (sentence: string, match: RegExpExecArray) => P | null;
  /**
   * The claim read from a sentence's parts when no phrasing matched: its params when `frame` (one
   * clause: what it denies, of which data, to where) makes the claim, null otherwise. `sentence` is
   * the whole sentence with the list it introduces, as `params` gets it.
   */
  frames?: (frame: Frame, sentence: string) => P | null;
  messages: Record<string, string>;
  verify(params: P, ctx: VerifyContext): ClaimOutcome;
}

/** A claim found in a source with its verdict, ready to render. */
export interface ClaimResult {
  claim: string;
  title: string;
  verdict: Verdict;
  message: string;
  source: ClaimSource;
  evidence: Evidence[];
}

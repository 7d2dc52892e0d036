import fs from 'node:fs';
import path from 'node:path';
import type { SecretFinding } from '../facts.ts';
import { excerpt, type LineIndex } from '../../utils/lines.ts';
import { isCursorToken } from './names.ts';

type Check = 'url-credentials' | 'jwt-service-role' | 'high-entropy' | 'assignment' | 'basic-credentials';

interface RawRule {
  id: string;
  description: string;
  pattern: string;
  flags?: string;
  group?: number;
  keywords: string[];
  check?: Check;
  requires?: string;
  notNear?: string;
  /** `match` locates the finding where the whole match starts (a PEM header) rather than at the secret. */
  at?: 'match';
}

interface RawRules {
  sampleFiles: string;
  skipFiles: string[];
  placeholders: string[];
  genericPlaceholders: string[];
  notSecretPrefixes: string[];
  weakUrlPasswords: string[];
  publicJwtIssuers: string[];
  localHosts: string;
  assignment: { nameEndings: string[]; minLength: number; maxLength: number; minEntropy: number; minEntropyHex: number; unquotedFiles: string };
  rules: RawRule[];
}

interface Rule extends Omit<RawRule, 'requires' | 'notNear'> {
  regex: RegExp;
  ignoreCase: boolean;
  group: number;
  requires: RegExp | null;
  notNear: RegExp | null;
}

const data = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../data/secret-rules.json'), 'utf8')) as RawRules;

const rules: Rule[] = data.rules.map((r) => ({
  ...r,
  regex: new RegExp(r.pattern, `gd${r.flags ?? ''}`),
  ignoreCase: (r.flags ?? '').includes('i'),
  group: r.group ?? 1,
  requires: r.requires === undefined ? null : new RegExp(r.requires),
  notNear: r.notNear === undefined ? null : new RegExp(r.notNear),
}));
const skipFiles = new Set(data.skipFiles);
const sampleFile = new RegExp(data.sampleFiles, 'i');
const placeholder = new RegExp(data.placeholders.join('|'), 'i');
const genericPlaceholder = new RegExp([...data.placeholders, ...data.genericPlaceholders].join('|'), 'i');
const weakUrlPasswords = new Set(data.weakUrlPasswords);
const publicJwtIssuers = new Set(data.publicJwtIssuers);
const localHost = new RegExp(data.localHosts, 'i');
const assignment = { ...data.assignment, unquotedFiles: new RegExp(data.assignment.unquotedFiles) };
/**
 * Each rule keyword's test, by keyword and case mode: a plain search of the text, or of its lower-cased copy for a rule that
 * ignores case. Keywords that do not occur are most of them, and a search for one is cheaper than one regex for all that
 * stops at every `key` and `token`. The lower-cased copy is made once per file, where a regex ignoring case went through the
 * text once per keyword; it finds every keyword such a regex finds (and the rule's own regex still decides).
 */
const keywordTests = new Map<string, (text: string, lower: () => string) => boolean>();
const ruleKeywords = new Map(rules.map((r) => [r, r.keywords.map((k) => {
  const id = `${r.ignoreCase ? 'i' : 's'}:${k}`;
  if (!keywordTests.has(id)) {
    const lowered = k.toLowerCase();
    keywordTests.set(id, r.ignoreCase ? (_text, lower) => lower().includes(lowered) : (text) => text.includes(k));
  }
  return id;
})]));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOTTED_IDENTIFIER = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;
const ENV_NAME = /^[A-Z][A-Z0-9_]*$/;
const FILE_PATH = /^[./~]|\.(?:pem|key|crt|cer|p12|pfx|jks|json|ya?ml|txt|env|[cm]?[jt]s)$/i;
const NEAR = 300;

interface Hit {
  rule: Rule;
  start: number;
  end: number;
  value: string;
  at: number;
  /** The host of a URL whose credentials the value is (`mongodb+srv://app:...@cluster0.ab1cd.mongodb.net`). */
  host?: string;
}

/**
 * Secrets written into a file: known token formats, credentials in URLs, hard-coded bearer tokens
 * and high-entropy values assigned to secret-looking names. Values are masked. Lockfiles are skipped.
 */
export function findSecrets(file: string, text: string, lines: LineIndex, lower: () => string = lowerOnce(text)): SecretFinding[] {
  if (skipFiles.has(path.posix.basename(file))) return [];
  const kept = secretHits(file, text, lower);
  return kept.map((hit) => {
    const evidence = lines.evidence(file, hit.at);
    // The excerpt is the source line: mask every secret on it too.
    let line = lines.lineText(evidence.line);
    for (const other of kept) if (line.includes(other.value)) line = line.replaceAll(other.value, mask(other.value));
    return { rule: hit.rule.id, description: hit.rule.description, masked: mask(hit.value), ...(hit.host ? { host: hit.host } : {}), evidence: { ...evidence, excerpt: excerpt(line) } };
  });
}

/**
 * A text a fact shows (a request's URL, a source line) with the secrets in it masked, as `secrets` shows them: the URL of a
 * request to a Slack incoming webhook held in a constant (`fetch(SLACK_WEBHOOK_URL, ...)`) names the webhook's token.
 */
export function maskSecrets(file: string, text: string): string {
  let out = text;
  for (const hit of secretHits(file, text, lowerOnce(text))) out = out.replaceAll(hit.value, mask(hit.value));
  return out;
}

/** The text lower-cased when first asked for, once for every search of it that ignores case (secrets, connection strings). */
export function lowerOnce(text: string): () => string {
  let lowered: string | null = null;
  return () => (lowered ??= text.toLowerCase());
}

/** The secrets of a text, earlier rules winning where they overlap, in text order. */
function secretHits(file: string, text: string, lower: () => string): Hit[] {
  const present = new Map<string, boolean>();
  const occurs = (id: string): boolean => {
    let found = present.get(id);
    if (found === undefined) present.set(id, (found = keywordTests.get(id)!(text, lower)));
    return found;
  };
  const hits: Hit[] = [];
  for (const rule of rules) {
    if (!ruleKeywords.get(rule)!.some(occurs)) continue;
    if (rule.requires && !rule.requires.test(text)) continue;
    rule.regex.lastIndex = 0;
    for (let m = rule.regex.exec(text); m !== null; m = rule.regex.exec(text)) {
      const value = m[rule.group];
      const start = m.indices?.[rule.group]?.[0];
      if (!value || start === undefined) continue;
      if (placeholder.test(value)) continue;
      if (rule.notNear && rule.notNear.test(text.slice(Math.max(0, start - NEAR), start + value.length + NEAR))) continue;
      if (rule.check && !passes(rule.check, m, value, text, start, file)) continue;
      const host = rule.check === 'url-credentials' && !sampleFile.test(file) && !inComment(file, text, m.index) ? m[3]?.toLowerCase() : undefined;
      hits.push({ rule, start, end: start + value.length, value, at: rule.at === 'match' ? m.index : start, ...(host ? { host } : {}) });
    }
  }
  return resolveOverlaps(hits);
}

const SCRIPT = /\.[cm]?[jt]sx?$/;
/** A line of code that is a comment up to an offset: `// MONGO_URL=mongodb+srv://...`, ` * mongodb+srv://...` of a block comment, `x = 1; // ...`. */
const SCRIPT_COMMENT = /^\s*(?:\/\/|\/\*|\*)|\s\/\/\s/;
/** Of a config or environment file: `# DATABASE_URL=...`, `; ...`. */
const CONFIG_COMMENT = /^\s*[#;]/;

/** Whether the text at an offset is in a comment of its line, by the comment signs of the file's kind. */
export function inComment(file: string, text: string, offset: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
  return (SCRIPT.test(file) ? SCRIPT_COMMENT : CONFIG_COMMENT).test(line);
}

function passes(check: Check, m: RegExpExecArray, value: string, text: string, start: number, file: string): boolean {
  switch (check) {
    case 'url-credentials': {
      const [, user = '', password = value, host = ''] = m;
      return !localHost.test(host) && password !== user && !ENV_NAME.test(password) && !weakUrlPasswords.has(password.toLowerCase());
    }
    case 'jwt-service-role': {
      const payload = jwtPayload(value);
      return payload?.role === 'service_role' && !publicJwtIssuers.has(String(payload.iss));
    }
    case 'high-entropy':
      return looksRandom(value);
    case 'basic-credentials': {
      // `Basic dXNlcjp0b2tlbg==`: base64 of `user:secret`, where the secret looks generated (a token, not a sample password).
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      return colon > 0 && !/[^\x20-\x7e]/.test(decoded) && looksRandom(decoded.slice(colon + 1));
    }
    case 'assignment':
      return isSecretName(nameBefore(text, m.index)) && (m[1] !== '' || assignment.unquotedFiles.test(file)) && looksRandom(value);
  }
}

/**
 * A value that looks generated: long enough, letters and digits, high Shannon entropy, and none of
 * the shapes that are not secrets (placeholders, public key prefixes, UUIDs, identifiers, paths,
 * URLs, inline images, anon JWTs).
 */
export function looksRandom(value: string): boolean {
  if (value.length < assignment.minLength || value.length > assignment.maxLength || genericPlaceholder.test(value)) return false;
  if (data.notSecretPrefixes.some((p) => value.startsWith(p)) || value.includes('://') || value.includes(';base64,')) return false;
  if (UUID.test(value) || DOTTED_IDENTIFIER.test(value) || ENV_NAME.test(value) || FILE_PATH.test(value)) return false;
  if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value)) return false;
  if (value.startsWith('eyJ')) return jwtRole(value) !== 'anon';
  return entropy(value) >= (/^[0-9a-f]+$/i.test(value) ? assignment.minEntropyHex : assignment.minEntropy);
}

/** The identifier an assignment match starts in (the regex starts at the secret word, not the name). */
function nameBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && /[\w$.-]/.test(text[start - 1]!)) start--;
  let end = index;
  while (end < text.length && /[\w$.-]/.test(text[end]!)) end++;
  return text.slice(start, end);
}

function isSecretName(name: string): boolean {
  const normalised = name.toLowerCase().replace(/[^a-z0-9]/g, '').replace(/\d+$/, '');
  return assignment.nameEndings.some((ending) => normalised.endsWith(ending)) && !isCursorToken(name);
}

function jwtRole(jwt: string): unknown {
  return jwtPayload(jwt)?.role;
}

function jwtPayload(jwt: string): { role?: unknown; iss?: unknown } | null {
  try {
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as unknown;
    return payload !== null && typeof payload === 'object' ? payload : null;
  } catch {
    return null;
  }
}

/** Shannon entropy in bits per character. */
export function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** The secrets of a file's text, and those its code shows (`session({ secret: 'keyboard cat' })`) on lines the text's do not name, in file order. */
export function withCodeSecrets(found: SecretFinding[], code: SecretFinding[]): SecretFinding[] {
  const more = code.filter((c) => !found.some((f) => f.evidence.line === c.evidence.line));
  return more.length === 0 ? found : [...found, ...more].sort((a, b) => a.evidence.line - b.evidence.line || a.evidence.column - b.evidence.column);
}

/** Keeps at most the first 4 and last 2 characters; the mask does not reveal the length. */
export function mask(value: string): string {
  if (value.length >= 16) return `${value.slice(0, 4)}********${value.slice(-2)}`;
  if (value.length >= 8) return `${value.slice(0, 2)}********`;
  return '********';
}

/** Earlier rules win where findings overlap; the result is in file order. */
function resolveOverlaps(hits: Hit[]): Hit[] {
  const order = new Map(rules.map((r, i) => [r, i]));
  const kept: Hit[] = [];
  for (const hit of [...hits].sort((a, b) => order.get(a.rule)! - order.get(b.rule)! || a.start - b.start)) {
    if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

import data from '../../data/connection-strings.json' with { type: 'json' };
import rules from '../../data/secret-rules.json' with { type: 'json' };
import type { Evidence } from '../facts.ts';
import type { LineIndex } from '../../utils/lines.ts';
import { inComment, lowerOnce } from './secrets.ts';

/**
 * A database's or broker's host a connection string names (`mongodb+srv://app:<password>@cluster0.ab1cd.mongodb.net/notes`);
 * where the string writes a placeholder for part of the host (`<cluster>.mongodb.net`), the domain after it as a wildcard
 * (`*.mongodb.net`), which may be a vendor's, not a host the app connects to.
 */
export interface ConnectionHost {
  host: string;
  /** The host as the string writes it, when a label of it is a placeholder (`my-app-db.<id>.rds.amazonaws.com`): `host` is then only the vendor's domain. */
  written?: string;
  evidence: Evidence;
}

const escaped = data.schemes.map((s) => s.replace(/[+.]/g, '\\$&')).sort((a, b) => b.length - a.length);
/** The scheme, any user and password (placeholders such as `<password>` too), and the hosts up to the path or query. */
const CONNECTION = new RegExp(`(?<![\\w+.-])(?:${escaped.join('|')})://(?:[^\\s/@'"\`]*@)?([^\\s/?#'"\`\\\\]+)`, 'gi');
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
/** What a template writes in place of a part of the host, enclosed: `<cluster>`, `{host}`, `[project-ref]`, `${HOST}`. */
const ENCLOSED = /\$\{[^}]*\}|<[^>]*>|\{[^}]*\}|\[[^\]]*\]/g;
const HOLE = '\u0000';
/** A character of a host's name or of a placeholder's label. */
const HOST_CHAR = /[\w.-]/;
const placeholderLabel = new RegExp(data.placeholderLabels);
const SCHEMES = data.schemes.map((s) => `${s}://`);
const docFile = new RegExp(data.docFiles, 'i');
const localHost = new RegExp(rules.localHosts, 'i');

/** The hosts the connection strings of a file name, outside comments, documentation and local hosts. */
export function findConnectionHosts(file: string, text: string, lines: LineIndex, lower: () => string = lowerOnce(text)): ConnectionHost[] {
  if (docFile.test(file)) return [];
  const lowered = lower();
  if (!SCHEMES.some((s) => lowered.includes(s))) return [];
  const out: ConnectionHost[] = [];
  CONNECTION.lastIndex = 0;
  for (let m = CONNECTION.exec(text); m !== null; m = CONNECTION.exec(text)) {
    if (inComment(file, text, m.index)) continue;
    // `db1.acme.io:27017,db2.acme.io:27017`: each host of the list, at the string.
    for (const part of m[1]!.split(',')) {
      const host = hostOf(part);
      if (host && !localHost.test(host.host.replace(/^\*\./, ''))) out.push({ ...host, ...(host.host.startsWith('*.') ? { written: part.split(':')[0]!.toLowerCase() } : {}), evidence: lines.evidence(file, m.index) });
    }
  }
  return out;
}

/**
 * The index of the last label a URL's host writes in place of the real one, -1 for none: `<account>`, `{tenant}`, or a worded one
 * (`your-account`, `xxx`) before a domain of two labels or more, whose account it stands for (`your-tenant.atlassian.net`).
 * `yourls.org`, `host.io` and `via.placeholder.com` are sites of their own, `host.docker.internal` the machine's host.
 */
export function placeholderLabelAt(host: string): number {
  const labels = host.split('.');
  let last = -1;
  for (let i = 0; i < labels.length; i++) {
    if (/^(?:<[^<>]+>|\{[^{}]+\})$/.test(labels[i]!) || (labels.length - i > 2 && placeholderLabel.test(labels[i]!) && !localHost.test(host))) last = i;
  }
  return last;
}

/**
 * The host of one `host[:port]` of a connection string, lower case: as written when every label is a host's, the wildcard
 * of the domain after its last placeholder label when one is (`*.mongodb.net` of `cluster0.<id>.mongodb.net`); null for
 * neither, or a placeholder with no domain of two labels after it (`{host}`, `your-db-host`).
 */
export function hostOf(part: string): { host: string } | null {
  // `${DATABASE_URL:postgres://db.acme.io}`, `<url>postgres://db.acme.io</url>`: the host ends where a character no host has starts.
  const written = part.replace(ENCLOSED, HOLE).split(':')[0]!;
  let end = 0;
  while (end < written.length && (written[end] === HOLE || HOST_CHAR.test(written[end]!))) end++;
  const name = written.slice(0, end);
  const labels = name.split('.');
  let last = -1;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (label.includes(HOLE) || placeholderLabel.test(label)) last = i;
    else if (!LABEL.test(label)) return null;
  }
  const domain = labels.slice(last + 1);
  if (domain.length < 2) return null;
  const host = domain.join('.').toLowerCase();
  return { host: last < 0 ? host : `*.${host}` };
}

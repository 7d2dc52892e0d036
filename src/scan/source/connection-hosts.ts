import data from '../../data/connection-strings.json' with { type: 'json' };
import rules from '../../data/secret-rules.json' with { type: 'json' };
import type { Evidence } from '../facts.ts';
import type { LineIndex } from '../../utils/lines.ts';
import { inComment, lowerOnce } from './secrets.ts';

/** A database's or broker's host a connection string names (`mongodb+srv://app:<password>@cluster0.ab1cd.mongodb.net/notes`). */
export interface ConnectionHost {
  host: string;
  evidence: Evidence;
}

const escaped = data.schemes.map((s) => s.replace(/[+.]/g, '\\$&')).sort((a, b) => b.length - a.length);
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
/** The scheme, any user and password (placeholders such as `<password>` too), and a host of two labels or more. */
const CONNECTION = new RegExp(`(?<![\\w+.-])(?:${escaped.join('|')})://(?:[^\\s/@'"\`]*@)?(${LABEL}(?:\\.${LABEL})+)`, 'gi');
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
    const host = m[1]!.toLowerCase();
    if (localHost.test(host) || inComment(file, text, m.index)) continue;
    out.push({ host, evidence: lines.evidence(file, m.index) });
  }
  return out;
}

/** Phrasings shared by the read/write scope claims: "no Confluence read or write permissions". */
import { productOfWord, type ScopeProduct } from './scopes.ts';
import { firstLine, gap, gapInClause, NOT, phrase } from './phrases.ts';

const PRODUCT = String.raw`(?:(Jira(?:\s+Service\s+Management)?|Confluence|Bitbucket|Compass|product)\s+)?`;

// "never asks for more than read access" denies all but read: ONLY_READ, as "these permissions are read-only" does.
// "does not request write:jira-work or any other write scope": a scope named before the kind that holds it; "neither write nor admin scopes": write beside a kind above it.
const NAMED_FIRST = String.raw`(?:\b(?:read|write|delete|manage):[\w.:-]+\s*(?:,|or|and|nor)\s*(?:any\s+)?(?:other\s+)?)?`;
export const READ_WRITE = phrase`${NOT}${gapInClause(30)}${NAMED_FIRST}\b(?<!\b(?:more|other)\s+than\s+)${PRODUCT}((?:read|write|mutation|mutating)(?:\s*(?:,|or|and|\/|nor)\s*(?:read|write|mutation|mutating|delete|admin|manage))?)\s+(?:scopes?|permissions?|access)\b`;
export const ONLY_READ = phrase`(?:\bread[- ]only\s+(?:(?:Jira|Confluence|Bitbucket|Compass|product)\s+)?(?:access|scopes?|permissions?|app)\b|\bonly\s+(?:requests?\s+|uses?\s+|declares?\s+|has\s+|needs\s+|asks?\s+for\s+)?read\s+(?:scopes|permissions|access)\b|\b(?:requests?|declares?|uses?)\s+only\s+read\s+(?:scopes|permissions)\b|\bread\s+(?:scopes|permissions|access)\s+only\b|${NOT}${gap(30)}\b(?:more|other)\s+than\s+read(?:[- ]only)?\s+(?:scopes?|permissions?|access)\b|(?<!${NOT}${gap(30)})\b(?:scopes\s+(?:it\s+(?:requests|declares|uses)\s+)?are\s+(?:all\s+)?|permissions\s+(?:it\s+(?:requests|declares|uses)\s+)?are\s+(?:all\s+)?|(?:every|each)\s+(?:scope|permission)\s+(?:(?:it|the\s+[\w-]+)\s+(?:requests|declares|uses)\s+)?is\s+)read[- ]only\b(?![^.;!?]*\b(?:write|manage|delete|admin)\b))`;

export type AccessParams = { product?: ScopeProduct };

/** The product a sentence names ("Confluence"), when it names exactly one. */
export function productIn(sentence: string): ScopeProduct | null {
  const found = new Set([...sentence.matchAll(/\b(Jira|Confluence|Bitbucket|Compass)\b/gi)].map((m) => productOfWord(m[1])));
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * Access the app asks another service for ("We ask Google only for read-only access to Drive", "read-only access to your GitHub
 * repositories", "The GitHub OAuth app requests read-only access"): that service's OAuth scopes, not the app's scopes of an Atlassian product.
 */
const OTHER_SERVICE = /\b(?:asks?|request(?:s|ed)?\s+from|granted\s+by)\s+(?!(?:Atlassian|Jira|Confluence|Bitbucket|Compass|Forge)\b)[A-Z][\w.-]+|\b(?!(?:Atlassian|Jira|Confluence|Bitbucket|Compass|Forge)\b)[A-Z][\w.-]+\s+(?:OAuth|OIDC|API)\s+(?:app|application|client|integration|token)s?\b|\baccess\s+to\s+(?:your\s+|the\s+(?:user's\s+|customer's\s+)?)?(?!(?:Atlassian|Jira|Confluence|Bitbucket|Compass|Forge)\b)[A-Z][\w.-]+/;

/** Params for a no-read/no-write claim when the sentence denies `access`; null when it does not. */
export function accessParams(text: string, access: 'read' | 'write'): AccessParams | null {
  const sentence = firstLine(text);
  if (OTHER_SERVICE.test(sentence) && productIn(sentence) === null) return null;
  const rw = READ_WRITE.exec(sentence);
  // A mutation is a write: "no Jira mutation scopes".
  if (rw && rw[2]!.toLowerCase().replace(/mutat(?:ion|ing)/g, 'write').includes(access)) {
    const product = productOfWord(rw[1]) ?? (rw[1]?.toLowerCase() === 'product' ? null : productIn(sentence));
    return product ? { product } : {};
  }
  if (access === 'write' && ONLY_READ.test(sentence)) {
    const product = productIn(sentence);
    return product ? { product } : {};
  }
  return null;
}

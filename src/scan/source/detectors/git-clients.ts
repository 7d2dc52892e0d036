import type { EgressCall, HttpMethod } from '../../facts.ts';
import gitClients from '../../../data/git-clients.json' with { type: 'json' };
import { isFunction, objectProperty, unwrap, type Node } from '../ast.ts';
import { returned } from '../callback-results.ts';
import type { CallSite, FileContext } from '../context.ts';
import { HOLE } from '../string-marks.ts';
import { deriveUrl } from './egress.ts';

interface Library { url: number | string; proxy?: string; auth?: string; methods: Record<string, HttpMethod> }
const LIBRARIES = new Map<string, Library>(Object.entries(gitClients.libraries) as Array<[string, Library]>);
const COMMANDS = new Map(Object.entries(gitClients.commands) as Array<[string, HttpMethod]>);
const PROCESS_MODULES = new Set(gitClients.processModules);
const PROCESS_CALLS = new Map(Object.entries(gitClients.processCalls));

/** The modules whose calls may reach a git remote: the git clients, and Node's `child_process` running `git`. */
export const GIT_MODULES: ReadonlySet<string> = new Set([...LIBRARIES.keys(), ...PROCESS_MODULES]);

/**
 * A git client's call that reaches a repository's remote (`simpleGit().clone(url, dir)`, `git.push({ http, url })` of
 * isomorphic-git, `Clone.clone(url, path)` of nodegit, `execSync('git clone https://...')`): an egress call to the remote's
 * host, carrying what the call is given (a token in the URL, what is pushed).
 */
export function detectGitClient(site: CallSite, ctx: FileContext): void {
  const { ref, node } = site;
  const last = ref.steps[ref.steps.length - 1];
  if (!last?.call) return;
  // `clone(url, dir)` of a named import, `Clone(url, path)`: the function imported.
  const name = last.name === '' && ref.steps.length === 1 ? ref.imported ?? '' : last.name;
  if (PROCESS_MODULES.has(site.module!)) {
    command(ctx, node, PROCESS_CALLS.get(name));
    return;
  }
  const library = LIBRARIES.get(site.module!)!;
  const method = Object.hasOwn(library.methods, name) ? library.methods[name]! : null;
  if (method === null) return;
  const options = typeof library.url === 'string' ? ctx.scope.object(node.arguments[0]) : null;
  const proxy = options && library.proxy ? objectProperty(options, library.proxy) : null;
  const url = typeof library.url === 'number' ? node.arguments[library.url] as Node | undefined : options ? proxy ?? objectProperty(options, library.url) : null;
  push(ctx, node, `${site.module}.${name}`, method, url ? ctx.scope.strParams(url) : null, options && library.auth ? credentials(ctx, options, library.auth) : null);
}

/** What the options' credentials callback returns (`onAuth: () => ({ username: token })`), inline or named: sent to the remote. */
function credentials(ctx: FileContext, options: Node, key: string): Node | null {
  const value = objectProperty(options, key);
  if (!value) return null;
  let fn = unwrap(value);
  if (fn.type === 'Identifier') fn = unwrap(ctx.scope.lookup(fn.name)?.init ?? fn);
  return isFunction(fn) ? returned(fn.body) : null;
}

/** `execSync(\`git clone ${url}\`)`, `spawn('git', ['push', url, 'main'])`: a git command that reaches a remote. */
function command(ctx: FileContext, node: Node, takes: string | undefined): void {
  if (takes === undefined || node.arguments.length === 0) return;
  let words: Array<string | null>;
  if (takes === 'command') {
    const text = ctx.scope.strParams(node.arguments[0]);
    words = text === null ? [] : text.split(/\s+/);
  } else {
    const args = node.arguments[1] ? unwrap(node.arguments[1]) : null;
    if (ctx.scope.str(node.arguments[0]) !== 'git' || args?.type !== 'ArrayExpression') return;
    words = ['git', ...(args.elements as Array<Node | null>).map((e) => (e && e.type !== 'SpreadElement' ? ctx.scope.strParams(e) : null))];
  }
  const at = subcommandAt(words);
  if (at < 0) return;
  const rest = words.slice(at + 1);
  const end = rest.findIndex((w) => w === '&&' || w === ';' || w === '|' || w === '||');
  const url = (end < 0 ? rest : rest.slice(0, end)).find((w) => w !== null && isRemoteUrl(w)) ?? null;
  push(ctx, node, `git ${words[at]}`, COMMANDS.get(words[at]!)!, url);
}

/** Where `git`'s subcommand that reaches a remote is among a command's words (options before it skipped), -1 when none. */
function subcommandAt(words: ReadonlyArray<string | null>): number {
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word !== 'git' && !word?.endsWith('/git')) continue;
    let j = i + 1;
    while (words[j]?.startsWith('-')) j += words[j] === '-C' || words[j] === '-c' ? 2 : 1;
    if (COMMANDS.has(words[j] ?? '')) return j;
  }
  return -1;
}

/** A remote's URL, `https://...` or git's scp-like `git@github.com:org/repo.git`, not a remote's name or a local path. */
function isRemoteUrl(word: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(word) || /^[^\s/:@]+@[^\s/:]+:/.test(word);
}

function push(ctx: FileContext, node: Node, client: string, method: HttpMethod, url: string | null, auth: Node | null = null): void {
  const call: EgressCall = { client, method, url: null, host: null, side: ctx.facts.side, carries: ctx.kindsOf([...node.arguments, auth]), evidence: ctx.evidence(node) };
  ctx.facts.egress.push(call);
  ctx.derive('egress', call, 'egress-git', [url]);
}

/** A git remote's URL and host: an HTTPS or SSH URL's, or the host of an scp-like one (`git@bitbucket.org:team/repo.git`); a remote's name or a local path has none. */
export function deriveGitUrl(call: EgressCall, [url]: Array<string | null>): void {
  const scp = url === null ? null : /^[^\s/:@]+@([^\s/:]+):/.exec(url);
  if (scp) {
    call.url = url;
    call.host = scp[1]!.includes(HOLE) ? null : scp[1]!.toLowerCase();
  } else deriveUrl(call, [url !== null && /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : null, null]);
}

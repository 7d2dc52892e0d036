import type { EgressCall } from '../../scan/facts.ts';
import { declaredKinds } from '../../scan/egress.ts';
import { firstAndRest, groupBy } from '../group.ts';
import type { CheckDefinition, CheckReport } from '../types.ts';

const check: CheckDefinition = {
  id: 'undeclared-egress',
  title: 'Undeclared egress',
  severity: 'error',
  description:
    'Error: code sends a request to a host that no `permissions.external.fetch` entry (back end: `fetch.backend`, Custom UI: ' +
    '`fetch.client`; an image a front end loads, `<img src>` or `img.src = url`: `images`; a script a page loads from another site: `scripts`) or remote allows, or invokes a remote the manifest does not declare. Forge blocks the request at run time, ' +
    'and the host is missing from what the app says it egresses to. A call through a vendor\'s SDK (`openai.chat.completions.create`) ' +
    'counts when no host of the vendor is declared, with the vendor\'s API host. Calls to the same host are reported once, with the ' +
    'others as related locations. Connect apps declare no egress and are not checked, nor is a web server of the app\'s own beside ' +
    'its Forge functions (a file that imports express, atlassian-connect-express, koa, \u2026 and what only it imports, not a handler), ' +
    'nor a package of its own that holds no Forge function\'s handler (`lambda/package.json` beside the manifest): it runs elsewhere, such as the app\'s remote.',
  fix: 'Add the host to `permissions.external.fetch.backend` (or `fetch.client` for Custom UI, `images` for an image it shows, `scripts` for a script a page loads) in manifest.yml, or declare the remote under `remotes`; then list it in your statement and profile.',
  messages: {
    undeclared: '`{{client}}` sends a request to `{{host}}`, which `permissions.external.{{list}}` does not allow: Forge blocks it at run time.',
    undeclaredMany: '{{count}} calls send requests to `{{host}}`, which `permissions.external.{{list}}` does not allow: Forge blocks them at run time.',
    undeclaredRemote: '`{{client}}` calls the remote `{{remote}}`, which the manifest does not declare under `remotes`.',
  },
  run({ facts }) {
    const groups = groupBy(facts.egress.undeclared, (c) => `${declaredKinds(c)[0]} ${c.host}`);
    return [...groups.values()].map((calls): CheckReport => {
      const first = calls[0] as EgressCall;
      const host = first.host ?? '';
      const places = firstAndRest(calls.map((c) => c.evidence));
      if (host.startsWith('remote:')) return { messageId: 'undeclaredRemote', data: { client: first.client, remote: host.slice(7) }, ...places };
      const list = declaredKinds(first)[0]!.replace('-', '.');
      return calls.length === 1
        ? { messageId: 'undeclared', data: { client: first.client, host, list }, ...places }
        : { messageId: 'undeclaredMany', data: { host, list, count: calls.length }, ...places };
    });
  },
};

export default check;

import type { CheckDefinition } from '../types.ts';

const check: CheckDefinition = {
  id: 'secret-to-front-end',
  title: 'Secret sent to the front end',
  severity: 'error',
  description:
    'Error: a resolver function returns a secret (a value read with `getSecret`, an environment variable named like a key or token) ' +
    'to the app\'s front end: its answer reaches the browser of whoever opens the app, where anyone can read the credential and use it. ' +
    'So does a server\'s route that answers with one (`res.json({ apiKey })`, `NextResponse.json(\u2026)`, Koa\'s `ctx.body`), a Forge web ' +
    'trigger whose response body holds one, which anyone who has its URL gets, and a Forge API route\'s (`apiRoute`), which its callers get.',
  fix: 'Make the request that needs the credential in the resolver and return its result, or return only whether the secret is set ' +
    '(`{ configured: Boolean(key) }`) or a masked form (its last four characters); then rotate the credential if the code was deployed.',
  messages: {
    returned: 'The resolver function `{{fn}}` returns a secret to the front end here.',
    route: 'The route `{{fn}}` answers the browser with a secret here.',
    webtrigger: 'The web trigger `{{fn}}` returns a secret in its response body here, to whoever calls its URL.',
    apiroute: 'The API route `{{fn}}` returns a secret in its response body here, to whoever calls the app\'s REST API.',
  },
  run({ facts }) {
    return (facts.exposedSecrets ?? []).map((s) => ({ messageId: s.via ?? 'returned', data: { fn: s.function }, evidence: s.evidence }));
  },
};

export default check;

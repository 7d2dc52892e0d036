import { defineClaim } from '../define.ts';
import { accessParams, ONLY_READ, READ_WRITE, type AccessParams } from '../scope-phrases.ts';
import { verifyNoScopes } from '../scopes.ts';

export default defineClaim<AccessParams>({
  id: 'no-write-scopes',
  title: 'No write scopes',
  description:
    'The app declares no scope that changes product data (`write:`, `delete:`, `manage:`, `admin:`, Connect `WRITE` and above), for the product the statement names or for any product. "Read-only access" is this claim too. Platform scopes such as `storage:app` do not count.',
  decidedBy: 'code',
  phrasings: [READ_WRITE, ONLY_READ],
  params: (sentence) => accessParams(sentence, 'write'),
  examples: [
    'The current app version does not operate an external backend, does not request Confluence write scopes, and does not store customer content outside Atlassian systems.',
    'The app has read-only access to Jira.',
  ],
  messages: {
    verified: 'The app declares no {{product}} write scope.',
    contradicted: 'The app declares {{scopes}} ({{where}}).',
    badProduct: '"{{product}}" is not a product Candor knows (jira, confluence, bitbucket, compass).',
  },
  verify: (params, { facts }) => verifyNoScopes(params, facts, 'write'),
});

import { defineClaim } from '../define.ts';
import { accessParams, READ_WRITE, type AccessParams } from '../scope-phrases.ts';
import { verifyNoScopes } from '../scopes.ts';

export default defineClaim<AccessParams>({
  id: 'no-read-scopes',
  title: 'No read scopes',
  description:
    'The app declares no scope that reads product data (`read:`, `search:`, Connect `READ`), for the product the statement names or for any product. Platform scopes such as `storage:app` do not count.',
  decidedBy: 'code',
  phrasings: [READ_WRITE],
  params: (sentence) => accessParams(sentence, 'read'),
  examples: ['The current Forge app is intentionally scoped with no Confluence read or write permissions.'],
  messages: {
    verified: 'The app declares no {{product}} read scope.',
    contradicted: 'The app declares {{scopes}} ({{where}}).',
    badProduct: '"{{product}}" is not a product Candor knows (jira, confluence, bitbucket, compass).',
  },
  verify: (params, { facts }) => verifyNoScopes(params, facts, 'read'),
});

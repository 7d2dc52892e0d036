import { defineClaim, outcome } from '../define.ts';
import { places } from '../evidence.ts';
import { accessParams, READ_WRITE, type AccessParams } from '../scope-phrases.ts';
import { productOfWord, scopeAccess, scopeProduct } from '../scopes.ts';

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
  verify(params, { facts }) {
    // Params may come from the profile as written: an unknown product decides nothing.
    const product = params.product === undefined ? null : productOfWord(String(params.product));
    if (params.product !== undefined && product === null) return outcome('unverified', 'badProduct', [], { product: String(params.product) });
    const found = facts.scopes.declared.filter((d) => {
      const p = scopeProduct(d.scope, facts);
      return p !== null && (product === null || p === product) && scopeAccess(d.scope, facts) === 'read';
    });
    const data = { product: product ? product[0]!.toUpperCase() + product.slice(1) : 'product' };
    if (found.length === 0) return outcome('verified', 'verified', [], data);
    return outcome('contradicted', 'contradicted', found.map((d) => d.evidence), { ...data, scopes: found.map((d) => d.scope).join(', '), where: places(found.map((d) => d.evidence)) });
  },
});

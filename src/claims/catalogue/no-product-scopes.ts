import { defineClaim } from '../define.ts';
import { firstLine, gap, NOT, phrase } from '../phrases.ts';
import { productIn } from '../scope-phrases.ts';
import { type ScopeProduct, verifyNoScopes } from '../scopes.ts';

type Params = { product?: ScopeProduct };

/** "Jira scopes", "Confluence or Jira permissions". */
const WHAT = String.raw`(?:(?:product|Jira|Confluence|Bitbucket|Compass|Atlassian|API|OAuth)(?:\s+(?:or|and|nor)\s+(?:Jira|Confluence|Bitbucket|Compass))?\s+)?(?:scopes|permissions)\b`;

export default defineClaim<Params>({
  id: 'no-product-scopes',
  title: 'No product scopes',
  description:
    'The app declares no scope that gives access to product data (Jira, Confluence, Bitbucket, Compass), or none for the product the statement names. Platform scopes such as `storage:app` and `report:personal-data` do not count.',
  decidedBy: 'code',
  phrasings: [
    phrase`\b(?:requests?|declares?|asks?\s+for|needs?|requires?|uses?|has)\s+no\s+${WHAT}`,
    phrase`${NOT}${gap(20)}\b(?:request|declare|ask\s+for|need|require)s?\s+(?:any\s+)?${WHAT}`,
    phrase`\b(?:with\s+no|zero)\s+${WHAT}`,
  ],
  params: (sentence) => {
    const product = productIn(firstLine(sentence));
    return product ? { product } : {};
  },
  examples: ['The app requests no Confluence scopes.', 'It does not request any product scopes.'],
  messages: {
    verified: 'The app declares no {{product}} scope.',
    contradicted: 'The app declares {{scopes}} ({{where}}).',
    badProduct: '"{{product}}" is not a product Candor knows (jira, confluence, bitbucket, compass).',
  },
  verify: (params, { facts }) => verifyNoScopes(params, facts, null),
});

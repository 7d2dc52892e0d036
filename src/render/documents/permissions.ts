/** The scopes an app requests, each with why, phrased as the exact-scopes claim reads it back. */
import { scopeProduct } from '../../claims/scopes.ts';
import { scopeViews, type DocumentInput } from './input.ts';
import { code, list, p, type Block, type Rich } from './model.ts';
import { capitalise } from './words.ts';

export function permissionBlocks(input: DocumentInput): Block[] {
  const { facts, truths } = input;
  const views = scopeViews(input);
  if (views.length === 0) {
    const blocks: Block[] = [p('The app requests no scopes.')];
    for (const product of appProducts(input)) {
      if (truths.holds('no-read-scopes', { product }) && truths.holds('no-write-scopes', { product })) {
        blocks.push(p(`It has no ${capitalise(product)} read or write permissions, which matches what the app does and keeps customer spaces out of its reach.`));
      }
    }
    return blocks;
  }
  const all = views.every((v) => v.purpose !== null);
  const count = views.length > 1 ? ` ${views.length}` : '';
  const blocks: Block[] = [
    p(`The app requests the following${count} scopes${all ? ', each for the purpose given' : ''}:`),
    list(views.map((v): Rich => (v.purpose ? [code(v.scope), ` \u2014 ${v.purpose}`] : [code(v.scope)]))),
  ];
  if (truths.holds('least-privilege-scopes')) blocks.push(p('It requests only the scopes required by its code: each one is used.'));
  const products = [...new Set(views.map((v) => scopeProduct(v.scope, facts)).filter((x) => x !== null))];
  for (const product of products) {
    if (truths.holds('no-write-scopes', { product })) blocks.push(p(`It has no ${capitalise(product)} write scopes.`));
  }
  return blocks;
}

function appProducts({ facts }: DocumentInput): Array<'jira' | 'confluence' | 'bitbucket' | 'compass'> {
  const out = new Set<'jira' | 'confluence' | 'bitbucket' | 'compass'>();
  for (const product of facts.app.products) {
    if (product === 'jira' || product === 'jsm' || product === 'jira-software') out.add('jira');
    else if (product === 'confluence' || product === 'bitbucket' || product === 'compass') out.add(product);
  }
  return [...out];
}

import webhooks from '../data/connect-webhooks.json' with { type: 'json' };
import type { Product, RestCall, TriggerFact } from '../scan/facts.ts';

const EVENT_PREFIXES = Object.entries(webhooks.products).flatMap(([product, prefixes]) =>
  Array.isArray(prefixes) ? prefixes.map((prefix) => [prefix, product as Product] as const) : []);

/** The products a Connect app's webhooks belong to, by their events' names (`jira:issue_created`, `page_created`, `repo:push`); events several products send tell none. */
export function webhookProducts(triggers: readonly TriggerFact[]): Product[] {
  const products: Product[] = [];
  for (const trigger of triggers) {
    if (trigger.kind !== 'connect-webhook') continue;
    for (const event of trigger.events) {
      const product = EVENT_PREFIXES.find(([prefix]) => event.startsWith(prefix))?.[1];
      if (product && !products.includes(product)) products.push(product);
    }
  }
  return products;
}

/** The products whose REST APIs a Connect app calls (`/rest/api/3/issue` of Jira): what it works in when its descriptor does not tell. */
export function calledProducts(calls: readonly RestCall[]): Product[] {
  const products: Product[] = [];
  for (const call of calls) if (call.path !== null && CALLED.has(call.product) && !products.includes(call.product)) products.push(call.product);
  return products;
}

const CALLED = new Set<Product>(['jira', 'jira-software', 'jsm', 'confluence', 'bitbucket', 'compass']);

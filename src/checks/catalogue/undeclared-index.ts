import { firstAndRest, groupBy } from '../group.ts';
import type { CheckDefinition } from '../types.ts';

const check: CheckDefinition = {
  id: 'undeclared-index',
  title: 'Undeclared custom entity index',
  severity: 'error',
  description:
    'Error: a Forge app queries a custom entity on an index (`kvs.entity(\'task\').query().index(\'by-owner\')`) that the ' +
    'entity\'s declaration under `app.storage.entities` in the manifest does not list. Every query of the Custom Entity Store ' +
    'runs on one of the entity\'s indexes, and Forge needs the entity and its indexes declared before the app can use them ' +
    '(https://developer.atlassian.com/platform/forge/runtime-reference/storage-api-query-complex/, ' +
    'https://developer.atlassian.com/platform/forge/runtime-reference/custom-entities/), so the query fails at run time. ' +
    'Only a query naming its index in full, on an entity the manifest declares with every index named, is checked (an entity ' +
    'not declared at all is `undeclared-entity`); the places that use one index are reported once, with the others as related locations.',
  fix: 'Add the index to the entity\'s `indexes:` in manifest.yml (`- owner` for an attribute, or `- name: by-owner` with its `partition` and `range`), or correct the name in the code.',
  messages: {
    undeclared: 'This query runs on the index `{{index}}` of the custom entity `{{entity}}`, which its declaration does not list ({{declared}}): the query fails at run time.',
    undeclaredMany: 'The index `{{index}}` of the custom entity `{{entity}}` is queried in {{count}} places, but its declaration does not list it ({{declared}}): the queries fail at run time.',
  },
  run({ facts }) {
    if (facts.app.platform !== 'forge' && facts.app.platform !== 'connect-on-forge') return [];
    const declared = facts.app.storage.indexes ?? {};
    const used = facts.storage.filter((op) => op.backend === 'custom-entity' && op.index !== undefined && op.key !== null
      && Object.hasOwn(declared, op.key) && !declared[op.key]!.includes(op.index));
    return [...groupBy(used, (op) => `${op.key}\u0000${op.index}`).values()].map((ops) => {
      const entity = ops[0]!.key!;
      const indexes = declared[entity]!;
      return {
        messageId: ops.length === 1 ? 'undeclared' : 'undeclaredMany',
        data: { entity, index: ops[0]!.index!, count: ops.length, declared: indexes.length > 0 ? `it lists ${indexes.map((i) => `\`${i}\``).join(', ')}` : 'it lists none' },
        ...firstAndRest(ops.map((op) => op.evidence)),
      };
    });
  },
};

export default check;

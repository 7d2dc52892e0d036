import type { StorageOp } from '../../scan/facts.ts';
import { firstAndRest, groupBy } from '../group.ts';
import type { CheckDefinition } from '../types.ts';

/** A custom entity the code names in full (`kvs.entity('visit')`), not one built at run time. */
const named = (op: StorageOp) => op.backend === 'custom-entity' && op.key !== null && !op.key.includes('{}');

const check: CheckDefinition = {
  id: 'undeclared-entity',
  title: 'Undeclared custom entity',
  severity: 'error',
  description:
    'Error: a Forge app reads or writes a custom entity (`kvs.entity(\'visit\')`, or `entityName` in a transaction) that ' +
    '`app.storage.entities` in the manifest does not declare. Forge needs each custom entity and its indexes declared before ' +
    'the app can store data in it (https://developer.atlassian.com/platform/forge/runtime-reference/storage-api-query-complex-legacy/, ' +
    'https://developer.atlassian.com/platform/forge/runtime-reference/custom-entities/), so the calls fail at run time. The ' +
    'places that use one entity are reported once, with the others as related locations.',
  fix: 'Declare the entity under `app.storage.entities` in manifest.yml with its attributes and the indexes its queries use (`- name: visit`, `attributes:`, `indexes:`), or correct the name in the code.',
  messages: {
    undeclared: 'The custom entity `{{entity}}` is used here, but `app.storage.entities` does not declare it: the calls fail at run time.',
    undeclaredMany: 'The custom entity `{{entity}}` is used in {{count}} places, but `app.storage.entities` does not declare it: the calls fail at run time.',
  },
  run({ facts }) {
    if (facts.app.platform !== 'forge' && facts.app.platform !== 'connect-on-forge') return [];
    const declared = new Set(facts.app.storage.entities);
    const used = facts.storage.filter((op) => named(op) && !declared.has(op.key!));
    return [...groupBy(used, (op) => op.key!).entries()].map(([entity, ops]) => ({
      messageId: ops.length === 1 ? 'undeclared' : 'undeclaredMany',
      data: { entity, count: ops.length },
      ...firstAndRest(ops.map((op) => op.evidence)),
    }));
  },
};

export default check;

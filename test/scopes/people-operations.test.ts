import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PeopleFinder, responseSchema, type Schema } from '../../scripts/people-operations.ts';

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const schemas: Record<string, Schema> = {
  User: { type: 'object', properties: { accountId: {}, displayName: {}, emailAddress: {}, active: {} } },
  Picked: { type: 'object', properties: { accountId: {}, displayName: {}, html: {} } },
  Like: { type: 'object', properties: { accountId: {} } },
  PageOfUsers: { type: 'object', properties: { startAt: {}, total: {}, values: { type: 'array', items: ref('User') } } },
  Found: { type: 'object', properties: { users: { type: 'object', properties: { header: {}, users: { type: 'array', items: ref('Picked') } } }, groups: { type: 'object', properties: { total: {} } } } },
  Comment: { type: 'object', properties: { id: {}, body: {}, author: ref('User') } },
  Comments: { type: 'object', properties: { comments: { type: 'array', items: ref('Comment') } } },
  Watch: { type: 'object', properties: { type: {}, watcher: ref('User') } },
  Watches: { type: 'object', properties: { results: { type: 'array', items: ref('Watch') } } },
  Task: { type: 'object', properties: { taskId: {}, submittedBy: ref('User') } },
  Page: { type: 'object', properties: { id: {}, title: {}, likes: { type: 'object', properties: { results: { type: 'array', items: ref('Like') } } } } },
  object: { type: 'object', properties: { type: {} } },
  account: { allOf: [ref('object'), { type: 'object', properties: { display_name: {}, uuid: {} } }] },
  membership: { allOf: [ref('object'), { type: 'object', properties: { user: ref('account'), workspace: { type: 'object', properties: { uuid: {}, slug: {} } } } }] },
  Members: { type: 'object', properties: { values: { type: 'array', items: ref('membership') } } },
  DefaultValue: { oneOf: [ref('Like'), { type: 'object', properties: { value: {} } }] },
  Tree: { type: 'object', properties: { children: { type: 'array', items: ref('Tree') }, parent: ref('Tree') } },
};

test('an answer that is a person or lists people returns their kinds; people embedded in content do not count', () => {
  const finder = new PeopleFinder(schemas);
  const kinds = (name: string): string => finder.kinds(ref(name)).join(',');
  assert.equal(kinds('User'), 'account-id,display-name,email');
  assert.equal(finder.kinds({ type: 'array', items: ref('User') }).join(','), 'account-id,display-name,email');
  assert.equal(kinds('PageOfUsers'), 'account-id,display-name,email');
  assert.equal(kinds('Found'), 'account-id,display-name');
  assert.equal(kinds('Watches'), 'account-id,display-name,email');
  assert.equal(kinds('Members'), 'account-id,display-name');
  assert.equal(kinds('Comment'), '');
  assert.equal(kinds('Comments'), '');
  assert.equal(kinds('Task'), '');
  assert.equal(kinds('Page'), '');
  assert.equal(kinds('DefaultValue'), '');
  assert.equal(kinds('Tree'), '');
});

test('the schema of the first success answer, OpenAPI 3 or Swagger 2, through a response $ref', () => {
  const responses: Record<string, Schema> = { Ok: { content: { 'application/json': { schema: ref('User') } } } as Schema };
  const resolve = (s: Schema): Schema => (s.$ref ? responses[s.$ref.slice(s.$ref.lastIndexOf('/') + 1)]! : s);
  assert.deepEqual(responseSchema({ responses: { 400: {}, 200: { $ref: '#/components/responses/Ok' } } }, resolve), ref('User'));
  assert.deepEqual(responseSchema({ responses: { 201: { schema: ref('account') } } }, resolve), ref('account'));
  assert.equal(responseSchema({ responses: { default: { schema: ref('account') } } }, resolve), null);
});

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { readManifestSchema } from '../../src/app/manifest-ajv.ts';
import { forgeManifestVersion } from '../../src/app/manifest-schema.ts';
import { deriveKnowledge, KNOWLEDGE_FILE, schemaKnowledge } from '../../src/app/schema-knowledge.ts';

describe('the module knowledge kept beside the generated validator', () => {
  it('is what the installed schema gives, so a scan need not read the schema', () => {
    const kept = JSON.parse(fs.readFileSync(KNOWLEDGE_FILE, 'utf8')) as unknown;
    assert.deepEqual(kept, deriveKnowledge(readManifestSchema(), forgeManifestVersion()));
  });

  it('knows the UI modules, the Connect modules\' products and the open modules\' properties', () => {
    const knowledge = schemaKnowledge();
    assert.equal(knowledge.uiModules.has('jira:issuePanel'), true);
    assert.equal(knowledge.uiModules.has('trigger'), false);
    assert.deepEqual(knowledge.connectProducts.get('webPanels')?.sort(), ['confluence', 'jira']);
    assert.equal(knowledge.openModuleProperties.get('jira:issuePanel')?.has('viewportSize'), true);
  });
});

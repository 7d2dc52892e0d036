import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { unknownModuleProperties } from '../../src/app/manifest-unknown-properties.ts';
import { parseYaml } from '../../src/app/yaml-locate.ts';

const MANIFEST = path.join(import.meta.dirname, '../fixtures/app/jsm-portal-unlicensed/manifest.yml');

describe('module properties the manifest reference documents and the schema leaves out', () => {
  it('takes unlicensedAccess on Jira Service Management portal modules, and still names a misspelling of it', () => {
    const diagnostics = unknownModuleProperties(parseYaml('manifest.yml', fs.readFileSync(MANIFEST, 'utf8')));
    assert.deepEqual(diagnostics.map((d) => [d.severity, d.path]), [['warning', 'modules.jiraServiceManagement:portalRequestDetail[0].unlicensedAcess']]);
    assert.match(diagnostics[0]!.message, /did you mean 'unlicensedAccess'\?/);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const DB = "const uri = 'postgres://reports:Vq8rT2mLx9Kp4@reports-db.h7k2p.us-east-1.rds.amazonaws.com:5432/app';";
const vendors = (parties: Array<{ vendor: string; via: Array<{ kind: string; evidence: { file: string } }> }>): string[] =>
  parties.flatMap((t) => t.via.filter((v) => v.kind === 'egress').map((v) => `${t.vendor} ${v.kind} ${v.evidence.file}`));

describe('a connection string written with its password', () => {
  it('names no vendor for a Forge function the manifest lets reach no such host; it does once the manifest declares it, and beside the functions', async () => {
    const files = { 'src/index.js': `${DB}\nexport const run = () => uri;\n`, 'server/db.js': DB, 'server/app.js': "const express = require('express');\nrequire('./db');\nexpress().listen(3000);\n" };
    const closed = await scanFiles({ 'manifest.yml': forgeManifest(), ...files });
    assert.deepEqual(closed.facts.secrets.map((s) => s.evidence.file), ['server/db.js', 'src/index.js']);
    assert.deepEqual(vendors(closed.facts.thirdParties), ['aws egress server/db.js']);
    const open = await scanFiles({ 'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', "        - '*.rds.amazonaws.com'"), ...files });
    assert.deepEqual(vendors(open.facts.thirdParties), ['aws egress server/db.js', 'aws egress src/index.js']);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe("AWS's China regions (`*.amazonaws.com.cn`) are AWS's hosts", () => {
  it('a declaration of them is used by the AWS SDK the app calls, as `*.amazonaws.com` is', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', "        - '*.amazonaws.com'", "        - '*.amazonaws.com.cn'"),
      'package.json': JSON.stringify({ dependencies: { '@aws-sdk/client-sts': '^3.0.0' } }),
      'src/index.js': [
        "import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';",
        'export async function run(event) {',
        "  for (const region of ['us-east-1', 'cn-north-1']) {",
        '    const client = new STSClient({ region, credentials: event.credentials });',
        '    await client.send(new GetCallerIdentityCommand({}));',
        '  }',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.unused, []);
    assert.deepEqual(facts.thirdParties.map((t) => t.vendor), ['aws']);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe('the object a vendor SDK hands its callback (`Sentry.withScope((scope) => …)`)', () => {
  it('is that SDK: what `scope.setUser(…)` carries goes to the vendor; other callbacks\' parameters are not', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  external:', '    fetch:', '      backend:', '        - o1.ingest.sentry.io'),
      'package.json': JSON.stringify({ dependencies: { '@sentry/node': '^8.0.0' } }),
      'src/index.js': [
        "import * as Sentry from '@sentry/node';",
        'Sentry.init({ dsn: process.env.SENTRY_DSN });',
        'export async function handler(payload, context) {',
        '  try {',
        '    return await payload.items.map((item) => item.length);',
        '  } catch (err) {',
        '    Sentry.withScope((scope) => {',
        '      scope.setUser({ id: context.accountId });',
        '      Sentry.captureException(err);',
        '    });',
        '    Sentry.startSpan({ name: "x" }, (span) => span.end());',
        '  }',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.sdkCalls.map((c) => `${c.vendor} ${c.api} ${c.carries.join(',')} ${c.evidence.line}`), [
      'sentry init other 2',
      'sentry setUser account-id 8',
      'sentry captureException other 9',
      'sentry startSpan literal 11',
    ]);
  });
});

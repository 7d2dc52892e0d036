import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { panelManifest, scanFiles } from '../helpers/temp-app.ts';

const exposed = async (files: Record<string, string>): Promise<string[]> => {
  const { facts } = await scanFiles({ 'manifest.yml': panelManifest(), ...files });
  return (facts.exposedSecrets ?? []).map((s) => `${s.function} ${s.evidence.file}:${s.evidence.line}`);
};

const resolvers = (...lines: string[]): string => [
  "import Resolver from '@forge/resolver';",
  'const resolver = new Resolver();',
  ...lines,
  'export const handler = resolver.getDefinitions();',
].join('\n');

describe('what a resolver function returns that is no secret', () => {
  it('is a key meant for the browser: publishable, site, public, Sentry\'s DSN, Firebase\'s web key, a front-end build\'s key', async () => {
    assert.deepEqual(await exposed({
      'src/index.js': resolvers(
        "resolver.define('stripe', () => ({ key: process.env.STRIPE_PUBLISHABLE_KEY }));",
        "resolver.define('captcha', () => ({ siteKey: process.env.RECAPTCHA_SITE_KEY }));",
        "resolver.define('sentry', () => ({ dsn: process.env.SENTRY_DSN }));",
        "resolver.define('posthog', () => ({ key: process.env.POSTHOG_PUBLIC_KEY, next: process.env.NEXT_PUBLIC_POSTHOG_KEY, vite: process.env.VITE_SUPABASE_ANON_KEY }));",
        "resolver.define('firebase', () => ({ apiKey: process.env.FIREBASE_API_KEY }));",
        "resolver.define('secret', () => ({ key: process.env.STRIPE_SECRET_KEY }));",            // 8
        "resolver.define('private', () => ({ key: process.env.FIREBASE_PRIVATE_KEY }));",        // 9
        "resolver.define('database', () => ({ dsn: process.env.DATABASE_DSN }));",               // 10
        "resolver.define('token', () => ({ token: process.env.NEXT_PUBLIC_API_TOKEN }));",       // 11
      ),
    }), ['secret src/index.js:8', 'private src/index.js:9', 'database src/index.js:10', 'token src/index.js:11']);
  });

  it('is a token signed with the key, which holds its claims and a signature; a secret put in its claims is', async () => {
    assert.deepEqual(await exposed({
      'src/index.js': resolvers(
        "import jwt from 'jsonwebtoken';",
        "import { SignJWT } from 'jose';",
        "import crypto from 'node:crypto';",
        "resolver.define('embed', ({ context }) => {",
        "  const token = jwt.sign({ sub: context.accountId }, process.env.EMBED_SIGNING_SECRET, { expiresIn: '5m' });",
        '  return { token };',
        '});',
        "resolver.define('jose', async ({ context }) => {",
        '  const key = new TextEncoder().encode(process.env.JWT_SECRET);',
        "  return { token: await new SignJWT({ sub: context.accountId }).setProtectedHeader({ alg: 'HS256' }).sign(key) };",
        '});',
        "resolver.define('hmac', ({ context }) => ({ hash: crypto.createHmac('sha256', process.env.INTERCOM_SECRET).update(context.accountId).digest('hex') }));",
        "resolver.define('leaky', () => ({ token: jwt.sign({ apiKey: process.env.OPENAI_API_KEY }, process.env.EMBED_SIGNING_SECRET) }));", // 15
      ),
    }), ['leaky src/index.js:15']);
  });

  it('is a key a function of the app masks, in its module or another; a function that hands the key back is not one', async () => {
    assert.deepEqual(await exposed({
      'src/util.js': "export const preview = (value) => (value ? `${value.slice(0, 3)}…` : '');",
      'src/index.js': resolvers(
        "import { kvs } from '@forge/kvs';",
        "import { preview } from './util';",
        'function mask(value) {',
        "  return '****' + value.slice(-4);",
        '}',
        'function same(value) {',
        '  return value;',
        '}',
        "resolver.define('masked', async () => {",
        "  const key = await kvs.getSecret('openai');",
        '  return { key: mask(key), preview: preview(key) };',
        '});',
        "resolver.define('same', async () => ({ key: same(await kvs.getSecret('openai')) }));", // 15
      ),
    }), ['same src/index.js:15']);
  });

  it('is not a function\'s return that holds no secret; one that returns a helper\'s key from another module is', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': panelManifest(),
      'src/config.js': 'export function githubToken() {\n  return process.env.GITHUB_TOKEN;\n}',
      'src/index.js': resolvers(
        "import { githubToken } from './config';",
        'function getToken() {',
        '  return githubToken();',
        '}',
        "resolver.define('getToken', getToken);",
      ),
    });
    assert.deepEqual(facts.exposedSecrets?.map((s) => `${s.function} ${s.evidence.file}:${s.evidence.line}`), ['getToken src/index.js:5']);
  });

  it('is not shown in a test or a mock of the app', async () => {
    assert.deepEqual(await exposed({
      'src/index.js': resolvers("resolver.define('ping', () => ({ ok: true }));"),
      'src/__tests__/resolver.test.js': resolvers("resolver.define('getConfig', () => ({ apiKey: process.env.OPENAI_API_KEY }));"),
    }), []);
  });
});

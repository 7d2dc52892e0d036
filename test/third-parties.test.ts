import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import YAML from 'yaml';
import { listFiles } from '../src/app/files.ts';
import type { DependencyFact, EgressCall, EgressDeclaration, Evidence, ThirdParty } from '../src/scan/facts.ts';
import { findLlmUses, findThirdParties, type ThirdPartyInput } from '../src/scan/third-parties.ts';
import { vendorById, vendorForHost, vendorForHostingFile, vendorForPackage, vendors } from '../src/scan/vendors.ts';
import { LineIndex } from '../src/utils/lines.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures/third-parties');

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\(\s*|^import\s+)['"]([^'"]+)['"]/gm;
const FETCH = /\bfetch\(\s*['"`](https?:\/\/[^'"`]+)['"`]/g;

/**
 * Builds the scan's inputs from a fixture app with small stand-ins for the package, import and
 * egress scanners (this suite tests what findThirdParties makes of them, not those scanners).
 */
function loadApp(name: string): ThirdPartyInput {
  const root = path.join(fixtures, name);
  const readFile = (rel: string): string | null => {
    try {
      return fs.readFileSync(path.join(root, rel), 'utf8');
    } catch {
      return null;
    }
  };
  const dependencies: DependencyFact[] = [];
  const imports: Array<{ module: string; evidence: Evidence }> = [];
  const egressCalls: EgressCall[] = [];
  const egressDeclared: EgressDeclaration[] = [];
  const { files } = listFiles(root);
  for (const file of files) {
    const text = readFile(file.path) ?? '';
    const lines = new LineIndex(text);
    if (path.basename(file.path) === 'package.json') {
      const pkg = JSON.parse(text) as Record<string, Record<string, string> | undefined>;
      for (const [section, dev] of [['dependencies', false], ['devDependencies', true]] as const) {
        for (const [dep, version] of Object.entries(pkg[section] ?? {})) {
          dependencies.push({ name: dep, version, dev, evidence: lines.evidence(file.path, text.indexOf(`"${dep}"`)) });
        }
      }
    }
    if (file.source) {
      for (const m of text.matchAll(IMPORT)) imports.push({ module: m[1]!, evidence: lines.evidence(file.path, m.index) });
      for (const m of text.matchAll(FETCH)) {
        const side = file.path.startsWith('static/') ? 'frontend' : 'backend';
        egressCalls.push({ client: 'fetch', method: 'POST', url: m[1]!, host: new URL(m[1]!).host, side, carries: [], evidence: lines.evidence(file.path, m.index) });
      }
    }
    if (file.path === 'manifest.yml') {
      const fetch = (YAML.parse(text) as { permissions?: { external?: { fetch?: Record<string, Array<string | { address: string }>> } } })
        .permissions?.external?.fetch ?? {};
      for (const [side, entries] of Object.entries(fetch)) {
        for (const entry of entries) {
          const address = typeof entry === 'string' ? entry : entry.address;
          const host = address.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
          const kind = side === 'client' ? 'fetch-client' : 'fetch-backend';
          egressDeclared.push({ kind, address, host, wildcard: host.startsWith('*.'), category: null, inScopeEUD: null, evidence: lines.evidence(file.path, text.indexOf(address)) });
        }
      }
    }
  }
  return { dependencies, imports, egressCalls, egressDeclared, files: files.map((f) => f.path), readFile };
}

/** `kind detail file:line` for each via: compact enough to compare with a literal. */
function summary(parties: ThirdParty[]): Record<string, string[]> {
  return Object.fromEntries(parties.map((p) => [p.vendor, p.via.map((v) => `${v.kind} ${v.detail} ${v.evidence.file}:${v.evidence.line}`)]));
}

describe('findThirdParties on fixture apps', () => {
  test('forge-vendors: runtime dependencies, imported dev dependencies, egress calls and declared egress', () => {
    const parties = findThirdParties(loadApp('forge-vendors'));
    assert.deepEqual(parties.map((p) => p.name), ['OpenAI', 'PostHog', 'Sentry', 'Supabase']);
    assert.deepEqual(summary(parties), {
      openai: [
        'dependency openai package.json:11',
        'import openai src/summarise.ts:2',
        'egress api.openai.com src/summarise.ts:11',
        'declared-egress api.openai.com manifest.yml:20',
      ],
      posthog: [
        'dependency posthog-js package.json:18',
        'import posthog-js static/panel/src/analytics.js:1',
        'declared-egress https://eu.i.posthog.com manifest.yml:25',
      ],
      sentry: [
        'dependency @sentry/node package.json:9',
        'import @sentry/node src/index.ts:2',
        'declared-egress *.ingest.sentry.io manifest.yml:21',
      ],
      supabase: [
        'dependency @supabase/supabase-js package.json:10',
        'import @supabase/supabase-js src/summarise.ts:3',
        'declared-egress *.supabase.co manifest.yml:22',
      ],
    });
    const openai = parties[0]!;
    assert.deepEqual(
      { category: openai.category, region: openai.region, site: openai.site },
      { category: 'ai', region: 'US (regional endpoints such as EU available)', site: 'https://openai.com' },
    );
  });

  test('forge-vendors: LLM uses are the SDK import and the API call', () => {
    const uses = findLlmUses(findThirdParties(loadApp('forge-vendors')));
    assert.deepEqual(uses.map((u) => `${u.provider} ${u.api} ${u.evidence.file}:${u.evidence.line}`), [
      'OpenAI openai src/summarise.ts:2',
      'OpenAI api.openai.com src/summarise.ts:11',
    ]);
  });

  test('connect-hosted: hosting files, CommonJS requires and an egress-only vendor', () => {
    const parties = findThirdParties(loadApp('connect-hosted'));
    assert.deepEqual(summary(parties), {
      'aws-s3': ['dependency @aws-sdk/client-s3 package.json:10', 'import @aws-sdk/client-s3 src/app.js:4'],
      'fly-io': ['hosting-file fly.toml fly.toml:1'],
      heroku: ['hosting-file Procfile Procfile:1'],
      mixpanel: ['egress api.mixpanel.com src/app.js:15'],
      slack: ['dependency @slack/web-api package.json:11', 'import @slack/web-api src/app.js:3'],
      vercel: ['hosting-file vercel.json vercel.json:1'],
    });
    assert.deepEqual(findLlmUses(parties), []);
  });

  test('clean-app: Atlassian packages, dev tooling and no egress give no third party', () => {
    assert.deepEqual(findThirdParties(loadApp('clean-app')), []);
  });
});

describe('findThirdParties rules', () => {
  const at = (file: string, line: number): Evidence => ({ file, line, column: 1, excerpt: '' });
  const dep = (name: string, dev: boolean, line: number): DependencyFact => ({ name, version: '1.0.0', dev, evidence: at('package.json', line) });
  const none: ThirdPartyInput = { dependencies: [], imports: [], egressCalls: [], egressDeclared: [], files: [], readFile: () => null };

  test('a hosting file gives the regions it deploys the app to, each where the file names it', () => {
    const files: Record<string, string> = {
      'fly.toml': 'app = "timesheets"\nprimary_region = "fra"\n',
      'vercel.json': '{\n  "framework": "nextjs",\n  "regions": ["iad1", "dub1"]\n}\n',
      'render.yaml': 'services:\n  - type: web\n    name: api\n    region: frankfurt\n',
      'api/serverless.yml': 'service: api\nprovider:\n  name: aws\n  region: eu-central-1\n',
      'netlify.toml': '[build]\n  command = "npm run build"\n',
    };
    const parties = findThirdParties({ ...none, files: Object.keys(files), readFile: (rel) => files[rel] ?? null });
    assert.deepEqual(parties.map((p) => [p.vendor, (p.regions ?? []).map((r) => `${r.code} ${r.evidence.file}:${r.evidence.line}:${r.evidence.column}`)]), [
      ['aws-lambda', ['eu-central-1 api/serverless.yml:4:11']],
      ['fly-io', ['fra fly.toml:2:19']],
      ['netlify', []],
      ['render', ['frankfurt render.yaml:4:13']],
      ['vercel', ['iad1 vercel.json:3:16', 'dub1 vercel.json:3:24']],
    ]);
  });

  test('only the place a hosting file deploys to counts, not any region key in it; a Serverless variable gives its literal default', () => {
    const files: Record<string, string> = {
      'serverless.yml': "service: api\nprovider:\n  name: aws\n  region: ${opt:region, self:custom.region}\ncustom:\n  region: ${env:REGION, 'eu-west-1'}\n  alerts:\n    topics:\n      alarm:\n        region: us-east-1\n  customDomain:\n    certificateRegion: us-east-1\n",
      'fly.toml': 'app = "timesheets"\nprimary_region = "fra"\n[env]\n  primary_region = "iad"\n',
      'vercel.json': '{\n  "regions": ["fra1"],\n  "functions": { "api/*.ts": { "regions": ["dub1"] } },\n  "crons": [{ "path": "/api/sync", "region": "iad1" }]\n}\n',
      'render.yaml': 'services:\n  - type: web\n    name: api\n    region: frankfurt\n    envVars:\n      - key: S3_REGION\n        region: oregon\ndatabases:\n  - name: db\n    region: frankfurt\n',
    };
    const parties = findThirdParties({ ...none, files: Object.keys(files), readFile: (rel) => files[rel] ?? null });
    assert.deepEqual(parties.map((p) => [p.vendor, (p.regions ?? []).map((r) => `${r.code} ${r.evidence.file}:${r.evidence.line}:${r.evidence.column}`)]), [
      ['aws-lambda', ['eu-west-1 serverless.yml:6:26']],
      ['fly-io', ['fra fly.toml:2:19']],
      ['render', ['frankfurt render.yaml:4:13', 'frankfurt render.yaml:10:13']],
      ['vercel', ['fra1 vercel.json:2:16', 'dub1 vercel.json:3:45']],
    ]);
  });

  test('a build-only package is no third party even as a runtime dependency or import', () => {
    const parties = findThirdParties({
      ...none,
      dependencies: [dep('@sentry/cli', false, 3), dep('wrangler', false, 4), dep('@anthropic-ai/claude-code', true, 5)],
      imports: [{ module: '@sentry/vite-plugin', evidence: at('src/build.ts', 1) }],
    });
    assert.deepEqual(parties, []);
  });

  test('a dev dependency counts once app code imports it, not when only a test or build config does', () => {
    const parties = findThirdParties({
      ...none,
      dependencies: [dep('mixpanel-browser', true, 3), dep('@sentry/react', true, 4), dep('stripe', true, 5)],
      imports: [
        { module: 'mixpanel-browser', evidence: at('static/ui/src/track.ts', 1) },
        { module: '@sentry/react', evidence: at('static/ui/vite.config.ts', 2) },
        { module: 'stripe', evidence: at('src/billing.spec.ts', 1) },
      ],
    });
    assert.deepEqual(summary(parties), {
      mixpanel: ['dependency mixpanel-browser package.json:3', 'import mixpanel-browser static/ui/src/track.ts:1'],
    });
  });

  test('an import-only package counts once app code imports it, not as a dependency alone: the ngrok tunnel of Connect templates', () => {
    const tunnel = findThirdParties({ ...none, dependencies: [dep('@ngrok/ngrok', false, 3)] });
    assert.deepEqual(tunnel, []);
    const used = findThirdParties({ ...none, dependencies: [dep('@ngrok/ngrok', false, 3)], imports: [{ module: '@ngrok/ngrok', evidence: at('src/tunnel.js', 1) }] });
    assert.deepEqual(summary(used), { ngrok: ['dependency @ngrok/ngrok package.json:3', 'import @ngrok/ngrok src/tunnel.js:1'] });
  });

  test('a connection string written with its password names the vendor at its host; one in a test does not', () => {
    const secret = (file: string, host?: string) => ({ rule: 'credentials-in-url', description: '', masked: 'w4Iw****ar', ...(host ? { host } : {}), evidence: at(file, 7) });
    const parties = findThirdParties({ ...none, secrets: [secret('app.js', 'mongodb.ab1cd.mongodb.net'), secret('config.js', 'db.internal.example.com'), secret('test/db.test.js', 'test.ab1cd.mongodb.net'), secret('src/key.js')] });
    assert.deepEqual(summary(parties), { 'mongodb-atlas': ['egress mongodb.ab1cd.mongodb.net app.js:7'] });
  });

  test("a community SDK that reports to a vendor is that vendor: Cloudflare Workers' Sentry client", () => {
    const parties = findThirdParties({ ...none, imports: [{ module: 'toucan-js', evidence: at('functions/errors.ts', 1) }] });
    assert.deepEqual(summary(parties), { sentry: ['import toucan-js functions/errors.ts:1'] });
  });

  test('runtime config named *.config.ts still counts (sentry.client.config.ts)', () => {
    const parties = findThirdParties({ ...none, imports: [{ module: '@sentry/nextjs', evidence: at('sentry.client.config.ts', 1) }] });
    assert.deepEqual(summary(parties), { sentry: ['import @sentry/nextjs sentry.client.config.ts:1'] });
  });

  test('unresolved egress hosts and remote declarations are skipped', () => {
    const parties = findThirdParties({
      ...none,
      egressCalls: [{ client: 'fetch', method: null, url: null, host: null, side: 'backend', carries: [], evidence: at('src/a.ts', 1) }],
      egressDeclared: [{ kind: 'remote', address: 'remote:backend', host: null, wildcard: false, category: null, inScopeEUD: null, evidence: at('manifest.yml', 9) }],
    });
    assert.deepEqual(parties, []);
  });

  test('a file matching a hosting name but not its contents is no hosting file', () => {
    const files = ['app.yaml', 'deploy/serverless.yml', 'template.yaml'];
    const text: Record<string, string> = {
      'app.yaml': '# settings\ntitle: Timesheets\n',
      'deploy/serverless.yml': 'service: api\nprovider:\n  name: aws\n  runtime: nodejs20.x\n',
      'template.yaml': 'AWSTemplateFormatVersion: 2010-09-09\nResources: {}\n',
    };
    const parties = findThirdParties({ ...none, files, readFile: (rel) => text[rel] ?? null });
    assert.deepEqual(summary(parties), { 'aws-lambda': ['hosting-file deploy/serverless.yml deploy/serverless.yml:3'] });
  });

  test('LLM uses fall back to the dependency and declared egress when code shows neither', () => {
    const parties = findThirdParties({
      ...none,
      dependencies: [dep('@ai-sdk/anthropic', false, 6)],
      egressDeclared: [{ kind: 'fetch-backend', address: 'api.anthropic.com', host: 'api.anthropic.com', wildcard: false, category: null, inScopeEUD: null, evidence: at('manifest.yml', 12) }],
    });
    assert.deepEqual(findLlmUses(parties).map((u) => `${u.provider} ${u.api} ${u.evidence.file}:${u.evidence.line}`), [
      'Anthropic @ai-sdk/anthropic package.json:6',
      'Anthropic api.anthropic.com manifest.yml:12',
    ]);
  });
});

describe('vendor catalogue', () => {
  const categories = new Set(['analytics', 'error-tracking', 'ai', 'payments', 'database', 'email', 'storage', 'hosting', 'feature-flags', 'crm', 'support', 'auth', 'messaging', 'monitoring', 'search', 'cdn', 'other']);

  test('has at least 100 vendors with unique ids, known categories and something to match', () => {
    assert.ok(vendors.length >= 100, `${vendors.length} vendors`);
    assert.equal(new Set(vendors.map((v) => v.id)).size, vendors.length);
    for (const v of vendors) {
      assert.ok(categories.has(v.category), `${v.id}: ${v.category}`);
      assert.match(v.site, /^https:\/\//, v.id);
      assert.ok(v.region.length > 0, v.id);
      assert.ok(v.npm.length + v.hosts.length + v.hostingFiles.length > 0, v.id);
    }
  });

  test('hosts are bare lower-case names and hosting-file patterns compile', () => {
    for (const v of vendors) {
      for (const host of v.hosts) assert.match(host, /^(?:\*\.)?[a-z0-9*-]+(?:\.[a-z0-9*-]+)+$/, `${v.id}: ${host}`);
      for (const rule of v.hostingFiles) if (rule.contains !== undefined) assert.doesNotThrow(() => new RegExp(rule.contains!, 'm'), `${v.id}: ${rule.path}`);
    }
  });

  test('calls an SDK runs locally are written as the names of a call', () => {
    const local = vendors.flatMap((v) => v.sdkLocal.map((name) => `${v.id}: ${name}`));
    assert.ok(local.length > 0);
    for (const entry of local) assert.match(entry, /^[a-z0-9-]+: [A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/);
  });

  test('adapters are packages the vendor\'s npm entries name', () => {
    const adapters = vendors.flatMap((v) => v.adapters.map((pkg) => [v, pkg] as const));
    assert.ok(adapters.length > 0);
    for (const [v, pkg] of adapters) assert.ok(v.npm.includes(pkg), `${v.id}: ${pkg}`);
  });

  test('no package or host pattern is claimed by two vendors', () => {
    const owner = new Map<string, string>();
    for (const v of vendors) {
      for (const pattern of [...v.npm, ...v.buildOnly, ...v.hosts]) {
        const other = owner.get(pattern);
        assert.ok(other === undefined || other === v.id, `${pattern}: ${other} and ${v.id}`);
        owner.set(pattern, v.id);
      }
    }
  });

  const packages: Array<[string, string | null]> = [
    ['@sentry/node', 'sentry'],
    ['@sentry/cli', 'sentry (build only)'],
    ['@sentry/cli-linux-x64', 'sentry (build only)'],
    ['firebase/firestore', 'firebase'],
    ['firebase-tools', 'firebase (build only)'],
    ['@ai-sdk/openai', 'openai'],
    ['@ai-sdk/google-vertex', 'google-vertex-ai'],
    ['@anthropic-ai/bedrock-sdk', 'aws-bedrock'],
    ['@anthropic-ai/claude-code', 'anthropic (build only)'],
    ['@aws-sdk/client-s3', 'aws-s3'],
    ['@aws-sdk/client-bedrock-runtime', 'aws-bedrock'],
    ['@aws-sdk/client-sqs', 'aws'],
    ['@azure/msal-node', 'microsoft-entra-id'],
    ['@azure/openai', 'azure-openai'],
    ['azure-keyvault', 'azure'],
    ['azure-storage', 'azure'],
    ['azure-arm-resource', 'azure'],
    ['adal-node', 'microsoft-entra-id'],
    ['@vercel/analytics', 'vercel-analytics'],
    ['@vercel/ncc', 'vercel (build only)'],
    ['@huggingface/transformers', 'hugging-face (build only)'],
    ['@datadog/webpack-plugin', 'datadog (build only)'],
    ['@datadog/browser-rum', 'datadog'],
    ['@firebase/app-types', 'firebase (build only)'],
    ['winston-cloudwatch', 'aws-cloudwatch'],
    ['@aws-sdk/client-cloudwatch-logs', 'aws-cloudwatch'],
    ['ibm-watson', 'ibm-watson'],
    ['@ibm-cloud/watsonx-ai', 'ibm-watson'],
    ['@ibm-cloud/cloudant', 'ibm-cloud'],
    ['@figma/rest-api-spec', 'figma (build only)'],
    ['azure-devops-node-api', 'azure-devops'],
    ['@pagerduty/pdjs', 'pagerduty'],
    ['deepl-node', 'deepl'],
    ['bitly', 'bitly'],
    ['@azure-rest/ai-translation-text', 'azure-ai-translator'],
    ['@google-cloud/translate', 'google-cloud-translation'],
    ['@googleapis/sheets', 'google-workspace'],
    ['googleapis', 'google-workspace'],
    ['@googleapis/drive', 'google-workspace'],
    ['@google-cloud/pubsub', 'google-cloud'],
    ['@ngrok/ngrok', 'ngrok'],
    ['oci-objectstorage', 'oracle-cloud'],
    ['oci-secrets', 'oracle-cloud'],
    ['oci-registry', null],
    ['ngrok', 'ngrok (build only)'],
    ['solclientjs', 'solace'],
    ['@solace-community/eventportal', 'solace'],
    ['quickblox', 'quickblox'],
    ['snowflake-sdk', 'snowflake'],
    ['@shopify/shopify-api', 'shopify'],
    ['@shopify/cli', 'shopify (build only)'],
    ['@shopify/polaris', null],
    ['ai', null],
    ['@forge/api', null],
    ['@types/node', null],
    ['pg', null],
    ['./local-module', null],
    ['node:crypto', null],
  ];
  for (const [pkg, expected] of packages) {
    test(`package ${pkg} → ${expected}`, () => {
      const match = vendorForPackage(pkg);
      assert.equal(match ? `${match.vendor.id}${match.buildOnly ? ' (build only)' : ''}` : null, expected);
    });
  }

  const hosts: Array<[string, string | null]> = [
    ['o4507.ingest.us.sentry.io', 'sentry'],
    ['*.ingest.sentry.io', 'sentry'],
    ['https://api.openai.com/v1/chat/completions', 'openai'],
    ['eu.api.openai.com', 'openai'],
    ['*.openai.com', 'openai'],
    ['us-central1-aiplatform.googleapis.com', 'google-vertex-ai'],
    ['generativelanguage.googleapis.com', 'google-gemini'],
    ['fonts.googleapis.com', 'google-fonts'],
    ['www.gstatic.com', 'google-gstatic'],
    ['pubsub.googleapis.com', 'google-cloud'],
    ['my-bucket.s3.eu-west-1.amazonaws.com', 'aws-s3'],
    ['bedrock-runtime.us-east-1.amazonaws.com', 'aws-bedrock'],
    ['sqs.us-east-1.amazonaws.com', 'aws'],
    ['abcdefgh.supabase.co:443', 'supabase'],
    ['eu.i.posthog.com', 'posthog'],
    ['hook.eu1.make.com', 'make'],
    ['api.us-east.natural-language-understanding.watson.cloud.ibm.com', 'ibm-watson'],
    ['iam.cloud.ibm.com', 'ibm-cloud'],
    ['logs.us-east-1.amazonaws.com', 'aws-cloudwatch'],
    ['api.figma.com', 'figma'],
    ['dev.azure.com', 'azure-devops'],
    ['acme.visualstudio.com', 'azure-devops'],
    ['events.pagerduty.com', 'pagerduty'],
    ['acme.service-now.com', 'servicenow'],
    ['api-free.deepl.com', 'deepl'],
    ['api-ssl.bitly.com', 'bitly'],
    ['deep-translate1.p.rapidapi.com', 'rapidapi'],
    ['https://api.cognitive.microsofttranslator.com/translate?api-version=3.0', 'azure-ai-translator'],
    ['api-eur.cognitive.microsofttranslator.com', 'azure-ai-translator'],
    ['translation.googleapis.com', 'google-cloud-translation'],
    ['sheets.googleapis.com', 'google-workspace'],
    ['api.zoom.us', 'zoom'],
    ['objectstorage.eu-frankfurt-1.oraclecloud.com', 'oracle-cloud'],
    ['https://api.solace.cloud/api/v2/architecture/applicationDomains', 'solace'],
    ['mr-connection-a1b2c3.messaging.solace.cloud', 'solace'],
    ['api-boschthingbook.quickblox.com', 'quickblox'],
    ['xy12345.eu-central-1.snowflakecomputing.com', 'snowflake'],
    ['cvefeed.io', 'cvefeed'],
    ['api.exa.ai', 'exa'],
    ['prod-27.westus.logic.azure.com:443', 'microsoft-power-automate'],
    ['default1a2b.3c.environment.api.powerplatform.com', 'microsoft-power-automate'],
    ['d3d2-1-53-89-109.ngrok-free.app', 'ngrok'],
    ['*.ngrok-free.app', 'ngrok'],
    ['backlog-helper.pythonanywhere.com', 'pythonanywhere'],
    ['backlog-helper.eu.pythonanywhere.com', 'pythonanywhere'],
    ['someone.github.io', 'github-pages'],
    ['acme.myshopify.com', 'shopify'],
    ['code.jquery.com', 'jquery-cdn'],
    ['cdn.amcharts.com', 'amcharts'],
    ['sts.cn-north-1.amazonaws.com.cn', 'aws'],
    ['*.amazonaws.com.cn', 'aws'],
    ['github.io', null],
    ['api.atlassian.com', null],
    ['acme.atlassian.net', null],
    ['*.example.com', null],
    ['*.com', null],
    // Patterns looked up by the last two labels of the text after their last `*`.
    ['us-central1-aiplatform.googleapis.com', 'google-vertex-ai'],
    ['bucket.s3-eu-west-1.amazonaws.com', 'aws-s3'],
    ['logs.eu-west-1.amazonaws.com', 'aws-cloudwatch'],
    ['hook.eu1.make.com', 'make'],
    // CI services an app starts builds on (a merge check's pipeline).
    ['api.buildkite.com', 'buildkite'],
    ['circleci.com', 'circleci'],
    ['localhost', null],
  ];
  for (const [host, expected] of hosts) {
    test(`host ${host} → ${expected}`, () => assert.equal(vendorForHost(host)?.id ?? null, expected));
  }

  test('hosting files: by name anywhere, the longest rule first, contents checked when asked', () => {
    assert.equal(vendorForHostingFile('vercel.json')?.vendor.id, 'vercel');
    assert.equal(vendorForHostingFile('services/api/fly.toml')?.vendor.id, 'fly-io');
    assert.equal(vendorForHostingFile('.do/app.yaml')?.vendor.id, 'digitalocean');
    assert.equal(vendorForHostingFile('supabase/config.toml')?.vendor.id, 'supabase');
    assert.equal(vendorForHostingFile('app.yaml'), null);
    assert.equal(vendorForHostingFile('app.yaml', () => 'runtime: nodejs22\n')?.vendor.id, 'google-app-engine');
    assert.equal(vendorForHostingFile('config/vercel.json.bak'), null);
    assert.equal(vendorForHostingFile('heroku.yml')?.vendor.id, 'heroku');
    assert.equal(vendorForHostingFile('app.json', () => '{ "name": "acme", "buildpacks": [{ "url": "heroku/nodejs" }] }')?.vendor.id, 'heroku');
    assert.equal(vendorForHostingFile('app.json', () => '{ "expo": { "name": "acme" } }'), null);
    assert.equal(vendorForHostingFile('Dockerrun.aws.json')?.vendor.id, 'aws-elastic-beanstalk');
    assert.equal(vendorForHostingFile('appspec.yml')?.vendor.id, 'aws');
    assert.equal(vendorForHostingFile('.firebaserc')?.vendor.id, 'firebase');
    assert.equal(vendorForHostingFile('amplify/backend.ts')?.vendor.id, 'aws-amplify');
    assert.equal(vendorForHostingFile('Dockerfile', () => 'FROM public.ecr.aws/lambda/nodejs:20\nCOPY . ${LAMBDA_TASK_ROOT}\nCMD [ "index.handler" ]')?.vendor.id, 'aws-lambda');
    assert.equal(vendorForHostingFile('server/Dockerfile', () => 'FROM mcr.microsoft.com/azure-functions/node:4-node20\nCOPY . /home/site/wwwroot')?.vendor.id, 'azure');
    assert.equal(vendorForHostingFile('Dockerfile', () => 'FROM node:20-alpine\nWORKDIR /app\nCMD ["node", "server.js"]'), null);
  });

  test('hosting files: a deploy workflow names its host by the action or command that deploys', () => {
    const workflow = (steps: string) => () => `name: deploy\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n${steps}\n`;
    const cases: Array<[string, string, string | null]> = [
      ['.github/workflows/deploy.yml', '      - uses: aws-actions/configure-aws-credentials@v4\n      - uses: aws-actions/amazon-ecs-deploy-task-definition@v1', 'aws'],
      ['.github/workflows/deploy-prod.yaml', '      - uses: bitovi/github-actions-deploy-docker-to-ec2@v1', 'aws'],
      ['.github/workflows/main.yml', '      - uses: akhileshns/heroku-deploy@v3.13.15', 'heroku'],
      ['.github/workflows/main.yml', '      - run: git push https://heroku:$HEROKU_API_KEY@git.heroku.com/acme.git HEAD:main', 'heroku'],
      ['.github/workflows/main.yml', '      - uses: amondnet/vercel-action@v25', 'vercel'],
      ['.github/workflows/main.yml', '      - run: npx vercel deploy --prod --token=$VERCEL_TOKEN', 'vercel'],
      ['.github/workflows/main.yml', '      - uses: nwtgck/actions-netlify@v3', 'netlify'],
      ['.github/workflows/fly.yml', '      - uses: superfly/flyctl-actions/setup-flyctl@master\n      - run: flyctl deploy --remote-only', 'fly-io'],
      ['.github/workflows/main.yml', '      - uses: google-github-actions/deploy-cloudrun@v2', 'google-cloud-run'],
      ['.github/workflows/main.yml', '      - uses: google-github-actions/deploy-appengine@v2', 'google-app-engine'],
      ['.github/workflows/main.yml', '      - uses: azure/webapps-deploy@v3', 'azure'],
      ['.github/workflows/main.yml', '      - uses: cloudflare/wrangler-action@v3', 'cloudflare-workers'],
      ['.github/workflows/main.yml', '      - uses: digitalocean/app_action/deploy@v2', 'digitalocean'],
      ['.github/workflows/main.yml', '      - uses: FirebaseExtended/action-hosting-deploy@v0', 'firebase'],
      ['.github/workflows/forge.yml', '      - run: npx forge deploy --non-interactive -e production', null],
      ['.github/workflows/ci.yml', '      - run: npm test', null],
      ['.github/workflows/nested/main.yml', '      - uses: amondnet/vercel-action@v25', null],
      ['docs/deploy.yml', '      - uses: amondnet/vercel-action@v25', null],
    ];
    for (const [file, steps, expected] of cases) assert.equal(vendorForHostingFile(file, workflow(steps))?.vendor.id ?? null, expected, `${file}: ${steps}`);
  });

  test('vendorById', () => {
    assert.equal(vendorById('anthropic')?.name, 'Anthropic');
    assert.equal(vendorById('nope'), null);
  });
});

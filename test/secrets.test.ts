import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { listFiles } from '../src/app/files.ts';
import { entropy, findSecrets, mask } from '../src/scan/source/secrets.ts';
import { LineIndex } from '../src/utils/lines.ts';

/** Joins a token from parts, so that no whole token-shaped string sits in this file for other scanners to trip on. */
const fake = (...parts: string[]): string => parts.join('');
const b64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (payload: object): string =>
  `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(payload)}.bIbmjWF9tmxg7do8yw2Oiky9dUqJWd4qnxQFgPJFE7o`;
const PEM_BODY = '0BI3Mr3kNq+tYjPH8Xaj7cPC66DT/XuqVZpLuGpcBBwZBnLxn1oYCNqH5nf+3xCy';

const run = (file: string, code: string): string[] =>
  findSecrets(file, code, new LineIndex(code)).map((f) => `${f.rule}:${f.evidence.line}`);

interface Valid { name: string; file: string; code: string }
interface Invalid { name: string; file: string; code: string; findings: string[] }

const valid: Valid[] = [
  { name: 'env reference', file: 'src/a.ts', code: 'const apiKey = process.env.OPENAI_API_KEY;' },
  { name: 'env reference with an empty, placeholder or named fallback', file: 'src/a.ts', code: "const apiKey = process.env.OPENAI_API_KEY || '';\nconst token = process.env.TOKEN ?? 'your-access-token-goes-here';\nconst secret = process.env.SECRET || config.defaultSigningSecret2024;" },
  { name: 'unquoted identifier in code', file: 'src/a.ts', code: 'const apiKey = config.secrets.openaiApiKey2024;' },
  { name: 'awaited call', file: 'src/a.ts', code: 'const token = await getAccessTokenFromVault123();' },
  { name: 'placeholder text', file: 'src/a.ts', code: "const client = new OpenAI({ apiKey: 'your-openai-api-key-here-1' });" },
  { name: 'angle-bracket placeholder', file: 'src/a.ts', code: "headers.set('X-Api-Token', '<token>'); const token = '<paste-your-token-here-0001>';" },
  { name: 'x placeholder key', file: '.env.example', code: 'OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
  { name: "credentials.json's template: placeholders, no site of Atlassian's", file: 'credentials.json', code: '{"hosts": {"<your-site>.atlassian.net": {"username": "<user@example.com>", "password": "<api_token>"}}}\n{"hosts": {"acme-dev.atlassian.net": {"password": "password"}}}' },
  { name: 'a password in hosts of no Atlassian site', file: 'config/hosts.json', code: '{"hosts": {"db.internal": {"password": "plum4tree"}}}' },
  { name: 'changeme', file: '.env.example', code: 'SESSION_SECRET=changeme-in-production-2024\nADMIN_PASSWORD=change_me_please_0000000' },
  { name: 'masked stars', file: 'config.yml', code: "password: '********************'" },
  { name: 'env interpolation', file: '.env', code: 'API_KEY=${API_KEY}\nDB_PASSWORD=$DB_PASSWORD_FROM_VAULT_1' },
  { name: 'CI secret reference', file: '.github/workflows/deploy.yml', code: 'env:\n  FORGE_API_TOKEN: ${{ secrets.FORGE_API_TOKEN }}' },
  { name: 'AWS documentation example keys', file: '.env.example', code: 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
  { name: 'Stripe test-mode secret key (documented as not reported)', file: '.env', code: `STRIPE_SECRET_KEY=${fake('sk_test_', '51Hd8eb99xE7ZIUXwd2mW5Kfn1zB7qBnHJwAZHy')}` },
  { name: 'Stripe publishable key', file: 'static/ui/src/pay.ts', code: `const stripe = await loadStripe('${fake('pk_live_', '51Hd8eb99xE7ZIUXwd2mW5Kfn1zB7q')}');` },
  {
    name: 'Firebase web config (public API key)',
    file: 'static/ui/src/firebase.ts',
    code: `const firebaseConfig = {\n  apiKey: '${fake('AIza', 'OAHFrZKszseH28rHEzcpszEV3ZtFotr59Cc')}',\n  authDomain: 'acme-reading.firebaseapp.com',\n  projectId: 'acme-reading',\n};`,
  },
  { name: 'Supabase anon JWT', file: 'static/ui/src/db.ts', code: `const supabaseKey = '${jwt({ iss: 'supabase', ref: 'xyz', role: 'anon' })}';\nconst opts = { apikey: '${jwt({ iss: 'supabase', ref: 'xyz', role: 'anon' })}' };` },
  {
    name: 'Supabase local development keys (issuer supabase-demo, public defaults of the Supabase CLI)',
    file: 'tests/setup.ts',
    code: `const LOCAL_SERVICE_ROLE_KEY = '${jwt({ iss: 'supabase-demo', role: 'service_role', exp: 1983812996 })}';\nconst admin = createClient('http://127.0.0.1:54321', LOCAL_SERVICE_ROLE_KEY);`,
  },
  { name: 'template-literal bearer', file: 'src/a.ts', code: 'const headers = { Authorization: `Bearer ${token}` };' },
  { name: 'concatenated bearer', file: 'src/a.ts', code: "const headers = { Authorization: 'Bearer ' + token };" },
  { name: 'Basic credentials from the environment, a sample password, or a header built at run time', file: 'src/a.ts', code: "const auth = Buffer.from(`${process.env.JIRA_EMAIL}:${process.env.JIRA_TOKEN}`).toString('base64');\nconst demo = btoa('admin:password1234567');\nconst h = { Authorization: 'Basic ' + auth };\n// Authorization: Basic <base64 of email:token>\nconst word = 'Basic authentication is not used by this app';" },
  { name: 'bearer in a comment placeholder', file: 'src/a.ts', code: '// Authorization: Bearer <access-token-from-oauth>' },
  { name: 'local database URL', file: '.env.example', code: 'DATABASE_URL=postgres://postgres:postgres@localhost:5432/dev' },
  { name: 'docker service host', file: 'docker-compose.yml', code: '      REDIS_URL: redis://default:S3cretPassw0rd99@redis:6379' },
  { name: 'password from env in URL', file: 'src/db.ts', code: 'const url = `https://svc:${process.env.PASSWORD}@api.acme.io/v1`;' },
  { name: 'Bitbucket token from a pipeline variable', file: 'bitbucket-pipelines.yml', code: '      - git push https://x-token-auth:$BITBUCKET_TOKEN@bitbucket.org/acme/app.git' },
  { name: 'word password in URL', file: 'README.yml', code: 'url: https://admin:password@db.acme.io/app' },
  { name: 'Sentry DSN (public)', file: '.env', code: 'SENTRY_DSN=https://f5a98d8f6e49e0c4f0d84c5ae76cc459@o4507.ingest.us.sentry.io/4507' },
  { name: 'UUID', file: 'src/a.ts', code: "const sessionToken = '3f1c2a4e-8b7d-4c6e-9a5f-2d1b0c3e4f5a';" },
  { name: 'inline image data', file: 'src/a.ts', code: "const thumbnailToken = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';" },
  { name: 'Forge app id', file: 'manifest.yml', code: 'app:\n  id: ari:cloud:ecosystem::app/0b6f1f4e-2f7a-4d57-9a2e-6c1d3b5e8f90' },
  { name: 'lockfile is never scanned', file: 'package-lock.json', code: `{"integrity": "sha512-p1diW6TqL9L07nNxvRMM7hMMw4c5XOo/1ibL4aAIGmSAt9slTE1Xgw5KWuof2uTOvCg9BY7ZRi", "token": "${fake('npm_', 'LoqvVyW7t5H3AgOZKj2XWFNxYuwWDD2eM6gI')}"}` },
  { name: 'integrity hash', file: 'package.json', code: '"integrity": "sha512-p1diW6TqL9L07nNxvRMM7hMMw4c5XOo/1ibL4aAIGmSAt9slTE1Xgw5KWuof2uTOvCg9BY7ZRi+GaF+7sfgPeQ=="' },
  { name: 'label text', file: 'src/i18n/en.json', code: '{ "resetPasswordToken": "Reset-Password-Token-Label", "apiKeyHelp": "Paste the key from your profile" }' },
  { name: 'name that only contains a secret word', file: 'src/a.ts', code: "const TOKEN_URL = 'https://auth.atlassian.com/oauth/token';\nconst secretName = 'projects/acme/secrets/jira-sync-2024/versions/latest';" },
  { name: 'key file path', file: 'src/a.ts', code: "const privateKey = './keys/private-2024-rotated.pem';" },
  { name: 'sequential characters', file: 'src/a.ts', code: "const apiKey = 'abcdefghijklmnopqrstuvwxyz012345';" },
  { name: 'short password', file: '.env', code: 'DB_PASSWORD=hunter2' },
  { name: 'PEM header in code', file: 'src/pem.ts', code: "if (pem.startsWith('-----BEGIN PRIVATE KEY-----')) return parse(pem);" },
  { name: 'cache key', file: 'src/a.ts', code: 'const cacheKey = `key-${issueId}`;' },
  { name: 'webhook URL placeholders', file: 'README.ts', code: "const teams = 'https://acme.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<id>/<owner>';\nconst discord = 'https://discord.com/api/webhooks/<id>/<token>';" },
  { name: 'a bare UUID and a time with :AA are no tokens', file: 'src/a.ts', code: "const id = '3f1c2a4e-8b7d-4c6e-9a5f-2d1b0c3e4f5a';\nconst label = '12345678:AAA is not a token';" },
  { name: 'test fixture token', file: 'src/a.test.ts', code: "const authToken = 'test-token-7391046285abc';" },
  { name: 'next line is not a value', file: '.env', code: 'JWT_SECRET=\nBUILD_ID=aB3dE5fG7hJ9kL1mN3pQ5rS7' },
  {
    name: 'a cursor\'s token is no credential (Jira\'s nextPageToken, S3\'s NextContinuationToken, AWS\'s NextToken, a cursorToken)',
    file: 'src/search.test-data.ts',
    code: "export const firstPage = { issues: [], isLast: false, nextPageToken: 'CAEaAggDIgYKBDEwMDEqDxINbGxtN2tUcTJ4OVdhYlI' };\nconst listed = { NextContinuationToken: '1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=', NextToken: 'eyJ2IjoyLCJjIjoiQmw0dkxYZ0s1cjNQIn0xZz' };\nconst cursorToken = 'b2Zmc2V0PTEwMCZsaW1pdD0yNTZqYTg3';",
  },
];

const invalid: Invalid[] = [
  {
    name: 'AWS access key id',
    file: 'src/aws.ts',
    code: `import { S3Client } from '@aws-sdk/client-s3';\nconst s3 = new S3Client({ credentials: { accessKeyId: '${fake('AKIA', 'USF2TDXB3ZUSPNSJ')}', secretAccessKey: process.env.AWS_SECRET! } });`,
    findings: ['aws-access-key-id:2'],
  },
  {
    name: 'AWS key pair in .env',
    file: '.env',
    code: `# AWS\nAWS_ACCESS_KEY_ID=${fake('AKIA', 'USF2TDXB3ZUSPNSJ')}\nAWS_SECRET_ACCESS_KEY=${fake('bGLs5jFFvctU1gRC2qvMYi/Qz/', 'beYUKbwlgQAumU')}`,
    findings: ['aws-access-key-id:2', 'aws-secret-access-key:3'],
  },
  { name: 'Google API key', file: 'src/maps.ts', code: `const mapsKey = "${fake('AIza', 'OAHFrZKszseH28rHEzcpszEV3ZtFotr59Cc')}";`, findings: ['google-api-key:1'] },
  { name: 'Google OAuth client secret', file: '.env', code: `GOOGLE_CLIENT_ID=1234.apps.googleusercontent.com\nGOOGLE_CLIENT_SECRET=${fake('GOCSPX-', 'PIBZRaASClUl3-tQLNwWVBDr4xlU')}`, findings: ['google-oauth-client-secret:2'] },
  {
    name: 'GCP service account key file',
    file: 'service-account.json',
    code: `{\n  "type": "service_account",\n  "project_id": "acme-timesheets",\n  "private_key_id": "f5a98d8f6e49e0c4f0d84c5ae76cc459dd8420bf",\n  "private_key": "${fake('-----BEGIN PRIVATE', ' KEY-----')}\\n${PEM_BODY}\\n${PEM_BODY}\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "exporter@acme-timesheets.iam.gserviceaccount.com"\n}`,
    findings: ['gcp-service-account-key:5'],
  },
  {
    name: 'PEM private key',
    file: 'src/sign.ts',
    code: `// Signs Connect JWTs.\nconst privateKey = \`${fake('-----BEGIN RSA PRIVATE', ' KEY-----')}\n${PEM_BODY}\n${PEM_BODY}\n-----END RSA PRIVATE KEY-----\`;`,
    findings: ['private-key:2'],
  },
  {
    name: 'Anthropic API key',
    file: 'src/ai.ts',
    code: `const anthropic = new Anthropic({ apiKey: '${fake('sk-ant-', 'api03-GmZUIaqsMCnFIAqDvkauygMfxeOf174d7INvyXpVCHhz-PwTn9zMaDsDMg9TU206e5q6cPHDNZ7YPMshAAaL9fsrm9e9TAA')}' });`,
    findings: ['anthropic-api-key:1'],
  },
  { name: 'OpenAI project key', file: '.env', code: `OPENAI_API_KEY=${fake('sk-', 'proj-7v4o27O6AffZucM9vao1A5jEbQRePkiVBuUlTnpwcedKUu8l3BOt6V-M-uPMG1H8y6rN6cYr9c')}`, findings: ['openai-api-key:1'] },
  { name: 'OpenAI legacy key', file: 'src/ai.ts', code: `openai.apiKey = "${fake('sk-', 'Aq3jzYkuDoO1NW3X3G91', 'T3BlbkFJ', 'N9nNWyVzjk4RtOOBArjK')}";`, findings: ['openai-api-key:1'] },
  {
    name: 'Stripe live secret and restricted keys',
    file: 'src/billing.ts',
    code: `const stripe = new Stripe('${fake('sk_', 'live_eb99xE7ZIUXwd2mW5Kfn1zB7qBnHJwAZHy')}');\nconst reporting = new Stripe('${fake('rk_', 'live_ZSPP9qbUbNNIeSjw4qKH8knrL0hb0k0DHz')}');`,
    findings: ['stripe-secret-key:1', 'stripe-secret-key:2'],
  },
  { name: 'Stripe webhook secret', file: 'src/webhook.ts', code: `const event = stripe.webhooks.constructEvent(body, sig, '${fake('whsec_', 'k7cyN06cGKw6GoJQq0Q2UBtC5A0MnURr')}');`, findings: ['stripe-webhook-secret:1'] },
  {
    name: 'GitHub tokens',
    file: 'src/github.ts',
    code: `const octokit = new Octokit({ auth: '${fake('ghp_', 'UW9Bt4iTBftiF41HjPIU3ze9TXHLu732HqEy')}' });\nconst app = new Octokit({ auth: "${fake('github_', 'pat_J9QSGaKVIeDbuoDDW77owJ_4Fy5kixY4zPhs7WY7kPqhbnY5n7ZlzngXNIslKgG6AhZ1z1oHStiqCgcRFB')}" });`,
    findings: ['github-token:1', 'github-token:2'],
  },
  { name: 'GitLab token', file: 'src/gitlab.ts', code: `const api = new Gitlab({ token: '${fake('glpat', '-xCyWoKPRMK-xCtH1L97h')}' });`, findings: ['gitlab-token:1'] },
  { name: 'Slack bot token', file: 'src/slack.ts', code: `const slack = new WebClient('${fake('xoxb', '-7391046285-6102938475610-lurJCFKn5afeia8Mb7vhR8h4')}');`, findings: ['slack-token:1'] },
  { name: 'Slack webhook URL', file: 'src/notify.ts', code: `await fetch('${fake('https://hooks.slack', '.com/services/T045V574F/B05Z9HS9D5Z/g8EVz3A0GIer4dhJniP3YuQV')}', { method: 'POST' });`, findings: ['slack-webhook-url:1'] },
  {
    name: 'Atlassian API token',
    file: 'scripts/sync.ts',
    code: `const JIRA_API_TOKEN = '${fake('ATATT3', 'xFfGF03zKbYXVVbjbIbmjWF9tmxg7do8yw2Oiky9dUqJWd4qnxQFgPJFE7oO9PShx1RQEWGjK7gRz940jZAiGAsvjnInUVign4BHS-PLokUlQQbBFK1NzZQEn-Bl8nJLzbS2-h5dyAeGUWK48L5EDJvQvfO522Hi9FdldJETLx09z7O-=8F08C1F1')}';`,
    findings: ['atlassian-api-token:1'],
  },
  { name: 'Bitbucket app password', file: '.env', code: `BITBUCKET_USERNAME=jdoe\nBITBUCKET_APP_PASSWORD=${fake('ATBB', 'CHKOsCwhWqywtLgjX4trhr8dJXZg3Yn6')}`, findings: ['bitbucket-app-password:2'] },
  {
    name: 'Bitbucket password in a clone URL',
    file: 'bitbucket-pipelines.yml',
    code: `pipelines:\n  default:\n    - step:\n        script:\n          - git push https://jdoe:${fake('V6hKkRlX', 'aXWn49mntzK9')}@bitbucket.org/acme/timesheets.git HEAD:main`,
    findings: ['bitbucket-credentials-in-url:5'],
  },
  {
    name: 'Twilio API key and auth token',
    file: '.env',
    code: `TWILIO_ACCOUNT_SID=AC${'d61e264c13dab90c134567d5bf16871f'}\nTWILIO_API_KEY=${fake('SK', 'd1a9b5a2eaec3dddd27f985bea3cd32d')}\nTWILIO_AUTH_TOKEN=${fake('afab15da', 'a7c829e1a6fed2c628645238')}`,
    findings: ['twilio-api-key:2', 'twilio-auth-token:3'],
  },
  { name: 'SendGrid API key', file: 'src/mail.ts', code: `sgMail.setApiKey('${fake('SG.', 'jweERxsVR2D-G97StNojsH.DjpKWYwEWvQVzXg659zvCIjVj9GlJzfGyyXXr0BbqgF')}');`, findings: ['sendgrid-api-key:1'] },
  { name: 'Mailgun API key', file: 'src/mail.ts', code: `const mg = mailgun.client({ username: 'api', key: '${fake('key-', 'b3112374210c5549caa2d03f9bce75b1')}' });`, findings: ['mailgun-api-key:1'] },
  { name: 'npm token in .npmrc', file: '.npmrc', code: `@acme:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${fake('npm_', 'LoqvVyW7t5H3AgOZKj2XWFNxYuwWDD2eM6gI')}`, findings: ['npm-token:2'] },
  { name: 'private registry token in .npmrc', file: '.npmrc', code: `//npm.pkg.acme.io/:_authToken=${fake('PPJJKpNYWBDk8vWov1TR', 'VgQN5T4q328hJl9KUmFz')}`, findings: ['npmrc-auth-token:1'] },
  {
    name: 'Supabase service role key',
    file: 'src/db.ts',
    code: `import { createClient } from '@supabase/supabase-js';\nconst admin = createClient(url, '${jwt({ iss: 'supabase', ref: 'xyz', role: 'service_role' })}');`,
    findings: ['supabase-service-role-key:2'],
  },
  { name: 'Supabase secret key', file: '.env', code: `SUPABASE_SECRET_KEY=${fake('sb_secret_', 'R2P0L4c3I-DXdrzHdKe_5fIzmw9Adkb4')}`, findings: ['supabase-secret-key:1'] },
  {
    name: 'AI and tooling tokens in .env',
    file: '.env',
    code: [
      `HF_TOKEN=${fake('hf_', 'MNWZuXsfAtdWxbIBzuVspnUsjaqORsjCVU')}`,
      `GROQ_API_KEY=${fake('gsk_', 'ep2G6pk5VRPb2X30jxIJAdvZ2HLOoOB40iOkOVt3TKzVQeF6vU6m')}`,
      `REPLICATE_API_TOKEN=${fake('r8_', 'F6aXcHzxPPO6Hsa4lV0TLfdHv2W7Pn422kgKx')}`,
      `SENTRY_AUTH_TOKEN=${fake('sntrys_', '42unqJpYiz3sjH8997M9mjcI2qZ7BEi6qpTmbPhjmp2xHBVzUjphjiWCEobu')}`,
      `POSTHOG_PERSONAL_API_KEY=${fake('phx_', 'ZrnzvHanwoIfxfXVBFjvs7VtSMlG7YyxP8noiClf9xH')}`,
      `DIGITALOCEAN_TOKEN=${fake('dop_', 'v1_83cb8044973786475205619151a1dee0e8956c3b7816fa5b3f69074791fbbdde')}`,
      `NEW_RELIC_API_KEY=${fake('NRAK-', 'C2I3BUQO9TZ3ZUTJ9DN6NAS4CJI')}`,
    ].join('\n'),
    findings: ['huggingface-token:1', 'groq-api-key:2', 'replicate-api-token:3', 'sentry-auth-token:4', 'posthog-personal-api-key:5', 'digitalocean-token:6', 'new-relic-user-key:7'],
  },
  {
    name: 'chat webhook URLs and bot tokens used as literals',
    file: 'src/notify.ts',
    code: [
      `await fetch('${fake('https://discord.com/api/webhooks/', '1187654321098765432/', 'Zk3vQ9wR2tY7uI1oP5aS8dF4gH6jK0lMnB2vC9xZ3qW7eR1tYu6iO8pA2sD5fG7hJ9kL1zX3')}', { method: 'POST', body });`,
      `await fetch('${fake('https://acme.webhook.office.com/webhookb2/', '3f1c2a4e-8b7d-4c6e-9a5f-2d1b0c3e4f5a@7c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f/IncomingWebhook/', '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d/', '1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d')}', { method: 'POST' });`,
      `await fetch('${fake('https://prod-27.westus.logic.azure.com:443/workflows/', 'c3a1b9e07d2f48a6b5e1c0d9f8a7b6c5', '/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=', 'Zk3vQ9wR2tY7uI1oP5aS8dF4gH6jK0lMnB2vC9xZ3qW')}');`,
      `const bot = new TelegramBot('${fake('7391046285:AA', 'Gk3vQ9wR2tY7uI1oP5aS8dF4gH6jK0lMn')}', { polling: false });`,
    ].join('\n'),
    findings: ['discord-webhook-url:1', 'teams-webhook-url:2', 'azure-logic-app-url:3', 'telegram-bot-token:4'],
  },
  {
    name: 'Microsoft and SaaS keys handed to a client without a secret-looking name',
    file: 'src/clients.ts',
    code: [
      `const cred = new ClientSecretCredential(tenant, clientId, '${fake('Abc8Q~', 'Zk3vQ9wR2tY7uI1oP5aS8dF4gH6jK0lMn')}');`,
      `const blobs = BlobServiceClient.fromConnectionString('DefaultEndpointsProtocol=https;AccountName=acme;${fake('AccountKey=', 'Zk3vQ9wR2tY7uI1oP5aS8dF4gH6jK0lMnB2vC9xZ3qW7eR1tYu6iO8pA2sD5fG7hJ9kL1zX3cV5bN7mQ1w2E3r==')};EndpointSuffix=core.windows.net');`,
      `const notion = new Client({ auth: '${fake('ntn_', '41283741927', 'Zk3vQ9wR2tY7uI1oP5aS8dF4gH6jK0lMabc')}' });`,
      `const base = new Airtable({ endpointUrl, requestTimeout, apiVersion, noRetryIfRateLimited, auth: '${fake('pat', 'Zk3vQ9wR2tY7uI', '.', 'c3a1b9e07d2f48a6b5e1c0d9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9')}' });`,
      `const pplx = new Perplexity('${fake('pplx-', 'Zk3vQ9wR2tY7uI1oP5aS8dF4gH6jK0lMnB2vC9xZ3qW7eR1t')}');`,
      `const translator = new deepl.Translator('${fake('3f1c2a4e-8b7d-4c6e-9a5f-2d1b0c3e4f5a', ':fx')}');`,
    ].join('\n'),
    findings: ['azure-ad-client-secret:1', 'azure-storage-account-key:2', 'notion-api-token:3', 'airtable-personal-access-token:4', 'perplexity-api-key:5', 'deepl-api-key:6'],
  },
  { name: 'password in a database URL', file: 'config/production.json', code: '{\n  "mongo": "mongodb+srv://timesheets:UJgE2cEUY1wDGXLJkC@cluster0.x7k2p.mongodb.net/app"\n}', findings: ['credentials-in-url:2'] },
  {
    name: 'hard-coded Basic credentials: an email and API token base64-encoded in code, or the header written out',
    file: 'src/jira.ts',
    code: `const auth = Buffer.from('ops@example.com:${fake('Hq2mVt8', 'ZpL4xR9w', 'Kc3nYb7d')}').toString('base64');\nconst headers = { Authorization: 'Basic ${Buffer.from(`ops@example.com:${fake('Hq2mVt8', 'ZpL4xR9w', 'Kc3nYb7d')}`).toString('base64')}' };\nconst web = btoa("admin:${fake('p7Rq2', 'Lm9vXs4', 'Tz8Kd1Wc')}");`,
    findings: ['basic-auth-credentials:1', 'basic-auth-header:2', 'basic-auth-credentials:3'],
  },
  { name: 'hard-coded bearer token', file: 'src/client.ts', code: "const res = await fetch(url, {\n  headers: { Authorization: 'Bearer o27O6AffZucM9vao1A5jEbQRePkiVBuUlTnpwced' },\n});", findings: ['bearer-token:2'] },
  { name: 'secret const', file: 'src/config.ts', code: "export const jwtSecret = 's6xkOE0ZORfGJBnR70O0ujDWIx7FKV5t';", findings: ['generic-secret-assignment:1'] },
  { name: 'typed const', file: 'src/config.ts', code: "const apiToken: string = 'ShzkBZ3G3BT1WGcditSHvAIpdv7Z';", findings: ['generic-secret-assignment:1'] },
  { name: 'a bot\'s, a refresh and a page-sync token are credentials', file: 'src/config.ts', code: "const botToken = 'xb7Qm2LkP9wRt4Zs1YhN6cVd8FgJ3aE';\nconst config = { refreshToken: 'ShzkBZ3G3BT1WGcditSHvAIpdv7Z', pageSyncToken: 'k7cyN06cGKw6GoJQq0Q2UBtC9aZp' };", findings: ['generic-secret-assignment:1', 'generic-secret-assignment:2', 'generic-secret-assignment:2'] },
  { name: 'hex client secret in an object', file: 'src/oauth.ts', code: 'const oauth = {\n  clientId: "timesheets",\n  clientSecret: "f5a98d8f6e49e0c4f0d84c5ae76cc459dd8420bf",\n};', findings: ['generic-secret-assignment:3'] },
  { name: 'JSON config', file: 'config/default.json', code: '{\n  "webhookSecret": "ShzkBZ3G3BT1WGcditSHvAIpdv7Z"\n}', findings: ['generic-secret-assignment:2'] },
  { name: 'unquoted YAML value', file: 'config/app.yml', code: 'storage:\n  encryption_key: k7cyN06cGKw6GoJQq0Q2UBtC', findings: ['generic-secret-assignment:2'] },
  { name: 'fallback after an environment variable', file: 'src/config.js', code: "const datadog = {\n  apiKey: process.env.DD_API_KEY || '4c1f8e2a9b7d3f6e0a5c8b1d2e4f7a9c',\n};\nconst jwtSecret = process.env['JWT_SECRET'] ?? 's6xkOE0ZORfGJBnR70O0ujDWIx7FKV5t';", findings: ['generic-secret-assignment:2', 'generic-secret-assignment:4'] },
  { name: "a development site's login in atlassian-connect-express's credentials.json", file: 'credentials.json', code: '{\n  "hosts": {\n    "acme-dev.atlassian.net": {\n      "product": "jira",\n      "username": "admin",\n      "password": "plum4tree"\n    }\n  }\n}', findings: ['ace-dev-credentials:6'] },
  { name: "credentials.json's site written as a URL", file: 'credentials.json', code: '{"hosts": {"https://acme-dev.atlassian.net/": {"username": "dev@acme.io", "password": "Qm7vT2xL9pR4wK8zN3cF6hJ1"}}}', findings: ['ace-dev-credentials:1'] },
  { name: 'unquoted .env value', file: '.env.production', code: 'NODE_ENV=production\nSESSION_SECRET=s6xkOE0ZORfGJBnR70O0ujDWIx7FKV5t', findings: ['generic-secret-assignment:2'] },
];

describe('findSecrets: no finding', () => {
  for (const c of valid) test(c.name, () => assert.deepEqual(run(c.file, c.code), []));
});

describe('findSecrets: findings with rule and line', () => {
  for (const c of invalid) test(c.name, () => assert.deepEqual(run(c.file, c.code), c.findings));
});

describe('findSecrets: output', () => {
  test('masks the value and the excerpt, and points at the secret', () => {
    const code = "const cfg = { region: 'eu', jwtSecret: 's6xkOE0ZORfGJBnR70O0ujDWIx7FKV5t' };";
    assert.deepEqual(findSecrets('src/config.ts', code, new LineIndex(code)), [{
      rule: 'generic-secret-assignment',
      description: 'High-entropy value assigned to a secret-looking name',
      masked: 's6xk********5t',
      evidence: { file: 'src/config.ts', line: 1, column: 41, excerpt: "const cfg = { region: 'eu', jwtSecret: 's6xk********5t' };" },
    }]);
  });

  test('a PEM key is located at its header and its body never appears', () => {
    const code = `{"type": "service_account", "private_key": "${fake('-----BEGIN PRIVATE', ' KEY-----')}\\n${PEM_BODY}\\n${PEM_BODY}\\n-----END PRIVATE KEY-----\\n"}`;
    const [finding] = findSecrets('sa.json', code, new LineIndex(code));
    assert.equal(finding?.evidence.column, 29);
    assert.equal(finding?.masked, '0BI3********Cy');
    assert.ok(!finding?.evidence.excerpt.includes(PEM_BODY.slice(8, 30)), finding?.evidence.excerpt);
  });

  test('credentials in a URL keep the host they log in to, in lower case', () => {
    const code = "const db = 'mongodb+srv://board:UJgE2cEUY1wDGXLJkC@Cluster0.X7K2P.mongodb.net/app';\n";
    assert.deepEqual(findSecrets('db.js', code, new LineIndex(code)).map((f) => [f.rule, f.host ?? null]), [['credentials-in-url', 'cluster0.x7k2p.mongodb.net']]);
  });

  test('credentials in a URL in a comment, a document or an environment template name no host; the finding stays', () => {
    const url = 'mongodb+srv://board:UJgE2cEUY1wDGXLJkC@cluster0.x7k2p.mongodb.net/app';
    const hosts = (file: string, code: string) => findSecrets(file, code, new LineIndex(code)).map((f) => `${f.evidence.line} ${f.host ?? null}`);
    assert.deepEqual(hosts('src/db.js', `// Example: MONGO_URL=${url}\n/**\n * ${url}\n */\nconst uri = 1; // ${url}\nconst db = '${url}';\n`), ['1 null', '3 null', '5 null', '6 cluster0.x7k2p.mongodb.net']);
    assert.deepEqual(hosts('.env', `# MONGO_URL=${url}\nMONGO_URL=${url}\n`), ['1 null', '2 cluster0.x7k2p.mongodb.net']);
    assert.deepEqual(hosts('.env.example', `MONGO_URL=${url}\n`), ['1 null']);
    assert.deepEqual(hosts('docs/setup.md', `Connect with \`${url}\`.\n`), ['1 null']);
  });

  test('mask keeps at most 4 leading and 2 trailing characters', () => {
    assert.equal(mask('ghp_UW9Bt4iTBftiF41HjPIU3ze9TXHLu732HqEy'), 'ghp_********Ey');
    assert.equal(mask('S3cr3tPassw0rdX'), 'S3********');
    assert.equal(mask('hunter2'), '********');
  });

  test('entropy', () => {
    assert.equal(entropy('aaaa'), 0);
    assert.equal(entropy('abcd'), 2);
    assert.ok(entropy('s6xkOE0ZORfGJBnR70O0ujDWIx7FKV5t') > 4);
  });
});

describe('findSecrets on fixture apps', () => {
  const scanned = /\.(?:[cm]?[jt]sx?|json|ya?ml|toml)$|(?:^|\/)\.env[^/]*$|(?:^|\/)\.npmrc$/;
  const scanApp = (name: string): string[] => {
    const root = path.join(import.meta.dirname, 'fixtures/secrets', name);
    return listFiles(root).files.filter((f) => scanned.test(f.path)).flatMap((f) => {
      const text = fs.readFileSync(f.abs, 'utf8');
      return findSecrets(f.path, text, new LineIndex(text)).map((s) => `${s.rule} ${s.evidence.file}:${s.evidence.line} ${s.masked}`);
    });
  };

  test('leaky-app: the hard-coded secret, bearer token and database password', () => {
    assert.deepEqual(scanApp('leaky-app'), [
      'credentials-in-url config/production.json:3 UJgE********kC',
      'generic-secret-assignment src/config.ts:4 s6xk********5t',
      'bearer-token src/index.ts:9 o27O********ed',
    ]);
  });

  test('clean-app: placeholders, env references, a lockfile, an anon key and a Forge app id', () => {
    assert.deepEqual(scanApp('clean-app'), []);
  });
});

describe('findSecrets on large and pathological input', () => {
  // Catastrophic backtracking once made 1 MB of `token` take minutes: every pattern is bounded now.
  // Speed is measured by `npm run bench`; this only proves such input finishes and finds nothing.
  test('5 MB of source and 1 MB of repeated secret-like words', { timeout: 120_000 }, () => {
    const chunk = fs.readFileSync(path.join(import.meta.dirname, 'third-parties.test.ts'), 'utf8');
    const big = chunk.repeat(Math.ceil((5 * 1024 * 1024) / chunk.length));
    const pathological = `const x = "${'token'.repeat(200_000)}";\n${'apiKey = '.repeat(100_000)}`;
    assert.deepEqual(findSecrets('pathological.ts', pathological, new LineIndex(pathological)), []);
    const inBig = findSecrets('big.ts', big, new LineIndex(big)).map((f) => f.rule);
    assert.deepEqual([...new Set(inBig)], [...new Set(findSecrets('one.ts', chunk, new LineIndex(chunk)).map((f) => f.rule))]);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FileFacts } from '../../../src/scan/source/file-facts.ts';
import { analyze, analyzeFiles } from './analyze.ts';

/** `vendor api [carries] line`, one per SDK call. */
const calls = (facts: FileFacts): string[] => facts.sdkCalls.map((c) => `${c.vendor} ${c.api} [${c.carries.join(',')}] ${c.evidence.line}`);
/** `kind target line`, one per personal data use that is sent out. */
const sent = (facts: FileFacts): string[] => facts.personalData.filter((u) => u.action === 'sent').map((u) => `${u.kind} ${u.target} ${u.evidence.line}`);

describe('calls through vendor SDKs', () => {
  it('an email SDK: the recipient read from a user API, in an object built before the call', () => {
    const facts = analyze([
      "import api, { route } from '@forge/api';",
      "import sgMail from '@sendgrid/mail';",
      'sgMail.setApiKey(process.env.SENDGRID_API_KEY);',
      'export async function remind(event) {',
      '  const res = await api.asApp().requestJira(route`/rest/api/3/user?accountId=${event.accountId}`);',
      '  const user = await res.json();',
      "  const msg = { to: user.emailAddress, from: 'noreply@example.com', subject: 'Reminder', text: 'You have open handoffs.' };",
      '  await sgMail.send(msg);',
      '}',
    ].join('\n'));
    assert.deepEqual(calls(facts), ['sendgrid send [email] 8']);
    assert.deepEqual(sent(facts), ['email vendor:sendgrid 8']);
    assert.equal(facts.sdkCalls[0]!.package, '@sendgrid/mail');
  });

  it('an LLM SDK: issue content in the messages, through a client built with new', () => {
    const facts = analyze([
      "import Resolver from '@forge/resolver';",
      "import api, { route } from '@forge/api';",
      "import OpenAI from 'openai';",
      'const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });',
      'const resolver = new Resolver();',
      "resolver.define('summarise', async ({ context }) => {",
      '  const issue = await (await api.asUser().requestJira(route`/rest/api/3/issue/${context.extension.issue.key}`)).json();',
      '  const completion = await openai.chat.completions.create({',
      "    model: 'gpt-4o-mini',",
      "    messages: [{ role: 'user', content: `Summarise: ${issue.fields.description}` }],",
      '  });',
      '  return completion.choices[0].message.content;',
      '});',
      'export const handler = resolver.getDefinitions();',
    ].join('\n'));
    assert.deepEqual(calls(facts), ['openai chat.completions.create [product-content] 8']);
    assert.deepEqual(sent(facts), []);
  });

  it('error tracking with the user: setUser and the user of captureException are sent to Sentry', () => {
    const facts = analyze([
      "import * as Sentry from '@sentry/node';",
      'Sentry.init({ dsn: process.env.SENTRY_DSN, tracesSampleRate: 0.1 });',
      'export async function run(event, context) {',
      '  Sentry.setUser({ id: context.accountId });',
      '  try {',
      '    await work(event);',
      '  } catch (err) {',
      '    Sentry.captureException(err, { user: { id: context.accountId } });',
      "    Sentry.captureMessage('work failed');",
      '  }',
      '}',
    ].join('\n'));
    assert.deepEqual(calls(facts), ['sentry init [other] 2', 'sentry setUser [account-id] 4', 'sentry captureException [account-id] 8', 'sentry captureMessage [literal] 9']);
    assert.deepEqual(sent(facts), ['account-id vendor:sentry 4', 'account-id vendor:sentry 8']);
  });

  it('analytics: Segment identify, a Mixpanel client from init, a PostHog client given in a function', () => {
    const facts = analyze([
      "const { Analytics } = require('@segment/analytics-node');",
      "const Mixpanel = require('mixpanel');",
      "const { PostHog } = require('posthog-node');",
      'const analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY });',
      'const mixpanel = Mixpanel.init(process.env.MIXPANEL_TOKEN);',
      'let posthog = null;',
      "function start() { posthog = new PostHog(process.env.POSTHOG_KEY, { host: 'https://eu.i.posthog.com' }); }",
      'async function installed(req, res) {',
      '  const { accountId, email } = req.body.user;',
      '  analytics.identify({ userId: accountId, traits: { email } });',
      "  mixpanel.track('installed', { distinct_id: accountId });",
      "  posthog.capture({ distinctId: accountId, event: 'installed' });",
      '}',
      'module.exports = { installed, start };',
    ].join('\n'));
    assert.deepEqual(calls(facts), [
      'mixpanel init [secret] 5',
      'segment Analytics.identify [account-id,email] 10',
      'mixpanel init.track [account-id] 11',
      'posthog PostHog.capture [account-id] 12',
    ]);
    assert.deepEqual(sent(facts), [
      'account-id vendor:segment 10', 'email vendor:segment 10', 'account-id vendor:mixpanel 11', 'account-id vendor:posthog 12',
    ]);
  });

  it('cloud storage: what a command object is given, inline or by name, and a Supabase chain', () => {
    const facts = analyze([
      "import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';",
      "import { createClient } from '@supabase/supabase-js';",
      "const s3 = new S3Client({ region: 'eu-west-1' });",
      'const supabase = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_SERVICE_KEY);',
      'export async function archive(page, context) {',
      "  await s3.send(new PutObjectCommand({ Bucket: 'archive', Key: `${page.id}.html`, Body: page.body.storage.value }));",
      "  const index = new PutObjectCommand({ Bucket: 'archive', Key: `by-user/${context.accountId}.json`, Body: '[]' });",
      '  await s3.send(index);',
      "  await supabase.from('archives').insert({ account_id: context.accountId }).select();",
      '}',
    ].join('\n'), 'src/index.js', ['src/index.js#archive']);
    assert.deepEqual(calls(facts), [
      'supabase createClient [secret] 4',
      'aws-s3 S3Client.send [resolver-payload] 6',
      'aws-s3 S3Client.send [account-id] 8',
      'supabase createClient.from.insert.select [account-id] 9',
    ]);
    assert.deepEqual(sent(facts), ['account-id vendor:aws-s3 8', 'account-id vendor:supabase 9']);
  });

  it('a client another file exports, a class member and a wrapper whose callers pass the data', () => {
    const files = analyzeFiles({
      'src/lib/anthropic.ts': "import Anthropic from '@anthropic-ai/sdk';\nexport const anthropic = new Anthropic();\n",
      'src/lib/sentry.ts': "import * as Sentry from '@sentry/node';\nexport function identify(user) {\n  Sentry.setUser(user);\n}\n",
      'src/mail.ts': [
        "import { Resend } from 'resend';",
        'export class Mailer {',
        '  constructor() {',
        '    this.resend = new Resend(process.env.RESEND_API_KEY);',
        '  }',
        '  async notify(emailAddress: string) {',
        "    return this.resend.emails.send({ from: 'app@example.com', to: emailAddress, subject: 'Done' });",
        '  }',
        '}',
      ].join('\n'),
      'src/index.ts': [
        "import { anthropic } from './lib/anthropic';",
        "import { identify } from './lib/sentry';",
        'export async function run(event, context) {',
        '  identify({ id: context.accountId });',
        "  return anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 512, messages: [{ role: 'user', content: event.comment.body }] });",
        '}',
      ].join('\n'),
    }, ['src/index.ts#run']);
    const [, sentry, mail, index] = files;
    assert.deepEqual(calls(sentry!), ['sentry setUser [account-id] 3']);
    assert.deepEqual(calls(mail!), ['resend Resend.emails.send [email] 7']);
    assert.deepEqual(calls(index!), ['anthropic messages.create [resolver-payload] 5']);
    assert.deepEqual([...sent(sentry!), ...sent(mail!)], ['account-id vendor:sentry 3', 'email vendor:resend 7']);
  });

  it('a client reached through another module\'s whole exports (`const db = require(\'./db\'); db.store.collection(…)`, `db.admin.firestore()`)', () => {
    const files = analyzeFiles({
      'src/db.js': "const admin = require('firebase-admin');\nadmin.initializeApp();\nconst store = admin.firestore();\nmodule.exports = { store, admin };\n",
      'src/notes.js': [
        "const db = require('./db');",
        'exports.save = async (event) => {',
        "  await db.store.collection('notes').add({ text: event.comment.body });",
        "  await db.admin.firestore().collection('notes').doc('last').set({ text: event.comment.body });",
        "  await db.unknown.collection('notes').add({ text: event.comment.body });",
        '};',
      ].join('\n'),
    }, ['src/notes.js#save']);
    assert.deepEqual(calls(files[1]!), ['firebase firestore.collection.add [resolver-payload] 3', 'firebase firestore.collection.doc.set [resolver-payload] 4']);
  });

  it('Firebase: a document reference built by the SDK is part of the call that writes it', () => {
    const facts = analyze([
      "import { initializeApp } from 'firebase/app';",
      "import { doc, getFirestore, setDoc } from 'firebase/firestore';",
      "const db = getFirestore(initializeApp({ apiKey: 'AIza-public-web-key', projectId: 'checklists' }));",
      'export async function remember(context, email) {',
      "  await setDoc(doc(db, 'users', context.accountId), { email, plan: 'free' });",
      '}',
    ].join('\n'));
    assert.deepEqual(calls(facts), ['firebase getFirestore [other] 3', 'firebase setDoc [account-id,email] 5']);
  });

  it('named imports and a member destructured from a client', () => {
    const facts = analyze([
      "import Anthropic from '@anthropic-ai/sdk';",
      "import { captureException, setUser } from '@sentry/node';",
      'const { messages } = new Anthropic();',
      'export async function run(event, context) {',
      '  setUser({ email: context.principal.email });',
      "  return messages.create({ model: 'claude-haiku-4-5', max_tokens: 256, messages: [{ role: 'user', content: event.comment.body }] });",
      '}',
    ].join('\n'), 'src/index.js', ['src/index.js#run']);
    assert.deepEqual(calls(facts), ['sentry setUser [email] 5', 'anthropic messages.create [resolver-payload] 6']);
  });

  it('no SDK call: an SDK imported but not called, calls without arguments, local helpers, tests', () => {
    const facts = analyze([
      "import * as Sentry from '@sentry/node';",
      "import Stripe from 'stripe';",
      "import { PostHog } from 'posthog-node';",
      'const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);',
      'export async function webhook(req) {',
      "  const event = stripe.webhooks.constructEvent(req.rawBody, req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);",
      '  await stripe.balance.retrieve();',
      '  return event.type;',
      '}',
    ].join('\n'));
    assert.deepEqual(calls(facts), []);
    const test = analyze("import sgMail from '@sendgrid/mail';\nit('sends', async () => { await sgMail.send({ to: user.email }); });\n", 'src/__tests__/mail.test.js');
    assert.deepEqual(calls(test), []);
  });

  it('presigning an S3 URL is done in the app: only the upload the signed command describes is an S3 call', () => {
    const facts = analyze([
      "import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';",
      "import { getSignedUrl } from '@aws-sdk/s3-request-presigner';",
      "import { createPresignedPost } from '@aws-sdk/s3-presigned-post';",
      "const client = new S3Client({ region: 'us-east-1' });",
      'export async function uploadUrl(req) {',
      '  const command = new PutObjectCommand({ Bucket: process.env.BUCKET, Key: `uploads/${req.payload.fileName}` });',
      '  const post = await createPresignedPost(client, { Bucket: process.env.BUCKET, Key: req.payload.fileName });',
      '  await client.send(command);',
      '  return { url: await getSignedUrl(client, command, { expiresIn: 3600 }), post };',
      '}',
    ].join('\n'));
    assert.deepEqual(calls(facts), ['aws-s3 S3Client.send [other] 8']);
  });

  it('a call with literals only sends no personal data', () => {
    const facts = analyze([
      "import posthog from 'posthog-js';",
      "posthog.init('phc_public_key', { api_host: 'https://eu.i.posthog.com', autocapture: false });",
      "export const opened = () => posthog.capture('panel_opened', { panel: 'issue' });",
    ].join('\n'));
    assert.deepEqual(calls(facts), ['posthog init [literal] 2', 'posthog capture [literal] 3']);
    assert.deepEqual(sent(facts), []);
  });
});

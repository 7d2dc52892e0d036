import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveInjectedCalls } from '../../src/scan/injected.ts';
import { CallGraph } from '../../src/scan/link.ts';
import { analyzeFile } from '../../src/scan/source/analyze-file.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

describe("a method called on an instance of the app's class a function is handed (`deliver(data, new WebhookSender())`)", () => {
  it('receives what the call gives it, in the class of each instance callers hand, typed with a base class or not', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - write:jira-work', '  external:', '    fetch:', '      backend:', '        - hooks.example.org'),
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0' } }),
      'src/outbox.ts': [
        "import api, { fetch, route } from '@forge/api';",
        'abstract class Outbox {',
        '  abstract post(note: unknown): Promise<unknown>;',
        '}',
        'class CommentOutbox extends Outbox {',
        '  async post(note: unknown) {',
        "    return api.asApp().requestJira(route`/rest/api/3/issue/ABC-1/comment`, { method: 'POST', body: JSON.stringify(note) });",
        '  }',
        '}',
        'export class WebhookOutbox extends Outbox {',
        '  constructor(private readonly hook: string) { super(); }',
        '  async post(note: unknown) {',
        "    return fetch(`https://hooks.example.org/${this.hook}`, { method: 'POST', body: JSON.stringify(note) });",
        '  }',
        '}',
        'export const comments = new CommentOutbox();',
        'export const publish = async (note: unknown, outbox: Outbox) => outbox.post(note);',
        '',
      ].join('\n'),
      'src/relay.js': [
        'export function relay(text, channel) {',
        '  return channel.post({ text });',
        '}',
        '',
      ].join('\n'),
      'src/index.ts': [
        "import { comments, publish, WebhookOutbox } from './outbox';",
        "import { relay } from './relay';",
        'export async function run(event: any) {',
        "  const hook = new WebhookOutbox('T01');",
        '  await publish({ summary: event.issue.fields.summary }, hook);',
        '  await publish({ id: event.issue.id }, comments);',
        '  await relay(event.issue.fields.description, new WebhookOutbox(\'T02\'));',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => `${c.method} ${c.url} [${c.carries.join(',')}] ${c.evidence.file}:${c.evidence.line}`), [
      'POST https://hooks.example.org/T01 [resolver-payload] src/index.ts:4',
      'POST https://hooks.example.org/T02 [resolver-payload] src/index.ts:7',
    ]);
  });

  it("follows no method of JavaScript's own objects, and keeps no call no caller hands an instance of the app's class", () => {
    const file = (name: string, text: string) => analyzeFile({ file: name, text, side: 'backend' });
    const files = [
      file('src/text.js', "export function clean(text) { return text.replace(/\\s+/g, ' '); }\n"),
      file('src/api.js', 'export default function handler(req, res) { res.status(200).json({ ok: req.body.ok }); }\n'),
      file('src/relay.js', 'export function relay(text, channel) { return channel.post({ text }); }\n'),
      file('src/index.js', [
        "import { relay } from './relay';",
        "export class Hook { post(body) { return fetch('https://hooks.example.org', { method: 'POST', body: JSON.stringify(body) }); } }",
        'export const run = (e) => relay(e.text, new Hook());',
        '',
      ].join('\n')),
    ];
    const callees = () => files.flatMap((f) => f.argFlows.map((a) => `${f.file} ${a.callee}`));
    assert.deepEqual(callees(), ['src/api.js #handler:1>status', 'src/relay.js #relay:1>post', 'src/index.js ./relay#relay']);
    resolveInjectedCalls(files, new CallGraph(files));
    assert.deepEqual(callees(), ['src/relay.js ./index.js#Hook.post', 'src/index.js ./relay#relay']);
  });
});

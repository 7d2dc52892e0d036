import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

// A Connect server's own client class, signing its JWT; the functions that use it are handed an instance, typed with the class.
const jiraDescriptor = JSON.stringify({
  key: 'sprint-notes', name: 'Sprint notes', baseUrl: 'https://notes.example.com', authentication: { type: 'jwt' },
  lifecycle: { installed: '/installed' }, scopes: ['READ'], modules: {},
});

const jiraClient = [
  "import jwt from 'atlassian-jwt';",
  'export class SiteClient {',
  '  private site: string;',
  '  private secret: string;',
  '  constructor(site: string, secret: string) { this.site = site; this.secret = secret; }',
  '  async get(path: string) {',
  "    const token = jwt.encodeSymmetric({ iss: 'sprint-notes', qsh: 'context-qsh' }, this.secret);",
  '    return fetch(`${this.site}${path}`, { headers: { Authorization: `JWT ${token}` } });',
  '  }',
  '}',
].join('\n');

const jiraNotes = [
  "import type { SiteClient } from './client';",
  'export async function sprintIssues(client: SiteClient, sprint: string) {',
  '  return client.get(`/rest/agile/1.0/sprint/${sprint}/issue`);',
  '}',
  'export async function boardOf(client: SiteClient, board: string) {',
  '  return client.get(`/rest/agile/1.0/board/${board}`);',
  '}',
].join('\n');

const bitbucketDescriptor = JSON.stringify({
  key: 'branch-guard', name: 'Branch guard', baseUrl: 'https://guard.example.com', authentication: { type: 'jwt' },
  lifecycle: { installed: '/installed' }, scopes: ['repository'], contexts: ['account'], modules: {},
});

// The base joined on with a slash of its own, the paths given with theirs (`…org//2.0/…` once joined).
const bitbucketClient = [
  'export class Workspace {',
  '  #api: string;',
  '  #token: string;',
  '  constructor(options: { api: string; token: string }) { this.#api = options.api; this.#token = options.token; }',
  '  async call(path: string) {',
  '    const url = `${this.#api.replace(/\\/$/, "")}/${path}`;',
  '    return fetch(url, { headers: { Authorization: `JWT ${this.#token}` } });',
  '  }',
  '}',
].join('\n');

const bitbucketBranches = [
  "import { Workspace } from './workspace';",
  'export async function defaultBranch(ws: Workspace, owner: string, repo: string) {',
  '  const res = await ws.call(`/2.0/repositories/${owner}/${repo}`);',
  '  return (await res.json()).mainbranch.name;',
  '}',
].join('\n');

describe('a method called on a parameter typed with the app\'s class', () => {
  it('is that class\'s method: the product requests its callers make are found where they make them', async () => {
    const { facts } = await scanFiles({ 'atlassian-connect.json': jiraDescriptor, 'src/client.ts': jiraClient, 'src/notes.ts': jiraNotes });
    assert.deepEqual(facts.restCalls.map((c) => `${c.method} ${c.path} ${c.evidence.file}:${c.evidence.line}`).sort(), [
      'GET /rest/agile/1.0/board/{} src/notes.ts:6',
      'GET /rest/agile/1.0/sprint/{}/issue src/notes.ts:3',
    ]);
    assert.deepEqual(facts.egress.calls, []);
    assert.deepEqual(facts.scopes.declared.map((d) => d.scope), ['READ']);
    assert.deepEqual(facts.scopes.unchecked, []);
  });

  it('a path joined on a base not known with a second slash is still the product\'s: a Bitbucket REST call, no egress', async () => {
    const { facts } = await scanFiles({ 'atlassian-connect.json': bitbucketDescriptor, 'src/workspace.ts': bitbucketClient, 'src/branches.ts': bitbucketBranches });
    assert.deepEqual(facts.restCalls.map((c) => `${c.product} ${c.method} ${c.path} ${c.evidence.file}:${c.evidence.line}`), ['bitbucket GET /2.0/repositories/{}/{} src/branches.ts:3']);
    assert.deepEqual(facts.egress.calls, []);
    assert.deepEqual(facts.scopes.unused, []);
  });
});

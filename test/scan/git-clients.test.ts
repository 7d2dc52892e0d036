import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const descriptor = JSON.stringify({
  key: 'com.example.mirror', name: 'Mirror', baseUrl: 'https://mirror.example.com', authentication: { type: 'jwt' },
  lifecycle: { installed: '/installed' }, scopes: ['READ'], modules: {},
});

describe('git clients reaching a repository\'s remote', () => {
  it('are egress calls to the remote\'s host, pushes sending, carrying what the call is given', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': JSON.stringify({ dependencies: { express: '4', 'simple-git': '3', 'isomorphic-git': '1', nodegit: '0.27' } }),
      'app.js': [
        "const express = require('express');",
        "const { simpleGit } = require('simple-git');",
        "const git = require('isomorphic-git');",
        "const http = require('isomorphic-git/http/node');",
        "const fs = require('fs');",
        "const { Clone } = require('nodegit');",
        "const { execSync, spawn } = require('child_process');",
        'const app = express();',
        "app.post('/export', async (req, res) => {",
        '  const token = process.env.REPO_TOKEN;',
        "  await simpleGit().clone(`https://bot:${token}@github.com/acme/handbook.git`, 'checkouts/handbook');",
        "  await simpleGit('checkouts/handbook').push('origin', 'main');",
        "  await git.push({ fs, http, dir: 'checkouts/handbook', url: 'https://bitbucket.org/acme/handbook.git', ref: 'main' });",
        "  await git.clone({ fs, http, dir: 'checkouts/page', url: req.body.repository, corsProxy: 'https://cors.example.org' });",
        "  await Clone.clone('https://gitlab.com/acme/site.git', 'checkouts/site');",
        '  execSync(`git -C checkouts/handbook push https://oauth2:${token}@gitlab.com/acme/handbook.git HEAD:main`);',
        "  execSync('git status && git log -1');",
        "  spawn('git', ['clone', '--depth', '1', 'git@bitbucket.org:acme/tools.git', 'checkouts/tools']);",
        '  res.sendStatus(204);',
        '});',
        'app.listen(3000);',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.client, c.method, c.host, c.carries, c.evidence.line]), [
      ['simple-git.clone', 'GET', 'github.com', ['secret'], 11],
      ['simple-git.push', 'POST', null, ['literal'], 12],
      ['isomorphic-git.push', 'POST', 'bitbucket.org', ['other'], 13],
      // Through a CORS proxy: the requests reach the proxy's host.
      ['isomorphic-git.clone', 'GET', 'cors.example.org', ['resolver-payload'], 14],
      ['nodegit.clone', 'GET', 'gitlab.com', ['literal'], 15],
      ['git push', 'POST', 'gitlab.com', ['secret'], 16],
      ['git clone', 'GET', 'bitbucket.org', ['literal'], 18],
    ]);
    // A remote named by its name (`origin`) is reached at a host the code does not show.
    assert.deepEqual(facts.egress.unresolved.map((c) => c.evidence.line), [12]);
  });

  it('send the credentials an isomorphic-git callback gives (onAuth), inline or named, as a token in a URL is', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': JSON.stringify({ dependencies: { express: '4', 'isomorphic-git': '1' } }),
      'app.js': [
        "const git = require('isomorphic-git');",
        "const http = require('isomorphic-git/http/node');",
        "const fs = require('fs');",
        'const token = process.env.REPO_TOKEN;',
        "const auth = () => ({ username: 'x-access-token', password: token });",
        'async function sync(dir) {',
        "  await git.clone({ fs, http, dir, url: 'https://github.com/acme/handbook.git', onAuth: () => ({ username: token }) });",
        "  await git.push({ fs, http, dir, url: 'https://github.com/acme/handbook.git', onAuth: auth });",
        "  await git.fetch({ fs, http, dir, url: 'https://github.com/acme/handbook.git', onAuth: () => ({ username: 'anonymous' }) });",
        '}',
        'module.exports = { sync };',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.client, c.host, c.carries, c.evidence.line]), [
      ['isomorphic-git.clone', 'github.com', ['secret'], 7],
      ['isomorphic-git.push', 'github.com', ['secret'], 8],
      ['isomorphic-git.fetch', 'github.com', ['other'], 9],
    ]);
  });
});

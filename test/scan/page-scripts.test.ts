import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const DESCRIPTOR = JSON.stringify({
  key: 'pages-app', name: 'Pages', baseUrl: 'https://pages.example.com', authentication: { type: 'jwt' }, scopes: ['READ'],
  modules: { generalPages: [{ key: 'main', url: '/main', name: { value: 'Main' } }, { key: 'help', url: '/help.html', name: { value: 'Help' } }] },
});

describe('scripts that pages load', () => {
  it('run in the browser, and so do the modules they import; the server does not', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': DESCRIPTOR,
      'package.json': '{ "name": "pages-app", "dependencies": { "express": "4.18.0" } }',
      'app.js': "const express = require('express');\nconst app = express();\napp.use(express.static('public'));\napp.get('/main', (req, res) => { console.log('main', req.query); res.render('main'); });\n",
      'views/main.hbs': '<div id="root"></div>\n<script src="https://connect-cdn.atl-paas.net/all.js"></script>\n<script src="/js/main.js?v={{version}}" type="module"></script>\n',
      'public/js/main.js': "import { show } from './show.js';\nfetch('/api/items').then((res) => res.json()).then(show);\n",
      'public/js/show.js': "export function show(items) { console.log('items', items); }\n",
      'public/help.html': '<script src="js/help.js"></script>\n',
      'public/js/help.js': "console.log('help');\n",
    });
    assert.deepEqual(facts.logs.map((l) => [l.evidence.file, l.side]), [
      ['app.js', 'backend'],
      ['public/js/help.js', 'frontend'],
      ['public/js/show.js', 'frontend'],
    ]);
    assert.deepEqual(facts.egress.calls.map((c) => [c.evidence.file, c.side, c.url]), [['public/js/main.js', 'frontend', '/api/items']]);
  });

  it("a root file named like a page's script in a template folder, or one importing server modules, stays back-end code", async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': DESCRIPTOR,
      'package.json': '{ "name": "pages-app", "dependencies": { "express": "4.18.0" } }',
      'app.js': "const express = require('express');\nconst app = express();\napp.get('/main', (req, res) => { console.log('main', req.query); res.render('main'); });\n",
      'views/main.hbs': '<script src="/app.js"></script>\n<script src="/js/shared.js"></script>\n',
      'public/js/shared.js': "import fs from 'fs';\nconsole.log(fs.existsSync('x'));\n",
    });
    assert.deepEqual(facts.logs.map((l) => [l.evidence.file, l.side]), [['app.js', 'backend'], ['public/js/shared.js', 'backend']]);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './analyze.ts';

const logged = (code: string): Array<[number, string[]]> => analyze(code).logs.map((l) => [l.evidence.line, l.carries]);

describe('handler registrars', () => {
  // Each app also hands a callback to something that is no router: its parameters hold no payload.
  const registrars: Array<{ name: string; code: string; expect: Array<[number, string[]]> }> = [
    {
      name: 'an express app handed to the routes of an ACE app, with ACE middleware',
      code: "export default function routes(app, addon) {\n  app.post('/save', addon.checkValidToken(), (req, res) => {\n    console.log(req.body.text);\n    addon.httpClient(req).get('/rest/api/3/myself', (error) => {\n      console.error(error);\n    });\n  });\n}",
      expect: [[3, ['resolver-payload']], [5, ['other']]],
    },
    {
      name: 'an express router however it is named',
      code: "import express from 'express';\nconst api = express.Router();\napi.put('/notes', (req, res) => {\n  console.log(req.body);\n  req.on('close', (reason) => console.log(reason));\n});",
      expect: [[4, ['resolver-payload']], [5, ['other']]],
    },
    {
      name: 'a route chained on an app',
      code: "import { EventEmitter } from 'node:events';\nconst events = new EventEmitter();\nexport function mount(expressApp) {\n  expressApp.route('/notes').get((req, res) => res.end()).post((req, res) => {\n    console.log(req.body);\n  });\n}\nevents.on('saved', (note) => console.log(note));",
      expect: [[5, ['resolver-payload']], [8, ['other']]],
    },
    {
      name: 'a Forge resolver however it is named',
      code: "import Resolver from '@forge/resolver';\nconst r = new Resolver();\nr.define('save', (req) => {\n  console.log(req.payload);\n});\nprocess.on('warning', (warning) => console.log(warning));",
      expect: [[4, ['resolver-payload']], [6, ['other']]],
    },
    {
      name: 'a webhook event ACE emits on the add-on',
      code: "import ace from 'atlassian-connect-express';\nconst addon = ace(app);\naddon.on('jira:issue_created', (event, body) => {\n  console.log(body.issue);\n});\naddon.httpClient({ clientKey }).get('/rest/api/3/myself', (failure) => console.log(failure));",
      expect: [[4, ['resolver-payload']], [6, ['other']]],
    },
  ];
  for (const c of registrars) {
    it(`${c.name}: its handler receives a payload`, () => {
      assert.deepEqual(logged(c.code), c.expect);
    });
  }

  const others: Array<{ name: string; code: string; line: number }> = [
    {
      name: 'an axios response interceptor',
      code: "import axios from 'axios';\nconst httpClient = axios.create({ baseURL: '/api' });\nhttpClient.interceptors.response.use((response) => response, (error) => {\n  console.error('HTTP Client error:', error);\n});",
      line: 4,
    },
    {
      name: 'an event of the process',
      code: "process.on('unhandledRejection', (reason) => {\n  console.error(reason);\n});",
      line: 2,
    },
    {
      name: 'a response stream of an HTTP request',
      code: "import https from 'node:https';\nhttps.get(url, (res) => {\n  res.on('data', (chunk) => {\n    console.log(chunk);\n  });\n});",
      line: 4,
    },
  ];
  for (const c of others) {
    it(`${c.name} is not a registrar: its callback's parameters are no payload`, () => {
      assert.deepEqual(logged(c.code), [[c.line, ['other']]]);
    });
  }

  it('a function handed by name to a router of another name is a handler; one handed to an emitter is not', () => {
    const code = "import express from 'express';\nconst api = express.Router();\nfunction save(req, res) {\n  console.log(req.body);\n}\nfunction onError(err) {\n  console.log(err);\n}\napi.post('/save', save);\nemitter.on('error', onError);";
    assert.deepEqual(logged(code), [[4, ['resolver-payload']], [7, ['other']]]);
  });
});

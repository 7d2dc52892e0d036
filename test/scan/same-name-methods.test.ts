import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import { appFilesWith, scanFiles } from '../helpers/temp-app.ts';

const fixture = (name: string): string => path.join(import.meta.dirname, '../fixtures/r22a', name);

describe('methods of the same name on different classes of the app', () => {
  const hosts = (facts: Awaited<ReturnType<typeof scan>>): string[] => facts.egress.calls.map((c) => c.host ?? '').sort();

  it('reach only the class of the instance a call is made on, when the scan knows it', async () => {
    const facts = await scan(fixture('same-name-methods'));
    // `linear.sync(...)` with `linear = new LinearSync(...)`: TrelloSync's sync is never called.
    assert.deepEqual(hosts(facts), ['api.linear.app']);
  });

  it('all stay reached when a call is made on an object whose class the scan does not know', async () => {
    const dir = fixture('same-name-methods');
    const { facts } = await scanFiles(appFilesWith(dir, {
      'routes/index.js': [
        "const { LinearSync } = require('../lib/linear-sync');",
        "const { TrelloSync } = require('../lib/trello-sync');",
        '',
        'const targets = { linear: () => new LinearSync(process.env.LINEAR_TOKEN), trello: () => new TrelloSync() };',
        '',
        'module.exports = function routes(app, addon) {',
        "  app.post('/api/push/:target', addon.checkValidToken(), async (req, res) => {",
        '    const target = targets[req.params.target]();',
        '    await target.sync(req.body.issue);',
        '    res.sendStatus(204);',
        '  });',
        '};',
        '',
      ].join('\n'),
    }));
    assert.deepEqual(hosts(facts), ['api.linear.app', 'api.trello.com']);
  });
});

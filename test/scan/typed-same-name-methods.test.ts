import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import { appFilesWith, scanFiles } from '../helpers/temp-app.ts';

const fixture = path.join(import.meta.dirname, '../fixtures/r22s/typed-same-name');

// A type annotation says what an object looks like, not what class made it: TypeScript takes an instance of any class of
// that shape (`push(new LinearSync())` for `push(target: Syncer)`), so a call on it may reach every method of the name.
describe('a method called on an object whose class only a type gives', () => {
  const hosts = (facts: Awaited<ReturnType<typeof scan>>): string[] => facts.egress.calls.map((c) => c.host ?? '').sort();

  it('keeps the same-name method of another class of that shape (a typed parameter)', async () => {
    assert.deepEqual(hosts(await scan(fixture)), ['api.linear.app']);
  });

  it('keeps it for a typed member of the class too (a constructor parameter property)', async () => {
    const { facts } = await scanFiles(appFilesWith(fixture, {
      'routes/index.ts': [
        "import { LinearSync } from '../lib/linear-sync';",
        "import { Syncer } from '../lib/syncer';",
        '',
        'class Pusher {',
        '  constructor(private readonly target: Syncer) {}',
        '',
        '  async push(issue: unknown): Promise<void> {',
        '    await this.target.sync(issue);',
        '  }',
        '}',
        '',
        'export default function routes(app: any, addon: any): void {',
        "  app.post('/api/push', addon.checkValidToken(), async (req: any, res: any) => {",
        '    await new Pusher(req.body.off ? new Syncer() : new LinearSync(process.env.LINEAR_TOKEN!)).push(req.body.issue);',
        '    res.sendStatus(204);',
        '  });',
        '}',
        '',
      ].join('\n'),
    }));
    assert.deepEqual(hosts(facts), ['api.linear.app']);
  });
});

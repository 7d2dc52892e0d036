import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

describe('ACE: a template whose script address the route hands it (`res.render(view, { reactSource })`)', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/ace/rendered-scripts'), { cache: false });
  });

  it('loads the other site\'s scripts the render call names, at the template\'s script tags (a JSX view\'s too), a constant of the module too', () => {
    assert.deepEqual(facts.egress.calls.map((c) => [c.client, c.host, c.side, `${c.evidence.file}:${c.evidence.line}`]), [
      ['script', 'unpkg.com', 'frontend', 'views/board.hbs:6'],
      ['script', 'cdn.jsdelivr.net', 'frontend', 'views/board.hbs:7'],
      ['script', 'd3js.org', 'frontend', 'views/report.jsx:7'],
    ]);
  });

  it('makes them third parties; not ACE\'s own host script, a path of the app, or a value another route\'s view is not given', () => {
    assert.deepEqual(facts.thirdParties.map((t) => [t.name, t.via.map((v) => `${v.evidence?.file}:${v.evidence?.line}`)]).sort(), [
      ['jsDelivr', ['views/board.hbs:7']],
      ['unpkg', ['views/board.hbs:6']],
    ]);
  });
});

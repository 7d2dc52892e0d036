import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const manifest = [
  'modules:', '  macro:', '    - key: banner', '      function: main', '      title: Banner', '      config:', '        function: config',
  '  function:', '    - key: main', '      handler: index.run', '    - key: config', '      handler: index.config',
  'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x',
  'permissions:', '  external:', '    fetch:', '      backend:', '        - api.example-banners.com', '',
].join('\n');

describe("a macro's configuration (useConfig)", () => {
  it('is what the page editors entered: End-User Data where it is logged or sent; a constant beside it is not', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': '{ "dependencies": { "@forge/api": "2.19.0", "@forge/ui": "1.9.0" } }',
      'src/index.jsx': [
        "import ForgeUI, { render, Macro, MacroConfig, Text, TextField, useConfig } from '@forge/ui';",
        "import { fetch } from '@forge/api';",
        'const App = () => {',
        "  const { title, ...rest } = useConfig() || {};",
        "  const size = 'large';",
        '  console.log(title);',
        '  console.log(size);',
        "  fetch('https://api.example-banners.com/render', { method: 'POST', body: JSON.stringify({ title, rest }) });",
        '  return <Text>{title}</Text>;',
        '};',
        'export const run = render(<Macro app={<App />} />);',
        'export const config = render(<MacroConfig><TextField name="title" label="Title" /></MacroConfig>);',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [[6, ['resolver-payload']], [7, ['literal']]]);
    assert.deepEqual(facts.egress.calls.map((c) => [c.evidence.line, c.carries]), [[8, ['resolver-payload']]]);
  });

  it("UI Kit's useConfig of @forge/react holds the same", async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': '{ "dependencies": { "@forge/react": "10.0.0", "react": "18.2.0" } }',
      'src/index.jsx': [
        "import React from 'react';",
        "import ForgeReconciler, { Text, useConfig } from '@forge/react';",
        'const App = () => {',
        '  const config = useConfig();',
        '  console.log(config?.title);',
        '  return <Text>{config?.title}</Text>;',
        '};',
        'ForgeReconciler.render(<App />);',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [[5, ['resolver-payload']]]);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const manifest = (module: string) => [
  'modules:', `  ${module}:`, '    - key: main-module', '      function: main', '      title: Summary',
  '  function:', '    - key: main', '      handler: index.run',
  'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x',
  'permissions:', '  scopes:', '    - read:page:confluence', '  external:', '    fetch:', '      backend:', '        - api.example-notes.com', '',
].join('\n');

const app = (module: string, source: string[]) => ({
  'manifest.yml': manifest(module),
  'package.json': '{ "dependencies": { "@forge/api": "2.19.0", "@forge/ui": "1.9.0" } }',
  'src/index.jsx': source.join('\n'),
});

describe("a UI Kit 1 state whose initialiser is a function", () => {
  it('holds what the function returns: a page read by a helper or inline is logged and sent; a constant is not', async () => {
    const { facts } = await scanFiles(app('macro', [
      "import ForgeUI, { render, Macro, Text, useState, useProductContext } from '@forge/ui';",
      "import api, { route, fetch } from '@forge/api';",
      'const pageBody = async (id) => {',
      '  const res = await api.asApp().requestConfluence(route`/wiki/api/v2/pages/${id}?body-format=storage`);',
      '  return (await res.json()).body.storage.value;',
      '};',
      'const App = () => {',
      '  const { contentId } = useProductContext();',
      '  const [body] = useState(async () => await pageBody(contentId));',
      '  const [title] = useState(async () => {',
      '    const res = await api.asApp().requestConfluence(route`/wiki/api/v2/pages/${contentId}`);',
      '    const page = await res.json();',
      '    return page.title;',
      '  });',
      "  const [mode] = useState(async () => 'summary');",
      '  const [summary] = useState(async () => {',
      "    const res = await fetch('https://api.example-notes.com/summarise', { method: 'POST', body: JSON.stringify({ text: body }) });",
      '    return (await res.json()).summary;',
      '  });',
      '  console.log(title);',
      '  console.log(mode);',
      '  return <Text>{summary}</Text>;',
      '};',
      'export const run = render(<Macro app={<App />} />);',
    ]));
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [[20, ['product-content']], [21, ['other']]]);
    assert.deepEqual(facts.egress.calls.map((c) => [c.evidence.line, c.carries]), [[17, ['product-content']]]);
  });

  it("holds what UI Kit 1's useAction initialiser returns, and React's useReducer initialiser", async () => {
    const { facts } = await scanFiles(app('macro', [
      "import ForgeUI, { render, Macro, Text, useAction, useProductContext } from '@forge/ui';",
      "import api, { route } from '@forge/api';",
      'const App = () => {',
      '  const { contentId } = useProductContext();',
      '  const [page, refresh] = useAction((old, next) => next, async () => {',
      '    const res = await api.asApp().requestConfluence(route`/wiki/api/v2/pages/${contentId}`);',
      '    return (await res.json()).title;',
      '  });',
      "  const [mode, setMode] = useAction((old, next) => next, 'view');",
      '  console.log(page);',
      '  console.log(mode);',
      '  return <Text>{page}</Text>;',
      '};',
      'export const run = render(<Macro app={<App />} />);',
    ]));
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [[10, ['product-content']], [11, ['other']]]);
  });

  it('holds what a memo computes from a page in UI Kit 2 as well', async () => {
    const { facts } = await scanFiles(app('confluence:contentBylineItem', [
      "import React, { useMemo } from 'react';",
      "import ForgeReconciler, { Text, useProductContext } from '@forge/react';",
      'const App = () => {',
      '  const context = useProductContext();',
      '  const macroBody = context?.extension?.macro?.body;',
      '  const words = useMemo(() => JSON.stringify(macroBody).split(" "), []);',
      '  console.log(words);',
      '  return <Text>{words.length}</Text>;',
      '};',
      'ForgeReconciler.render(<App />);',
    ]));
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [[7, ['resolver-payload']]]);
  });
});

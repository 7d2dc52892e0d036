import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const manifest = [
  'modules:', '  macro:', '    - key: poll', '      function: main', '      title: Poll',
  '  function:', '    - key: main', '      handler: index.run',
  'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x',
  'permissions:', '  scopes:', '    - storage:app', '',
].join('\n');

describe("a function another of the app's functions returns (a UI Kit 1 hook's)", () => {
  it('holds in its parameters what callers elsewhere pass: destructured or called on the object, declared or a method', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': '{ "dependencies": { "@forge/api": "2.19.0", "@forge/ui": "1.9.0" } }',
      'src/hooks/usePublish.js': [
        "import { storage } from '@forge/api';",
        'export default function usePublish() {',
        '  function savePoll(key, data) {',
        '    return storage.set(key, data);',
        '  }',
        '  return {',
        '    savePoll,',
        '    note(text) { console.log(text); },',
        '  };',
        '}',
      ].join('\n'),
      'src/index.jsx': [
        "import ForgeUI, { render, Macro, Form, TextField, useProductContext } from '@forge/ui';",
        "import usePublish from './hooks/usePublish';",
        'const App = () => {',
        '  const { accountId } = useProductContext();',
        '  const { savePoll } = usePublish();',
        '  const publish = usePublish();',
        '  return (',
        '    <Form onSubmit={async (formData) => {',
        "      await savePoll('poll', { ...formData, owner: accountId });",
        '      publish.note(formData.title);',
        '    }}>',
        '      <TextField name="title" label="Title" />',
        '    </Form>',
        '  );',
        '};',
        'export const run = render(<Macro app={<App />} />);',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => [s.evidence.file, s.evidence.line, s.key, s.carries]), [['src/index.jsx', 9, 'poll', ['account-id', 'resolver-payload']]]);
    assert.deepEqual(facts.logs.map((l) => [l.evidence.file, l.evidence.line, l.carries]), [['src/hooks/usePublish.js', 8, ['resolver-payload']]]);
  });

  it('holds constants only when its callers pass constants', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'package.json': '{ "dependencies": { "@forge/api": "2.19.0", "@forge/ui": "1.9.0" } }',
      'src/index.jsx': [
        "import ForgeUI, { render, Macro, Button } from '@forge/ui';",
        "import { storage } from '@forge/api';",
        'function useSettings() {',
        '  return { async save(theme) { await storage.set("theme", theme); } };',
        '}',
        'const App = () => {',
        '  const { save } = useSettings();',
        '  return <Button text="Dark" onClick={() => save("dark")} />;',
        '};',
        'export const run = render(<Macro app={<App />} />);',
      ].join('\n'),
    });
    assert.deepEqual(facts.storage.map((s) => [s.evidence.line, s.key, s.carries]), [[4, 'theme', ['literal']]]);
  });
});

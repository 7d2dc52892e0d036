import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const MANIFEST = forgeManifest('permissions:', '  scopes:', '    - storage:app', '  external:', '    fetch:', '      client:', '        - https://api.example-search.com');

describe("a Custom UI component's state that holds what users type", () => {
  it('is End-User Data where it is sent; state set only with constants is not', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'static/app/package.json': '{"dependencies":{"@forge/bridge":"4.0.0","react":"18.0.0"}}',
      'static/app/src/App.jsx': [
        "import React, { useState } from 'react';",
        "import { invoke } from '@forge/bridge';",
        'async function search(query) {',
        '  const res = await fetch(`https://api.example-search.com/v1/search?q=${encodeURIComponent(query)}`);',
        '  return res.json();',
        '}',
        'export default function App() {',
        "  const [text, setText] = useState('');",
        "  const [title, setTitle] = useState('');",
        "  const [form, setForm] = useState({ tag: '' });",
        "  const [mode, setMode] = useState('list');",
        '  async function add() {',
        '    console.log(text);',
        '    console.log(title);',
        '    console.log(form.tag);',
        '    console.log(mode);',
        '    await search(text);',
        "    await invoke('save', { column: 'went-well' });",
        '  }',
        '  return (',
        '    <div>',
        '      <textarea value={text} onChange={(e) => setText(e.target.value)} />',
        '      <input value={title} onChange={setTitle} />',
        '      <input value={form.tag} onChange={({ target }) => setForm({ ...form, tag: target.value })} />',
        "      <button onClick={() => setMode('edit')}>Edit</button>",
        '      <button onClick={add}>Add</button>',
        '    </div>',
        '  );',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => `${c.carries.join(',')} ${c.evidence.line}`), ['resolver-payload 4']);
    const sends = facts.egress.calls[0]!;
    assert.equal(sends.side, 'frontend');
    assert.deepEqual(facts.logs.map((l) => `${l.carries.join(',')} ${l.evidence.line}`), ['resolver-payload 13', 'resolver-payload 14', 'resolver-payload 15', 'other 16']);
  });
});

describe('what users filled in a form', () => {
  it('is End-User Data in the function handed to handleSubmit or to the onSubmit of a Form, inline or by name', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'src/frontend/package.json': '{"dependencies":{"@forge/bridge":"4.0.0","@forge/react":"11.0.0"}}',
      'src/frontend/index.jsx': [
        "import React from 'react';",
        "import ForgeReconciler, { Form, Button, Textfield, useForm } from '@forge/react';",
        'const save = async (values) => {',
        '  console.log(values);',
        '};',
        'const App = () => {',
        '  const { handleSubmit, register } = useForm();',
        '  const submit = (data) => console.log(data.title);',
        '  const other = (data) => console.log(data);',
        '  other({ mode: 1 });',
        '  return (',
        '    <>',
        '      <Form onSubmit={handleSubmit(submit)}><Textfield {...register(\'title\')} /><Button type="submit">Save</Button></Form>',
        '      <Form onSubmit={save} />',
        '      <Form onSubmit={(values) => console.log(values.name)} />',
        '    </>',
        '  );',
        '};',
        'ForgeReconciler.render(<App />);',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => `${l.carries.join(',')} ${l.evidence.line}`), ['resolver-payload 4', 'resolver-payload 8', 'literal 9', 'resolver-payload 15']);
  });
});

describe("a React class component's state, and a form's FormData", () => {
  it('hold what users type: state fields set from an input, the fields of a form; fields set with constants do not', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': MANIFEST,
      'static/app/package.json': '{"dependencies":{"@forge/bridge":"4.0.0","react":"18.0.0"}}',
      'static/app/src/Editor.jsx': [
        "import React, { Component, PureComponent } from 'react';",
        "import { invoke } from '@forge/bridge';",
        'export class Editor extends Component {',
        "  state = { text: '', saved: false };",
        '  handleChange(e) {',
        '    this.setState({ text: e.target.value });',
        '  }',
        '  async save() {',
        '    console.log(this.state.text);',
        '    console.log(this.state.saved);',
        "    await fetch('https://api.example-search.com/v1/check', { method: 'POST', body: JSON.stringify({ text: this.state.text }) });",
        "    await invoke('save', { text: this.state.text });",
        '    this.setState({ saved: true });',
        '  }',
        '  render() { return <textarea value={this.state.text} onChange={(e) => this.handleChange(e)} />; }',
        '}',
        'export class Search extends React.PureComponent {',
        '  onInput = (event) => {',
        '    const { value } = event.target;',
        '    this.setState(() => ({ query: value, page: 1 }));',
        '  };',
        '  run = () => {',
        '    const { query, page } = this.state;',
        '    console.log(query);',
        '    console.log(page);',
        '  };',
        '  render() { return <input onChange={this.onInput} />; }',
        '}',
        'export class Fields extends PureComponent {',
        '  onField = (e) => this.setState({ [e.target.name]: e.target.value });',
        '  submit() { console.log(this.state.title); }',
        '  render() { return <input name="title" onChange={this.onField} />; }',
        '}',
        'export class Store {',
        '  setState(next) { this.state = next; }',
        '  constructor(e) { this.setState({ text: e.target.value }); console.log(this.state.text); }',
        '}',
      ].join('\n'),
      'static/app/src/Comment.jsx': [
        "import React from 'react';",
        'export function Comment() {',
        '  const submit = async (event) => {',
        '    event.preventDefault();',
        '    const formData = new FormData(event.currentTarget);',
        "    console.log(formData.get('comment'));",
        "    await fetch('https://api.example-search.com/v1/comments', { method: 'POST', body: formData });",
        '    const upload = new FormData();',
        "    upload.append('kind', 'avatar');",
        '    console.log(upload);',
        '  };',
        '  return <form onSubmit={submit}><textarea name="comment" /></form>;',
        '}',
      ].join('\n'),
    });
    const at = (e: { file: string; line: number }) => `${e.file.replace('static/app/src/', '')}:${e.line}`;
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [
      ['Comment.jsx:6', ['resolver-payload']], ['Comment.jsx:10', ['other']],
      ['Editor.jsx:9', ['resolver-payload']], ['Editor.jsx:10', ['other']],
      ['Editor.jsx:24', ['resolver-payload']], ['Editor.jsx:25', ['other']],
      ['Editor.jsx:31', ['resolver-payload']],
      ['Editor.jsx:36', ['other']],
    ]);
    assert.deepEqual(facts.egress.calls.map((c) => [at(c.evidence), c.carries]), [['Comment.jsx:7', ['resolver-payload']], ['Editor.jsx:11', ['resolver-payload']]]);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { panelManifest, scanFiles } from '../helpers/temp-app.ts';

// A Custom UI front end whose components hand what users type to functions of their parent through callback props.
describe("a component's callback props (`<NewTask onCreate={createTask} />`)", () => {
  it('give the function the parent hands them what the component passes, in the module or from another, whole, kept by `useCallback` or as an arrow', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': panelManifest('storage:app'),
      'src/index.js': "import Resolver from '@forge/resolver';\nexport const handler = new Resolver().getDefinitions();\n",
      'static/src/NewTask.jsx': [
        "import React, { useState } from 'react';",
        'export default function NewTask({ onCreate, onPing }) {',
        "  const [text, setText] = useState('');",
        '  return (',
        '    <form onSubmit={() => onCreate(text)}>',
        '      <input value={text} onChange={(e) => setText(e.target.value)} />',
        '      <button type="button" onClick={() => onPing(Date.now())}>Ping</button>',
        '    </form>',
        '  );',
        '}',
      ].join('\n'),
      'static/src/App.jsx': [
        "import React, { useCallback, useState } from 'react';",
        "import NewTask from './NewTask';",
        'const Note = ({ onNote }) => {',
        "  const [note, setNote] = useState('');",
        '  return <textarea onChange={(e) => setNote(e.target.value)} onBlur={() => onNote(note)} />;',
        '};',
        'function Rename(props) {',
        "  const [name, setName] = useState('');",
        '  return <><input onChange={(e) => setName(e.target.value)} /><button onClick={() => props.onRename(name)}>Rename</button></>;',
        '}',
        'export default function App() {',
        '  const createTask = async (title) => {',
        "    await fetch('https://tasks.example.com/v1/tasks', { method: 'POST', body: JSON.stringify({ title }) });",
        '  };',
        '  const ping = (at) => fetch(`https://tasks.example.com/v1/ping?at=${at}`);',
        "  const keep = useCallback((text) => fetch('https://tasks.example.com/v1/notes', { method: 'POST', body: text }), []);",
        '  return (',
        '    <>',
        '      <NewTask onCreate={createTask} onPing={ping} />',
        '      <Note onNote={keep} />',
        '      <Rename onRename={(name) => fetch(`https://tasks.example.com/v1/names/${name}`, { method: \'PUT\' })} />',
        '      <button onClick={createTask}>Add an empty task</button>',
        '    </>',
        '  );',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => `${c.evidence.line} ${c.method} ${c.url} ${c.carries.join(',')}`), [
      '13 POST https://tasks.example.com/v1/tasks resolver-payload',
      '15 GET https://tasks.example.com/v1/ping?at={} other',
      '16 POST https://tasks.example.com/v1/notes resolver-payload',
      '21 PUT https://tasks.example.com/v1/names/{} resolver-payload',
    ]);
  });

  it("give a state whose setter the parent hands a prop (`onPick={setAssignee}`, `onPick={(id) => setOwner(id)}`) what the component passes, read above; what users type when it does not call the prop itself", async () => {
    const { facts } = await scanFiles({
      'manifest.yml': panelManifest('read:jira-user'),
      'src/index.js': "import Resolver from '@forge/resolver';\nexport const handler = new Resolver().getDefinitions();\n",
      'static/src/UserPicker.jsx': [
        "import React, { useEffect, useState } from 'react';",
        "import { requestJira } from '@forge/bridge';",
        'export default function UserPicker({ onPick }) {',
        '  const [users, setUsers] = useState([]);',
        "  useEffect(() => { requestJira('/rest/api/3/users/search').then((res) => res.json()).then(setUsers); }, []);",
        '  return <ul>{users.map((u) => <li key={u.accountId} onClick={() => onPick(u.accountId)}>{u.displayName}</li>)}</ul>;',
        '}',
      ].join('\n'),
      'static/src/App.jsx': [
        "import React, { useEffect, useState } from 'react';",
        "import UserPicker from './UserPicker';",
        'const Filter = ({ value, onChange }) => <input value={value} onChange={(e) => onChange(e.target.value)} />;',
        'const Note = ({ onChange }) => <textarea onChange={onChange} />;',
        'export default function App() {',
        '  const [assignee, setAssignee] = useState(null);',
        '  const [owner, setOwner] = useState(null);',
        "  const [filter, setFilter] = useState('');",
        "  const [note, setNote] = useState('');",
        '  useEffect(() => {',
        '    fetch(`https://tasks.example.com/v1/assign?to=${assignee}`);',
        '    fetch(`https://tasks.example.com/v1/own?by=${owner}`);',
        '    fetch(`https://tasks.example.com/v1/find?q=${filter}`);',
        '    fetch(`https://tasks.example.com/v1/note?n=${note}`);',
        '  }, [assignee, owner, filter, note]);',
        '  return (',
        '    <>',
        '      <UserPicker onPick={setAssignee} />',
        '      <UserPicker onPick={(id) => setOwner(id)} />',
        '      <Filter value={filter} onChange={setFilter} />',
        '      <Note onChange={setNote} />',
        '    </>',
        '  );',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => `${c.evidence.line} ${c.url} ${c.carries.join(',')}`), [
      '11 https://tasks.example.com/v1/assign?to={} account-id',
      '12 https://tasks.example.com/v1/own?by={} account-id',
      '13 https://tasks.example.com/v1/find?q={} resolver-payload',
      '14 https://tasks.example.com/v1/note?n={} resolver-payload',
    ]);
  });

  it("give the function a class component's parent hands its props (`onSave={this.handleSave}`, `onSave={saveIssue}`) what the class's methods pass", async () => {
    const { facts } = await scanFiles({
      'manifest.yml': panelManifest('storage:app'),
      'src/index.js': "import Resolver from '@forge/resolver';\nexport const handler = new Resolver().getDefinitions();\n",
      'static/src/Editor.jsx': [
        "import React from 'react';",
        'export default class Editor extends React.Component {',
        "  state = { text: '' };",
        '  save() { this.props.onSave(this.state.text); }',
        '  render() {',
        '    return <textarea value={this.state.text} onChange={(e) => this.setState({ text: e.target.value })} onBlur={() => this.save()} />;',
        '  }',
        '}',
      ].join('\n'),
      'static/src/App.jsx': [
        "import React, { Component } from 'react';",
        "import Editor from './Editor';",
        'class Note extends Component {',
        "  state = { note: '' };",
        '  keep = () => {',
        '    const { onNote } = this.props;',
        '    onNote(this.state.note);',
        '  };',
        '  render() { return <input onChange={(e) => this.setState({ note: e.target.value })} onBlur={this.keep} />; }',
        '}',
        "const saveIssue = (text) => fetch('https://tasks.example.com/v1/issues', { method: 'POST', body: text });",
        'export class Page extends Component {',
        "  handleSave(text) { fetch('https://tasks.example.com/v1/pages', { method: 'PUT', body: text }); }",
        "  handleNote(note) { fetch('https://tasks.example.com/v1/notes', { method: 'POST', body: note }); }",
        '  render() { return <><Editor onSave={this.handleSave} /><Note onNote={this.handleNote} /></>; }',
        '}',
        'export default function App() {',
        '  return <Editor onSave={saveIssue} />;',
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => `${c.evidence.line} ${c.method} ${c.url} ${c.carries.join(',')}`), [
      '11 POST https://tasks.example.com/v1/issues resolver-payload',
      '13 PUT https://tasks.example.com/v1/pages resolver-payload',
      '14 POST https://tasks.example.com/v1/notes resolver-payload',
    ]);
  });
});

// A list's items handed to a child component (`issues.map((i) => <Row issue={i} />)`): the component's props hold them by name.
describe("a component's data props (`<Row issue={i} />`)", () => {
  it('carry what the parent hands them into the component, only the fields it reads where it reads fields', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': panelManifest('read:jira-work', 'read:jira-user'),
      'src/index.js': "import Resolver from '@forge/resolver';\nexport const handler = new Resolver().getDefinitions();\n",
      'static/src/Row.jsx': [
        "import React from 'react';",
        'export default function Row({ issue, note }) {',
        "  const pin = () => fetch('https://pins.example.com/v1/pins', { method: 'POST', body: JSON.stringify({ key: issue.key }) });",
        "  const share = () => fetch('https://pins.example.com/v1/shared', { method: 'POST', body: JSON.stringify(issue) });",
        '  return <li onClick={pin} onDoubleClick={share}>{issue.key} {note}</li>;',
        '}',
      ].join('\n'),
      'static/src/App.jsx': [
        "import React, { useEffect, useState } from 'react';",
        "import { requestJira } from '@forge/bridge';",
        "import Row from './Row';",
        'function Card(props) {',
        "  return <button onClick={() => fetch('https://pins.example.com/v1/cards', { method: 'POST', body: JSON.stringify({ who: props.issue.fields.assignee.accountId }) })}>Card</button>;",
        '}',
        'export default function App() {',
        '  const [issues, setIssues] = useState([]);',
        '  useEffect(() => {',
        "    requestJira('/rest/api/3/search/jql', { method: 'POST', body: JSON.stringify({ jql: 'project = A', fields: ['assignee', 'summary'] }) })",
        '      .then((r) => r.json()).then((d) => setIssues(d.issues));',
        '  }, []);',
        "  return <ul>{issues.map((i) => <><Row key={i.id} issue={i} note=\"pinned\" /><Card issue={i} /></>)}</ul>;",
        '}',
      ].join('\n'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => `${c.evidence.file}:${c.evidence.line} ${c.url} ${c.carries.join(',')}`), [
      'static/src/App.jsx:5 https://pins.example.com/v1/cards account-id',
      'static/src/Row.jsx:3 https://pins.example.com/v1/pins other',
      'static/src/Row.jsx:4 https://pins.example.com/v1/shared account-id,display-name,email,product-content',
    ]);
  });
});

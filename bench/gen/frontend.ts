/**
 * Front-end chunks: Custom UI (React + `@forge/bridge`, in `static/<name>/src`) and UI Kit
 * (`@forge/react`, in `src/frontend/<name>`).
 */
import { SYNC, argFor, type Env, type Pool } from './calls.ts';
import type { FileBuilder, Helper } from './code.ts';
import { ENDPOINTS, ENTITIES, FIELD_NAMES, pascal } from './words.ts';
import { holes } from './backend.ts';

function props(f: FileBuilder, names: string[]): string {
  const list = `{ ${names.join(', ')} }`;
  return f.ts ? `${list}: { ${names.map((n) => `${n}${n.startsWith('on') ? ': (value: any) => void' : ': any'}`).join('; ')} }` : list;
}

/** `invoke` wrappers and direct product calls through `@forge/bridge`. */
export function bridgeApi(f: FileBuilder, resolverKeys: readonly string[]): void {
  f.importNamed('@forge/bridge', 'invoke');
  for (const key of resolverKeys) {
    const name = f.unique(`${key}Remote`);
    f.add([`export const ${name} = (${f.p('payload', 'Record<string, unknown>')} = {}) => invoke('${key}', payload);`]);
    f.exportHelper(name, true, ['payload']);
  }
  const endpoints = ENDPOINTS.filter((e) => e.product === f.feature.product && e.method === 'GET');
  for (const e of f.rnd.sample(endpoints, f.rnd.int(1, 3))) {
    f.usage.endpoints.add(`${e.method} ${e.path}`);
    const fn = e.product === 'jira' ? 'requestJira' : 'requestConfluence';
    f.importNamed('@forge/bridge', fn);
    const params = [...holes(e.path), ...holes(e.query ?? '')];
    const name = f.unique(`fetch${pascal(e.noun)}`);
    const url = (e.path + (e.query ? `?${e.query}` : '')).replace(/\{(\w+)\}/g, '${$1}');
    f.add([
      `export async function ${name}(${params.map((p) => f.p(p, 'string')).join(', ')}) {`,
      `  const response = await ${fn}(\`${url}\`, {`,
      "    headers: { Accept: 'application/json' },",
      '  });',
      '  if (!response.ok) {',
      `    throw new Error(\`${fn} failed: \${response.status}\`);`,
      '  }',
      '  return response.json();',
      '}',
    ]);
    f.exportHelper(name, true, params);
  }
}

/** A call of a front-end helper as an expression (no `await`: the caller chains on the promise). */
function callExpr(f: FileBuilder, h: Helper, env: Env): string {
  return `${f.useHelper(h)}(${h.params.map((p) => argFor(p, env)).join(', ')})`;
}

/** Props for a component the caller renders, from what the caller has at hand. */
function jsxProps(h: Helper, env: Env): string {
  return h.params.map((p) => ` ${p}={${env[p] ?? 'undefined'}}`).join('');
}

/** `<Child … />` for components of other files no parent renders yet, as a view nests its parts. */
function children(f: FileBuilder, components: Pool, env: Env, indent: string): string[] {
  const count = Math.min(f.rnd.int(0, 2), components.pending());
  return components.take(count).map((c) => `${indent}<${f.useHelper(c)}${jsxProps(c, env)} />`);
}

/** A React component for Custom UI (DOM elements). */
export function domComponent(f: FileBuilder, helpers: Pool, hooks: Pool, components: Pool, remote: Pool): string {
  f.importDefault('react', 'React');
  f.importNamed('react', 'useState', 'useMemo');
  const entity = f.rnd.pick(ENTITIES);
  const name = f.unique(`${pascal(entity)}${f.rnd.pick(['Row', 'Card', 'List', 'Panel', 'Summary', 'Table', 'Form'])}`);
  const fields = f.rnd.sample(FIELD_NAMES, f.rnd.int(2, 4));
  const helper = helpers.take(1, SYNC)[0];
  const hook = hooks.pending() > 0 || f.rnd.chance(0.3) ? hooks.take(1)[0] : undefined;
  // Back-end calls no hook makes yet run from buttons.
  const actions = remote.take(Math.min(remote.pending(), remote.pending() > 6 ? 2 : 1));
  const lines = [
    `export function ${name}(${props(f, ['items', 'selectedId', 'onSelect'])}) {`,
    "  const [filter, setFilter] = useState('');",
    '  const [expanded, setExpanded] = useState(false);',
    '  const visible = useMemo(',
    '    () => items.filter((item) => !filter || String(item.title ?? item.key).toLowerCase().includes(filter.toLowerCase())),',
    '    [items, filter],',
    '  );',
  ];
  if (helper) lines.push(`  const extra = useMemo(() => ${callExpr(f, helper, { items: 'visible', data: '{ items: visible }', key: 'selectedId' })}, [visible]);`);
  if (hook) lines.push(`  const details = ${callExpr(f, hook, { key: 'selectedId' })};`);
  const handlers = ['refresh', 'archive'].slice(0, actions.length);
  actions.forEach((action, i) => {
    lines.push(
      `  const ${handlers[i]} = () =>`,
      `    ${callExpr(f, action, { key: 'selectedId', payload: `{ key: selectedId, ${i === 0 ? 'filter' : 'archived: true'} }` })}`,
      '      .then(() => setExpanded(true))',
      `      .catch((err) => console.error('${pascal(handlers[i] ?? '')} failed', err));`,
    );
  });
  const nested = children(f, components, { items: 'visible', selectedId: 'selectedId', onSelect: 'onSelect', itemKey: 'selectedId', initial: hook ? 'details.data' : 'undefined', onSaved: '() => setExpanded(false)' }, '      ');
  lines.push(
    '  return (',
    `    <section className="${entity}-section">`,
    '      <header>',
    `        <h3>${pascal(entity)}s ({visible.length})</h3>`,
    `        <input value={filter} placeholder="Filter ${entity}s" onChange={(event) => setFilter(event.target.value)} />`,
    '      </header>',
    '      <ul>',
    '        {visible.map((item) => (',
    '          <li',
    '            key={item.id}',
    "            className={item.id === selectedId ? 'selected' : undefined}",
    '            onClick={() => onSelect(item.id)}',
    '          >',
    ...fields.map((x) => `            <span className="${x}">{String(item.${x} ?? '-')}</span>`),
    '          </li>',
    '        ))}',
    '      </ul>',
    '      {expanded && (',
    ...(helper ? ['        <pre>{JSON.stringify(extra, null, 2)}</pre>'] : ['        <p>{visible.length} shown</p>']),
    '      )}',
    ...(hook ? ['      {details.loading ? <p>Loading details...</p> : <pre>{JSON.stringify(details.data ?? details.error)}</pre>}'] : []),
    ...nested,
    ...handlers.map((h) => `      <button type="button" onClick={${h}}>${pascal(h)}</button>`),
    '      <button type="button" onClick={() => setExpanded(!expanded)}>',
    "        {expanded ? 'Hide details' : 'Show details'}",
    '      </button>',
    '    </section>',
    '  );',
    '}',
  );
  f.add(lines);
  f.exportHelper(name, false, ['items', 'selectedId', 'onSelect'], { kind: 'component' });
  return name;
}

/** A data hook calling the back end. */
export function hookChunk(f: FileBuilder, remote: Pool, utils: Pool): void {
  f.importNamed('react', 'useEffect', 'useState');
  const h = remote.take(1)[0];
  // A retry or cache helper of the UI's own wraps the call.
  const wrap = h && utils.pending((x) => x.async) > 0 ? utils.take(1, (x) => x.async)[0] : undefined;
  const call = h ? callExpr(f, h, { key: 'key', payload: '{ key }' }) : 'Promise.resolve({ key })';
  const name = f.unique(`use${pascal(f.rnd.pick(ENTITIES))}${f.rnd.pick(['Data', 'State', 'List', 'Details'])}`);
  f.add([
    `export function ${name}(${f.p('key', 'string | undefined')}) {`,
    `  const [data, setData] = useState${f.ts ? '<any>' : ''}(null);`,
    '  const [loading, setLoading] = useState(true);',
    `  const [error, setError] = useState${f.ts ? '<string | null>' : ''}(null);`,
    '  useEffect(() => {',
    '    let cancelled = false;',
    '    setLoading(true);',
    `    ${wrap ? callExpr(f, wrap, { key: '`${key}`', operation: `() => ${call}`, load: `() => ${call}` }) : call}`,
    '      .then((result) => {',
    '        if (!cancelled) setData(result);',
    '      })',
    '      .catch((err) => {',
    "        console.error('Request failed', err);",
    '        if (!cancelled) setError(String(err?.message ?? err));',
    '      })',
    '      .finally(() => {',
    '        if (!cancelled) setLoading(false);',
    '      });',
    '    return () => {',
    '      cancelled = true;',
    '    };',
    '  }, [key]);',
    '  return { data, loading, error };',
    '}',
  ]);
  f.exportHelper(name, false, ['key']);
}

/** The Custom UI root component: context, invoke, and the feature's components. */
export function appComponent(f: FileBuilder, components: Pool, remote: Pool): void {
  f.importDefault('react', 'React');
  f.importNamed('react', 'useEffect', 'useState');
  f.importNamed('@forge/bridge', 'view');
  const load = remote.take(1, (h) => h.name.endsWith('Remote'))[0];
  // The root renders every view no other view nests (at least a few).
  const shown = components.take(Math.max(3, components.pending()));
  const contextKey = f.feature.product === 'jira' ? 'context.extension.issue?.key ?? context.extension.project?.key' : 'context.extension.content?.id';
  f.add([
    'function App() {',
    '  const [context, setContext] = useState(null);',
    '  const [items, setItems] = useState([]);',
    '  const [selectedId, setSelectedId] = useState(null);',
    '  const [error, setError] = useState(null);',
    '',
    '  useEffect(() => {',
    '    view.getContext().then(setContext);',
    '  }, []);',
    '',
    '  useEffect(() => {',
    '    if (!context) {',
    '      return;',
    '    }',
    `    const key = ${contextKey};`,
    `    ${load ? callExpr(f, load, { key: 'key', payload: '{ key, accountId: context.accountId }' }) : 'Promise.resolve([])'}`,
    '      .then((result) => setItems(Array.isArray(result?.data) ? result.data : [result?.data ?? result]))',
    '      .catch((err) => {',
    "        console.error('Could not load data', err);",
    '        setError(err.message);',
    '      });',
    '  }, [context]);',
    '',
    '  if (error) {',
    '    return <div className="error">{error}</div>;',
    '  }',
    '  if (!context) {',
    '    return <div>Loading...</div>;',
    '  }',
    '  return (',
    '    <main>',
    ...shown.map((c) => `      <${f.useHelper(c)}${jsxProps(c, { items: 'items', selectedId: 'selectedId', onSelect: 'setSelectedId', initial: 'items[0]', onSaved: '(saved) => setItems([saved, ...items])' })} />`),
    '    </main>',
    '  );',
    '}',
    '',
    'export default App;',
  ]);
}

export function customUiIndex(f: FileBuilder, appPath: string): void {
  f.importDefault('react', 'React');
  f.importDefault('react-dom', 'ReactDOM');
  f.importDefault(appPath, 'App');
  f.importSideEffect('@atlaskit/css-reset');
  f.add([
    'ReactDOM.render(',
    '  <React.StrictMode>',
    '    <App />',
    '  </React.StrictMode>,',
    "  document.getElementById('root'),",
    ');',
  ]);
}

/** A UI Kit component (`@forge/react`). */
export function uiKitComponent(f: FileBuilder, remote: Pool, components: Pool): string {
  f.importDefault('react', 'React');
  f.importNamed('react', 'useEffect', 'useState');
  f.importNamed('@forge/react', 'Box', 'Button', 'DynamicTable', 'Heading', 'Inline', 'Lozenge', 'Stack', 'Text');
  const entity = f.rnd.pick(ENTITIES);
  const name = f.unique(`${pascal(entity)}${f.rnd.pick(['View', 'Table', 'Summary', 'Section'])}`);
  const h = remote.take(1)[0];
  // With many resolvers still uncalled, a button calls one more.
  const action = remote.pending() > 3 ? remote.take(1)[0] : undefined;
  const fields = f.rnd.sample(FIELD_NAMES, 3);
  const nested = children(f, components, { itemKey: 'itemKey' }, '      ');
  f.add([
    `export const ${name} = (${props(f, ['itemKey'])}) => {`,
    '  const [rows, setRows] = useState([]);',
    '  const [status, setStatus] = useState(\'loading\');',
    '  useEffect(() => {',
    `    ${h ? callExpr(f, h, { key: 'itemKey', payload: '{ key: itemKey }' }) : 'Promise.resolve([])'}`,
    '      .then((result) => {',
    '        setRows(Array.isArray(result) ? result : [result]);',
    "        setStatus('ready');",
    '      })',
    "      .catch(() => setStatus('failed'));",
    '  }, [itemKey]);',
    '  const head = {',
    '    cells: [',
    ...fields.map((x) => `      { key: '${x}', content: '${pascal(x)}' },`),
    '    ],',
    '  };',
    '  const tableRows = rows.map((row, index) => ({',
    '    key: String(row?.id ?? index),',
    `    cells: [${fields.map((x) => `{ key: '${x}', content: String(row?.${x} ?? '') }`).join(', ')}],`,
    '  }));',
    '  return (',
    '    <Stack space="space.100">',
    '      <Inline spread="space-between">',
    `        <Heading size="small">${pascal(entity)}</Heading>`,
    "        <Lozenge appearance={status === 'ready' ? 'success' : 'default'}>{status}</Lozenge>",
    '      </Inline>',
    '      <Box>',
    '        <DynamicTable head={head} rows={tableRows} emptyView={<Text>Nothing yet</Text>} />',
    '      </Box>',
    "      <Button onClick={() => setStatus('loading')}>Refresh</Button>",
    ...(action ? [`      <Button onClick={() => ${callExpr(f, action, { key: 'itemKey', payload: '{ key: itemKey, rows }' })}.then(() => setStatus('ready'))}>Update</Button>`] : []),
    ...nested,
    '    </Stack>',
    '  );',
    '};',
  ]);
  f.exportHelper(name, false, ['itemKey'], { kind: 'component' });
  return name;
}

export function uiKitIndex(f: FileBuilder, components: Pool): void {
  f.importDefault('react', 'React');
  f.importDefault('@forge/react', 'ForgeReconciler');
  f.importNamed('@forge/react', 'useProductContext', 'Stack');
  const shown = components.take(Math.max(3, components.pending()));
  const key = f.feature.product === 'jira' ? 'context?.extension?.issue?.key' : 'context?.extension?.content?.id';
  f.add([
    'const App = () => {',
    '  const context = useProductContext();',
    `  const itemKey = ${key};`,
    '  return (',
    '    <Stack>',
    ...shown.map((c) => `      <${f.useHelper(c)} itemKey={itemKey} />`),
    '    </Stack>',
    '  );',
    '};',
    '',
    'ForgeReconciler.render(',
    '  <React.StrictMode>',
    '    <App />',
    '  </React.StrictMode>,',
    ');',
  ]);
}

/** A controlled form that saves through a resolver. */
export function formComponent(f: FileBuilder, remote: Pool): string {
  f.importDefault('react', 'React');
  f.importNamed('react', 'useState');
  const entity = f.rnd.pick(ENTITIES);
  const name = f.unique(`${pascal(entity)}${f.rnd.pick(['Form', 'Editor', 'SettingsForm'])}`);
  const h = remote.take(1, (x) => x.name.endsWith('Remote'))[0];
  const fields = f.rnd.sample(FIELD_NAMES, f.rnd.int(2, 5));
  f.add([
    `export function ${name}(${props(f, ['initial', 'onSaved'])}) {`,
    `  const [values, setValues] = useState({ ${fields.map((x) => `${x}: initial?.${x} ?? ''`).join(', ')} });`,
    '  const [saving, setSaving] = useState(false);',
    `  const [message, setMessage] = useState${f.ts ? '<string | null>' : ''}(null);`,
    `  const update = (${f.p('field', 'string')}) => (${f.p('event', 'any')}) => setValues({ ...values, [field]: event.target.value });`,
    `  const submit = async (${f.p('event', 'any')}) => {`,
    '    event.preventDefault();',
    '    setSaving(true);',
    '    try {',
    `      const result = await ${h ? callExpr(f, h, { payload: '{ ...values }' }) : 'Promise.resolve(values)'};`,
    "      setMessage('Saved');",
    '      onSaved(result);',
    '    } catch (err) {',
    `      console.error('Saving ${entity} failed', err);`,
    "      setMessage('Could not save');",
    '    } finally {',
    '      setSaving(false);',
    '    }',
    '  };',
    '  return (',
    `    <form className="${entity}-form" onSubmit={submit}>`,
    ...fields.flatMap((x) => [
      `      <label htmlFor="${entity}-${x}">${pascal(x)}</label>`,
      `      <input id="${entity}-${x}" value={values.${x}} onChange={update('${x}')} />`,
    ]),
    '      <button type="submit" disabled={saving}>',
    "        {saving ? 'Saving...' : 'Save'}",
    '      </button>',
    '      {message && <p role="status">{message}</p>}',
    '    </form>',
    '  );',
    '}',
  ]);
  f.exportHelper(name, false, ['initial', 'onSaved'], { kind: 'component' });
  return name;
}

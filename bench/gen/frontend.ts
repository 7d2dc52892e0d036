/**
 * Front-end chunks: Custom UI (React + `@forge/bridge`, in `static/<name>/src`) and UI Kit
 * (`@forge/react`, in `src/frontend/<name>`).
 */
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
    f.exportHelper(name, true, 1);
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
    f.exportHelper(name, true, params.length);
  }
}

/** A React component for Custom UI (DOM elements). */
export function domComponent(f: FileBuilder, helpers: readonly Helper[]): string {
  f.importDefault('react', 'React');
  f.importNamed('react', 'useState', 'useMemo');
  const entity = f.rnd.pick(ENTITIES);
  const name = f.unique(`${pascal(entity)}${f.rnd.pick(['Row', 'Card', 'List', 'Panel', 'Summary', 'Table', 'Form'])}`);
  const fields = f.rnd.sample(FIELD_NAMES, f.rnd.int(2, 4));
  const helper = helpers.find((h) => !h.async && h.arity === 1);
  const lines = [
    `export function ${name}(${props(f, ['items', 'selectedId', 'onSelect'])}) {`,
    "  const [filter, setFilter] = useState('');",
    '  const [expanded, setExpanded] = useState(false);',
    '  const visible = useMemo(',
    '    () => items.filter((item) => !filter || String(item.title ?? item.key).toLowerCase().includes(filter.toLowerCase())),',
    '    [items, filter],',
    '  );',
  ];
  if (helper) lines.push(`  const extra = useMemo(() => ${f.useHelper(helper)}(visible), [visible]);`);
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
    '      <button type="button" onClick={() => setExpanded(!expanded)}>',
    "        {expanded ? 'Hide details' : 'Show details'}",
    '      </button>',
    '    </section>',
    '  );',
    '}',
  );
  f.add(lines);
  return name;
}

/** A data hook calling the back end. */
export function hookChunk(f: FileBuilder, remote: readonly Helper[]): void {
  f.importNamed('react', 'useEffect', 'useState');
  const h = remote.length > 0 ? f.rnd.pick(remote) : undefined;
  const name = f.unique(`use${pascal(f.rnd.pick(ENTITIES))}${f.rnd.pick(['Data', 'State', 'List', 'Details'])}`);
  f.add([
    `export function ${name}(${f.p('key', 'string | undefined')}) {`,
    `  const [data, setData] = useState${f.ts ? '<any>' : ''}(null);`,
    '  const [loading, setLoading] = useState(true);',
    `  const [error, setError] = useState${f.ts ? '<string | null>' : ''}(null);`,
    '  useEffect(() => {',
    '    let cancelled = false;',
    '    setLoading(true);',
    `    ${h ? `${f.useHelper(h)}(${h.arity > 0 ? '{ key }' : ''})` : 'Promise.resolve({ key })'}`,
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
  f.exportHelper(name, false, 1);
}

/** The Custom UI root component: context, invoke, and the feature's components. */
export function appComponent(f: FileBuilder, components: readonly Helper[], remote: readonly Helper[]): void {
  f.importDefault('react', 'React');
  f.importNamed('react', 'useEffect', 'useState');
  f.importNamed('@forge/bridge', 'view');
  const load = remote.find((h) => h.name.endsWith('Remote'));
  const shown = f.rnd.sample(components, 3);
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
    `    ${load ? `${f.useHelper(load)}({ key })` : 'Promise.resolve([])'}`,
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
    ...shown.map((c) => `      <${f.useHelper(c)} items={items} selectedId={selectedId} onSelect={setSelectedId} />`),
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
export function uiKitComponent(f: FileBuilder, remote: readonly Helper[]): string {
  f.importDefault('react', 'React');
  f.importNamed('react', 'useEffect', 'useState');
  f.importNamed('@forge/react', 'Box', 'Button', 'DynamicTable', 'Heading', 'Inline', 'Lozenge', 'Stack', 'Text');
  const entity = f.rnd.pick(ENTITIES);
  const name = f.unique(`${pascal(entity)}${f.rnd.pick(['View', 'Table', 'Summary', 'Section'])}`);
  const h = remote.length > 0 ? f.rnd.pick(remote) : undefined;
  const fields = f.rnd.sample(FIELD_NAMES, 3);
  f.add([
    `export const ${name} = (${props(f, ['itemKey'])}) => {`,
    '  const [rows, setRows] = useState([]);',
    '  const [status, setStatus] = useState(\'loading\');',
    '  useEffect(() => {',
    `    ${h ? `${f.useHelper(h)}({ key: itemKey })` : 'Promise.resolve([])'}`,
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
    '    </Stack>',
    '  );',
    '};',
  ]);
  f.exportHelper(name, false, 1);
  return name;
}

export function uiKitIndex(f: FileBuilder, components: readonly Helper[]): void {
  f.importDefault('react', 'React');
  f.importDefault('@forge/react', 'ForgeReconciler');
  f.importNamed('@forge/react', 'useProductContext', 'Stack');
  const shown = f.rnd.sample(components, 3);
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
export function formComponent(f: FileBuilder, remote: readonly Helper[]): string {
  f.importDefault('react', 'React');
  f.importNamed('react', 'useState');
  const entity = f.rnd.pick(ENTITIES);
  const name = f.unique(`${pascal(entity)}${f.rnd.pick(['Form', 'Editor', 'SettingsForm'])}`);
  const save = remote.filter((h) => h.name.endsWith('Remote'));
  const h = save.length > 0 ? f.rnd.pick(save) : undefined;
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
    `      const result = await ${h ? `${f.useHelper(h)}({ ...values })` : 'Promise.resolve(values)'};`,
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
  return name;
}

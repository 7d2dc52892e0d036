/** The app's `manifest.yml`, root `package.json`, and the Custom UI `package.json`/`index.html`. */
import type { Usage } from './code.ts';
import type { FunctionEntry } from './entry.ts';
import type { Feature } from './plan.ts';
import type { Random } from './random.ts';
import { ENDPOINTS, title } from './words.ts';

const ICON = 'https://developer.atlassian.com/platform/forge/images/icons/issue-panel-icon.svg';

export interface ManifestInput {
  appId: string;
  features: readonly { feature: Feature; functions: readonly FunctionEntry[] }[];
  usage: Usage;
}

function uiModuleLines(feature: Feature, resolverKey: string | undefined): string[] {
  const lines = [`    - key: ${feature.name}-${feature.moduleType.split(':')[1]?.toLowerCase() ?? 'ui'}`];
  if (feature.ui !== 'none') lines.push(`      resource: ${feature.name}-ui`);
  if (feature.ui === 'ui-kit') lines.push('      render: native');
  if (resolverKey) lines.push('      resolver:', `        function: ${resolverKey}`);
  lines.push(`      title: ${title(feature.name)}`);
  const type = feature.moduleType;
  if (/issuePanel|globalPage|projectPage|adminPage|contentBylineItem|spacePage/.test(type)) lines.push(`      icon: ${ICON}`);
  if (type === 'jira:issueGlance') lines.push(`      label: ${title(feature.name)}`);
  if (type === 'jira:dashboardGadget') lines.push(`      description: ${title(feature.name)} for the dashboard`, `      thumbnail: ${ICON}`);
  if (type === 'confluence:spacePage' || type === 'confluence:globalPage') lines.push(`      route: ${feature.name}`);
  return lines;
}

export function manifestYaml(rnd: Random, input: ManifestInput): string {
  const byType = new Map<string, string[]>();
  const push = (type: string, lines: string[]) => byType.set(type, [...(byType.get(type) ?? []), ...lines]);
  const functions: string[] = [];
  const resources: string[] = [];
  const scopes = new Set<string>();
  for (const { feature, functions: fns } of input.features) {
    const fn = (suffix: string) => fns.find((f) => f.key.endsWith(`-${suffix}`))?.key;
    if (feature.ui !== 'none') {
      push(feature.moduleType, uiModuleLines(feature, fn('resolver')));
      resources.push(`  - key: ${feature.name}-ui`, `    path: ${feature.ui === 'ui-kit' ? `src/frontend/${feature.name}/index.jsx` : `static/${feature.name}/build`}`);
    }
    const events = fn('events');
    if (events) {
      push('trigger', [`    - key: ${feature.name}-trigger`, `      function: ${events}`, '      events:', ...feature.events.map((e) => `        - ${e}`)]);
      scopes.add(feature.product === 'jira' ? 'read:jira-work' : 'read:confluence-content.summary');
    }
    const schedule = fn('schedule');
    if (schedule) push('scheduledTrigger', [`    - key: ${feature.name}-scheduled`, `      function: ${schedule}`, `      interval: ${feature.schedule}`]);
    const webhook = fn('webhook');
    if (webhook) push('webtrigger', [`    - key: ${feature.name}-webtrigger`, `      function: ${webhook}`, '      response:', '        type: dynamic']);
    for (const f of fns) functions.push(`    - key: ${f.key}`, `      handler: ${f.handler}`);
  }
  for (const id of input.usage.endpoints) {
    const e = ENDPOINTS.find((x) => `${x.method} ${x.path}` === id);
    for (const s of e?.scopes ?? []) scopes.add(s);
  }
  if (input.usage.storage) scopes.add('storage:app');
  if (input.usage.personalDataReporting) scopes.add('report:personal-data');
  // As in real apps, the declared list is not quite the needed one: one scope is forgotten, one is left over.
  const sorted = [...scopes].sort();
  const forgotten = sorted.filter((s) => !['storage:app', 'read:jira-work', 'report:personal-data'].includes(s));
  if (forgotten.length > 2) scopes.delete(rnd.pick(forgotten));
  scopes.add('manage:jira-configuration');

  const out = ['modules:'];
  for (const type of [...byType.keys()].filter((t) => t.includes(':')).sort()) out.push(`  ${type}:`, ...(byType.get(type) ?? []));
  for (const type of ['trigger', 'scheduledTrigger', 'webtrigger']) if (byType.has(type)) out.push(`  ${type}:`, ...(byType.get(type) ?? []));
  out.push('  function:', ...functions);
  if (resources.length > 0) out.push('resources:', ...resources);
  out.push('permissions:', '  scopes:', ...[...scopes].sort().map((s) => `    - ${s}`));
  if (input.usage.hosts.size > 0) {
    out.push('  external:', '    fetch:', '      backend:', ...[...input.usage.hosts].sort().map((h) => `        - ${h}`));
  }
  out.push('app:', '  runtime:', '    name: nodejs22.x', '    memoryMB: 256', '    architecture: arm64', `  id: ${input.appId}`, '');
  return out.join('\n');
}

export function rootPackageJson(name: string, usesAxios: boolean): string {
  const dependencies: Record<string, string> = {
    '@forge/api': '^6.1.0',
    '@forge/bridge': '^5.3.0',
    '@forge/kvs': '^1.0.3',
    '@forge/react': '^11.2.0',
    '@forge/resolver': '^1.6.10',
    react: '^18.3.1',
  };
  if (usesAxios) dependencies['axios'] = '^1.9.0';
  const pkg = {
    name,
    version: '1.4.2',
    private: true,
    license: 'UNLICENSED',
    scripts: { lint: 'eslint src/**/* || true', test: 'jest' },
    devDependencies: { eslint: '^8.57.0', 'eslint-plugin-react-hooks': '^4.6.2', typescript: '^5.8.3' },
    dependencies,
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

export function customUiPackageJson(feature: Feature): string {
  const pkg = {
    name: `${feature.name}-ui`,
    version: '0.1.0',
    private: true,
    homepage: '.',
    scripts: { start: 'react-scripts start', build: 'react-scripts build' },
    dependencies: {
      '@atlaskit/css-reset': '^6.11.0',
      '@forge/bridge': '^5.3.0',
      react: '^18.3.1',
      'react-dom': '^18.3.1',
      'react-scripts': '5.0.1',
    },
    browserslist: { production: ['>0.2%', 'not dead'], development: ['last 1 chrome version'] },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

export function customUiHtml(feature: Feature): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '  <head>',
    '    <meta charset="utf-8" />',
    '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
    `    <title>${title(feature.name)}</title>`,
    '  </head>',
    '  <body>',
    '    <div id="root"></div>',
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}

export const APP_GITIGNORE = ['node_modules/', 'static/*/build/', '.env', 'coverage/', ''].join('\n');

export const APP_TSCONFIG = `${JSON.stringify(
  {
    compilerOptions: { target: 'es2022', module: 'esnext', moduleResolution: 'bundler', jsx: 'react', strict: false, allowJs: true, noEmit: true },
    include: ['src/**/*'],
  },
  null,
  2,
)}\n`;

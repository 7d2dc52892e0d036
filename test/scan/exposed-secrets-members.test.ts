import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { panelManifest, scanFiles } from '../helpers/temp-app.ts';

const exposed = async (files: Record<string, string>): Promise<string[]> => {
  const { facts } = await scanFiles({ 'manifest.yml': panelManifest(), ...files });
  return (facts.exposedSecrets ?? []).map((s) => `${s.function} ${s.evidence.file}:${s.evidence.line}`);
};

const SERVICE = [
  'export class SettingsService {',
  '  async read() {',
  '    return { apiKey: process.env.OPENAI_API_KEY, model: \'gpt-4o\' };', // 3
  '  }',
  '  async status() {',
  '    return { configured: Boolean(process.env.OPENAI_API_KEY) };',
  '  }',
  '}',
  'export const settings = new SettingsService();',
].join('\n');

// A resolver function named through a member: a method of the app's class on an instance, `this`'s member, or an object's.
describe('a secret returned by a resolver function defined as a member (`resolver.define(\'x\', service.read)`)', () => {
  it('is kept for a method of an instance made here, imported, or held by `this`; not for a method that returns a flag', async () => {
    assert.deepEqual(await exposed({
      'src/service.js': SERVICE,
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { SettingsService, settings } from './service';",
        'class Resolvers {',
        '  constructor() {',
        '    this.service = new SettingsService();',
        '    this.resolver = new Resolver();',
        '  }',
        '  build() {',
        "    this.resolver.define('settings:read', this.service.read);",
        "    this.resolver.define('settings:status', this.service.status);",
        '    return this.resolver.getDefinitions();',
        '  }',
        '}',
        'const local = new SettingsService();',
        'const resolver = new Resolver();',
        "resolver.define('local:read', local.read);",
        "resolver.define('shared:read', settings.read);",
        "resolver.define('shared:status', settings.status);",
        'export const handler = new Resolvers().build();',
        'export const other = resolver.getDefinitions();',
      ].join('\n'),
    }), ['settings:read src/service.js:3', 'local:read src/service.js:3', 'shared:read src/service.js:3']);
  });

  it('is kept once for a function of an object both named and iterated into `define`', async () => {
    assert.deepEqual(await exposed({
      'src/handlers.js': [
        'export const handlers = {',
        '  getConfig: async () => ({ apiKey: process.env.OPENAI_API_KEY }),', // 2
        '  async getStatus() {',
        '    return { hasKey: !!process.env.OPENAI_API_KEY };',
        '  },',
        '};',
      ].join('\n'),
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { handlers } from './handlers';",
        'const resolver = new Resolver();',
        "resolver.define('getConfig', handlers.getConfig);",
        'Object.entries(handlers).forEach(([name, fn]) => resolver.define(name, fn));',
        'export const handler = resolver.getDefinitions();',
      ].join('\n'),
    }), ['getConfig src/handlers.js:2']);
  });
});

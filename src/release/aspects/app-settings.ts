import type { Evidence, Facts } from '../../scan/facts.ts';
import type { Aspect, AspectItem } from '../types.ts';

/** Platform, runtime and licensing: one item each, present in every version, compared by value. */
const aspect: Aspect = {
  id: 'app-settings',
  title: 'Runtime and licensing',
  messages: {
    platform: 'The app moved from {{was}} to {{now}}: the statement\'s security model needs an update.',
    runtime: 'The runtime changed from {{was}} to {{now}}: update the statement where it names the runtime.',
    memory: 'Function memory changed from {{was}} to {{now}}.',
    licensing: 'Licensing is now {{now}} (was {{was}}): update the statement where it says licenses are enforced.',
  },
  items(facts: Facts): AspectItem[] {
    const { app } = facts;
    const rt = app.runtime;
    const item = (id: string, value: string, evidence: Evidence | null): AspectItem => ({ id, subject: id, value, evidence: evidence ? [evidence] : [] });
    return [
      item('platform', app.platform ?? 'no app', null),
      item('runtime', [rt.name, rt.architecture].filter(Boolean).join(' ') || (app.platform === 'connect' ? 'none (Connect)' : 'the Forge default'), rt.evidence),
      item('memory', rt.memoryMB === null ? (app.platform === 'connect' ? 'none (Connect)' : 'the Forge default') : `${rt.memoryMB} MB`, rt.evidence),
      item('licensing', app.licensing.enabled ? 'enabled' : 'disabled', app.licensing.evidence),
    ];
  },
  added: () => null,
  removed: () => null,
  changed(before, after) {
    if (before.value === after.value) return null;
    const severity = after.id === 'memory' ? 'info' : 'statement-update';
    return { severity, messageId: after.id, data: { was: before.value ?? '', now: after.value ?? '' } };
  },
};

export default aspect;

import type { DocumentInput } from '../../render/documents/input.ts';
import { acknowledgement, incidentTimes, remediationBlocks, testingSentence } from '../../render/documents/program.ts';
import { joinWords, link as linkInline, type Rich } from '../../render/documents/model.ts';
import type { SiteApp } from '../app.ts';
import { html, type Html } from '../html.ts';
import { blocks, rich, sourceBadge, type Panel } from './panel.ts';

const GDPR_ROLE: Record<string, string> = {
  controller: 'a data controller', processor: 'a data processor', both: 'both a data controller and a data processor',
};

/** The vendor's incident and vulnerability policy (profile `program`), privacy roles and certifications. */
export function programPanel(app: SiteApp): Panel | null {
  const { input, profile } = app;
  const para = (r: Rich | null): Html => (r ? html`<p>${rich(r)}</p>` : html``);
  const incident = incidentTimes(input);
  const channels = profile.program?.incident?.channels;
  const vulnerability = [para(acknowledgement(input)), blocks(remediationBlocks(input)), para(testingSentence(input)), para(reportTo(input))].filter((h) => h.value);
  const tracking = profile.program?.vulnerabilities?.tracking;
  const backups = profile.program?.backups;
  const gdpr = profile.privacy?.gdpr;
  const certifications = profile.certifications;
  const parts: Html[] = [];
  if (incident.length || channels?.length) {
    parts.push(html`<h3>Security incidents</h3>${incident.map((r) => para(r))}${channels?.length ? html`<p>Notices go out by ${joinWords(channels)}.</p>` : ''}`);
  }
  if (vulnerability.length || tracking) {
    parts.push(html`<h3>Vulnerabilities</h3>${vulnerability}${tracking ? html`<p>Findings are tracked to closure in ${tracking}.</p>` : ''}`);
  }
  if (backups?.by) {
    const by = backups.by === 'atlassian' ? 'Data lives in Atlassian storage and is covered by Atlassian\'s backups.' : backups.by === 'vendor' ? `${app.vendor ?? 'The vendor'} backs up the data it keeps.` : 'The data is not backed up.';
    const targets = [backups.frequency && `backups run ${backups.frequency}`, backups.rpo && `recovery point objective ${backups.rpo}`, backups.rto && `recovery time objective ${backups.rto}`].filter(Boolean);
    parts.push(html`<h3>Backups</h3><p>${by}${targets.length ? ` Targets: ${targets.join(', ')}.` : ''}</p>`);
  }
  if (gdpr?.role && GDPR_ROLE[gdpr.role]) {
    const transfer = gdpr.transfersOutsideEEA === true ? ` Data is transferred outside the EEA${gdpr.transferMechanism ? ` under ${gdpr.transferMechanism}` : ''}.` : gdpr.transfersOutsideEEA === false ? ' Data is not transferred outside the EEA.' : '';
    parts.push(html`<h3>Privacy</h3><p>For the data it processes for customers, ${app.vendor ?? 'the vendor'} acts as ${GDPR_ROLE[gdpr.role]} under the GDPR.${transfer}</p>`);
  }
  if (certifications === 'none') parts.push(html`<h3>Certifications</h3><p>${app.vendor ?? 'The vendor'} does not currently claim external security certifications for this app.</p>`);
  else if (certifications?.length) {
    parts.push(html`<h3>Certifications</h3><ul>${certifications.map((c) => (typeof c === 'string' ? html`<li>${c}</li>` : html`<li>${c.name}${c.scope ? html` <span class="muted">(${c.scope})</span>` : ''}</li>`))}</ul>`);
  }
  if (parts.length === 0) return null;
  return { id: 'security', title: 'Incident and vulnerability policy', body: html`<p>What ${app.vendor ?? 'the vendor'} commits to ${sourceBadge('vendor')}</p>${parts}` };
}

function reportTo({ profile }: DocumentInput): Rich | null {
  const email = profile.contacts?.securityEmail ?? (profile.program?.disclosure?.contact?.includes('@') ? profile.program.disclosure.contact : undefined);
  if (email) return ['Report a security issue to ', linkInline(email, `mailto:${email}`), '.'];
  const url = profile.program?.disclosure?.contact ?? profile.contacts?.securityPolicyUrl;
  return url ? ['Report a security issue as described at ', linkInline(url, url), '.'] : null;
}

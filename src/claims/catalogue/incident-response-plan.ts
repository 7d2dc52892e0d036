import { defineOrganisational } from '../organisational.ts';
import { gapInClause, phrase } from '../phrases.ts';

export default defineOrganisational({
  id: 'incident-response-plan',
  title: 'Incident response plan',
  description: 'A documented incident response plan with escalation procedures.',
  phrasings: [
    phrase`\bincident\s+response\s+(?:plan|process|procedures?|team)\b`,
    phrase`\bescalation\s+procedures?\b`,
    phrase`\bincident\s+(?:response\s+)?(?:runbooks?|playbooks?)\b`,
    phrase`^incident\s+(?:handling|management|response)$`,
    // "Suspected incidents follow a written runbook", "Incidents are handled according to a documented playbook"
    phrase`\bincidents?\b${gapInClause(50)}\b(?:written|documented)\s+(?:runbooks?|playbooks?|plans?|procedures?|process)\b`,
  ],
  examples: [
    'DataPingo maintains a comprehensive incident response plan:',
  ],
});

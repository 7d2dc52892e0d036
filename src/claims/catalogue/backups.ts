import { defineOrganisational } from '../organisational.ts';
import { firstLine, gap, NOT, phrase } from '../phrases.ts';

const BACKUP = /\bback(?:ups?|ed\s+up|\s+up)\b/i;
const WHERE_DENIED = phrase`${NOT}${gap(40)}\b(?:outside|beyond)\b`;
/** "Backups are never kept outside Germany" says where backups are, which data-region reads; "We back up daily and never keep backups outside the EU" still says they are made. */
const onlyWhere = (sentence: string): boolean => {
  const clauses = firstLine(sentence).split(/[,;]|\band\b/).filter((c) => BACKUP.test(c));
  return clauses.length > 0 && clauses.every((c) => WHERE_DENIED.test(c));
};

/** "When the app is uninstalled, all backups for that site are deleted": the app's own copies, gone with it (data-deleted-on-uninstall), no backup policy. */
const ON_UNINSTALL = /^(?:when|after|once|if|upon|on)\b[^,.;]*\buninstall(?:s|ed|ing|ation)?\b[^.;]*,[^.;]*\b(?:deleted|removed|purged|erased)\b/i;

export default defineOrganisational({
  id: 'backups',
  title: 'Backups and recovery objectives',
  description: 'Data is backed up, with recovery time (RTO) and recovery point (RPO) objectives.',
  phrasings: [
    phrase`\bback(?:ups?|ed\s+up)\b`,
    // "We back up the database every night"; not "the queue backs up".
    phrase`\bback(?:s|ing)?\s+up\s+(?:the|our|its|your|all|every|each|data|databases?|everything)\b`,
    phrase`\bRTO\b`,
    phrase`\bRPO\b`,
    phrase`\brecovery\s+(?:time|point)\s+objective\b`,
    phrase`\bdisaster\s+recovery\b`,
  ],
  params: (sentence) => (onlyWhere(sentence) || ON_UNINSTALL.test(firstLine(sentence)) ? null : {}),
  examples: [
    'Recovery Time Objective (RTO): 4 hours',
    'Automated backup systems with 99.9% durability',
  ],
});

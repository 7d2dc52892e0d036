import { defineClaim, outcome } from '../define.ts';
import { places } from '../evidence.ts';
import { gap, NOT, phrase } from '../phrases.ts';
import { remoteUrl } from '../realms.ts';

export default defineClaim({
  id: 'no-remotes',
  title: 'No Forge remotes',
  description:
    'The manifest declares no `remotes` and the code calls none with `invokeRemote` or, in a front end, `requestRemote`. A Connect app\'s base URL counts as a remote: the app runs on a server outside Atlassian.',
  decidedBy: 'code',
  phrasings: [
    phrase`${NOT}${gap(40)}\b(?:declare|use|define|have|call)s?\b${gap(30)}\bremotes?\b`,
    // "there is no remote, no webhook receiver ..." (a bare "remote", not "no remote back end")
    phrase`\bno\s+(?:Forge\s+|external\s+)?(?:remotes\b|remote(?=\s*(?:[,;.:)]|and\b|or\b|$)))`,
  ],
  examples: ['The current app version does not declare external remotes or external egress.'],
  messages: {
    verified: 'The manifest declares no remotes and no code calls invokeRemote.',
    remote: 'The app declares {{what}} ({{where}}).',
    invoke: 'The code calls a remote with invokeRemote or requestRemote ({{where}}).',
  },
  verify(_params, { facts }) {
    const remotes = facts.egress.remotes;
    if (remotes.length > 0) {
      const first = remotes[0]!;
      const what = first.key === 'baseUrl' ? `a Connect base URL, ${remoteUrl(first)}` : `the remote ${first.key}`;
      return outcome('contradicted', 'remote', remotes.map((r) => r.evidence), { what, where: places(remotes.map((r) => r.evidence)) });
    }
    const invoked = facts.egress.calls.filter((c) => c.client === 'invokeRemote' || c.client === 'requestRemote');
    if (invoked.length > 0) return outcome('contradicted', 'invoke', invoked.map((c) => c.evidence), { where: places(invoked.map((c) => c.evidence)) });
    return outcome('verified', 'verified');
  },
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFrames, type Frame } from '../../src/claims/frames.ts';
import { recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';

const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const idsIn = (sentence: string): string[] => recogniseText(sentence, { ...source, text: sentence }).map((r) => r.claim.id).sort();
const paramsIn = (sentence: string, id: string) => recogniseText(sentence, { ...source, text: sentence }).find((r) => r.claim.id === id)?.params;
const sorted = (set: ReadonlySet<string>): string[] => [...set].sort();
const only = (sentence: string): Frame => {
  const frames = readFrames(sentence);
  assert.equal(frames.length, 1, `one clause in ${sentence}`);
  return frames[0]!;
};

describe('reading a clause by its parts', () => {
  it('puts each form of a verb in its class', () => {
    assert.deepEqual(sorted(only('Nothing is kept, transferred, logged, sold or overwritten.').denied), ['edit', 'log', 'sell', 'send', 'store']);
    assert.deepEqual(sorted(only('We never copy, disclose or collect anything.').denied), ['collect', 'share', 'store']);
    assert.deepEqual(sorted(only('No personal information is recorded or made available.').denied), ['share', 'store']);
  });

  it('denies only the verbs after the negation, or the one just before "no" or "nothing"', () => {
    assert.deepEqual(sorted(only('Issues the app keeps are never modified.').denied), ['edit']);
    assert.deepEqual(sorted(only('The app stores no data.').denied), ['store']);
    assert.deepEqual(sorted(only('The app stores your settings.').denied), []);
  });

  it('reads a negation set off by commas as denying only the party it names', () => {
    assert.deepEqual(sorted(only('Atlassian, not us, is responsible for storing your Jira issues.').denied), []);
    assert.deepEqual(idsIn('Your data is kept in Forge, not on our servers, at all times.'), ['no-customer-content-outside-atlassian']);
  });

  it('ends the negation at a contrast or a new subject', () => {
    assert.deepEqual(sorted(only('We do not sell data and we store it on our servers.').denied), ['sell']);
    const [first, second] = readFrames('Nothing is shared, but settings are stored.');
    assert.deepEqual(sorted(first!.denied), ['share']);
    assert.deepEqual(sorted(second!.denied), []);
  });

  it('names the data: at large, End-User Data by name, personal data, content, secrets', () => {
    assert.deepEqual(sorted(only('We do not store data.').data), ['any']);
    assert.deepEqual(sorted(only('We do not store customer data.').data), ['any', 'customer']);
    assert.deepEqual(sorted(only('We do not store e-mail addresses or account IDs.').data), ['personal']);
    assert.deepEqual(sorted(only('We do not store page bodies or comments.').data), ['content']);
    assert.deepEqual(sorted(only('We do not store API tokens.').data), ['secret']);
    assert.deepEqual(sorted(only('The app does not store End-User Data.').data), ['customer']);
  });

  it('names the place: third parties, our servers, outside Atlassian, logs, a region', () => {
    assert.deepEqual(sorted(only('Nothing goes to any outside service provider.').places), ['third-party']);
    assert.deepEqual(sorted(only('Nothing goes to any other company or outside party.').places), ['third-party']);
    assert.deepEqual(sorted(only('Nothing is kept on infrastructure we run.').places), ['ours']);
    assert.deepEqual(sorted(only('Nothing is sent to third-party servers.').places), ['ours']);
    assert.deepEqual(sorted(only('Nothing leaves the Atlassian cloud for the internet.').places), ['outside']);
    assert.deepEqual(sorted(only('Nothing is written to application logs.').places), ['logs']);
    assert.deepEqual(sorted(only('Data is not stored in the EU.').places), ['region']);
    assert.deepEqual(sorted(only('We never store data on removable media.').places), ['device']);
  });

  it('reads "log" after a determiner or a preposition as a noun, the place; in a list of verbs as a verb', () => {
    assert.deepEqual(sorted(only('History stays on the issue, with no external log storage.').denied), []);
    assert.deepEqual(sorted(only('We do not log issue text.').denied), ['log']);
    const listed = only('We do not store, log or share End-User Data.');
    assert.deepEqual(sorted(listed.denied), ['log', 'share', 'store']);
    assert.deepEqual(sorted(listed.places), []);
    assert.deepEqual(sorted(only('We never write issue content to logs.').places), ['logs']);
    assert.deepEqual(sorted(only('Logs never leave the platform.').places), ['logs']);
  });

  it('reads "ends up in" as a write, and "keeps … out of" as a denial of keeping there', () => {
    assert.deepEqual(sorted(only('No customer data ends up in our logs.').denied), ['write']);
    assert.deepEqual(sorted(only('We keep End-User Data out of our logs.').denied), ['store']);
    assert.deepEqual(sorted(only('We keep End-User Data in Forge storage.').denied), []);
  });

  it('reads "anyone\'s" as whose, not as a third party, and a display name as personal data', () => {
    const frame = only("We don't retain anyone's display name.");
    assert.deepEqual(sorted(frame.places), []);
    assert.deepEqual(sorted(frame.data), ['personal']);
    assert.deepEqual(sorted(only('We do not share data with anyone.').places), ['third-party']);
  });

  it('reads "any content" as data at large, "page content" as content', () => {
    assert.deepEqual(sorted(only('The macro does not save any content or settings.').data), ['any']);
    assert.deepEqual(sorted(only('The macro does not save any page content.').data), ['content']);
  });

  it('reads "anywhere" and "nowhere" as no place at all, "your site" as the customer\'s Atlassian, an outside server as one outside it', () => {
    const anywhere = only('The app does not send your issue data anywhere.');
    assert.deepEqual(sorted(anywhere.denied), ['send']);
    assert.deepEqual(sorted(anywhere.places), ['anywhere']);
    const nowhere = only('Your data is sent nowhere.');
    assert.deepEqual(sorted(nowhere.denied), ['send']);
    assert.deepEqual(sorted(nowhere.places), ['anywhere']);
    assert.deepEqual(sorted(only('Nothing is stored anywhere else.').places), ['outside']);
    assert.deepEqual(sorted(only('No customer data is kept on any other servers.').places), ['outside']);
    assert.deepEqual(sorted(only('Each answer is saved as an issue property.').places), ['atlassian']);
    assert.deepEqual(sorted(only('Your data stays in your site.').places), ['atlassian']);
    assert.deepEqual(sorted(only('Nothing is kept outside your cloud instance.').places), ['outside']);
    assert.deepEqual(sorted(only('The app does not connect to outside servers.').places), ['ours']);
  });

  it('reads a verb of staying as affirmed only when a place follows it, and requests and calls as traffic', () => {
    const stays = only('Your data remains entirely within your Jira site.');
    assert.deepEqual(sorted(stays.affirmed), ['stay']);
    assert.equal(stays.traffic, false);
    assert.deepEqual(sorted(only('Your data remains encrypted in Jira.').affirmed), []);
    assert.equal(only('All requests stay within Atlassian.').traffic, true);
    assert.equal(only('Customer requests stay in your service project.').traffic, false);
  });

  it('does not read what people can or cannot do with the app as the app\'s doing', () => {
    assert.deepEqual(readFrames('Users cannot send pages anywhere from the app.'), []);
    assert.deepEqual(readFrames('Admins are not able to export data outside Atlassian.'), []);
    assert.deepEqual(sorted(only('Users are never tracked by the app.').denied), ['collect']);
  });

  it('reads "other than Atlassian" after a server as a place outside Atlassian', () => {
    assert.deepEqual(sorted(only("The app does not contact any server other than Atlassian's APIs.").places), ['outside']);
  });

  it('splits clauses, and a clause that names no data takes the data named before it', () => {
    const frames = readFrames('Page content is fetched on demand, never stored, and never sent to third parties.');
    assert.equal(frames.length, 3);
    assert.deepEqual(sorted(frames[2]!.data), ['content']);
    assert.deepEqual(sorted(frames[2]!.places), ['third-party']);
    const [, them] = readFrames('Pages are only read; the app never writes to them.');
    assert.deepEqual(sorted(them!.objects), ['page']);
  });

  it('does not read a clause that refers back ("no other", "nothing else") or limits its denial to a time, a manner or a condition', () => {
    assert.deepEqual(readFrames('No other Jira data is stored anywhere.'), []);
    assert.deepEqual(readFrames('No page is created until you press Publish.'), []);
    assert.deepEqual(readFrames('We do not keep your data longer than 30 days.'), []);
    assert.deepEqual(readFrames('We do not store data in plain text.'), []);
    assert.deepEqual(readFrames('We never share your data without your consent.'), []);
    assert.deepEqual(readFrames('We do not keep data after 30 days.'), []);
    assert.deepEqual(readFrames('The app stores no more data than it needs.'), []);
    assert.deepEqual(readFrames('Data is not retained once you close your account.'), []);
  });

  it('reads "after the report is drawn", "once the page is rendered" as the end of the request, with no data of its own', () => {
    const frame = only('No information is retained by the app once the page is rendered.');
    assert.deepEqual(sorted(frame.denied), ['store']);
    assert.deepEqual(sorted(frame.data), ['any']);
    assert.deepEqual(sorted(frame.objects), []);
    assert.deepEqual(sorted(only('Ticket summaries are not retained after the report is drawn.').denied), ['store']);
  });

  it('reads a 300,000-letter word as one word', () => {
    const frames = readFrames(`We do not store ${'a'.repeat(300_000)} data.`);
    assert.deepEqual(sorted(frames[0]!.denied), ['store']);
    assert.deepEqual(readFrames(`Atlassian, not ${'a'.repeat(300_000)} us, stores no more ${'b'.repeat(300_000)} than it needs.`), []);
    const ended = readFrames(`We do not keep data once the ${'a'.repeat(300_000)} ${'b'.repeat(300_000)} is rendered.`);
    assert.deepEqual(sorted(ended[0]!.denied), ['store']);
  });
});

/** Sentences of bench/claims/probes.json (DEV half) that only the parts recognise. */
const probes: Array<[string, string[]]> = [
  ['Nothing you enter in the app is saved anywhere.', ['no-data-stored']],
  ['Data is never persisted by the application.', ['no-data-stored']],
  ['None of the user\'s personal details are retained.', ['no-personal-data-stored']],
  ['We never store the text of your pages.', ['no-page-content-stored']],
  ['We never keep customer content on infrastructure we run.', ['no-customer-content-outside-atlassian']],
  ['The app does not save issue data to any external database.', ['no-customer-content-outside-atlassian']],
  ['Page text is never written to application logs.', ['no-end-user-data-in-logs']],
  ['Issue content is not forwarded to any outside service provider.', ['no-end-user-data-to-third-parties']],
  ['We don\'t send anything to our own servers.', ['no-egress']],
  ['We do not receive any of your data.', ['no-egress']],
  ['The app doesn\'t rely on a backend outside Atlassian.', ['no-external-backend']],
  ['The app is read-only and never alters your work items.', ['no-content-create-edit-delete']],
  ['No data is stored on our servers and nothing is shared with third parties.', ['no-customer-content-outside-atlassian', 'no-end-user-data-to-third-parties']],
  // and what they do not claim
  ['Atlassian stores your data in its own data centres.', []],
  ['No page is created until you press Publish.', []],
  ['We do not store data except the settings you choose.', []],
  ['Our staff never share passwords over chat.', []],
  ['We never write issue content to logs.', ['no-end-user-data-in-logs']],
  // a sale is no call in the code; "this data" is the data named before
  ['We do not sell customer data or use it for advertising.', []],
  ['The app uses this data while it works and does not store it.', []],
  ['We don\'t operate servers in China.', []],
  ['Jira issues are not modified, only labelled.', []],
  // the first round's misses
  ['We do not store, log or share End-User Data.', ['no-data-stored', 'no-end-user-data-in-logs']],
  ['No information is retained by the app once the page is rendered.', ['no-data-stored']],
  ['No customer data ends up in our logs.', ['no-end-user-data-in-logs']],
  ['We keep End-User Data out of our logs.', ['no-end-user-data-in-logs']],
  ["The app does not contact any server other than Atlassian's APIs.", ['no-egress']],
  ['The macro does not save any content or settings.', ['no-data-stored']],
  ['No outside party ever receives your data.', ['no-end-user-data-to-third-parties']],
  ['There is no hosted component on our side whatsoever.', ['no-external-backend']],
  ['Logs produced by the app never include e-mail addresses or account IDs.', ['no-end-user-data-in-logs']],
  ['Our database contains no personal data.', ['no-customer-content-outside-atlassian']],
  // a relative clause describes the data ("data we do not hold"); what Atlassian does is not the app's
  ['We cannot disclose data we do not hold.', []],
  ['The vendor has no access to data it does not store.', []],
  ['We do not store data we receive from Jira.', ['no-data-stored']],
  ['Page history is not changed by Atlassian when the app is removed.', []],
  // what logs contain is no edit of the content they name
  ['Diagnostic logs never include the content of your tickets.', ['no-end-user-data-in-logs']],
  ['Customer data is not made available to third parties.', ['no-end-user-data-to-third-parties']],
  // an exception other than Atlassian's own services still re-opens the claim
  ['The app does not contact any server other than our licence server.', []],
  // non-native English: plurals of uncountable nouns, other firms, "on our side", "AI trainings"
  ['We do not store any datas of customers.', ['no-data-stored']],
  ['Customer data is never sent to other firms.', ['no-end-user-data-to-third-parties']],
  ['Your information is not kept on our side.', ['no-customer-content-outside-atlassian']],
  ['Content of your tickets is never used for AI trainings.', ['no-ai-training']],
  ['The app does not transfer data out of Atlassian.', ['no-egress']],
  // logs that are kept, or named by what they are, are a place, not what is kept or edited
  ['We do not keep logs with user data.', ['no-end-user-data-in-logs']],
  ['Page content never appears in the console logs we collect.', ['no-end-user-data-in-logs']],
  // a negation ends at ", so"; a condition, a relative clause's denial and a user's action deny nothing the app does
  ['The app has no offline mode, so it transmits each change to our server.', []],
  ["The app doesn't store data if you use the trial version.", []],
  ['Page content that the user does not publish is kept in a draft.', []],
  ["Archiving a space does not remove the app's labels from its pages.", []],
  // sent nowhere: no egress; personal data sent nowhere does not leave Atlassian
  ["The app doesn't transmit your page content anywhere.", ['no-egress']],
  ['Nothing the app reads is sent anywhere.', ['no-egress']],
  ['Your data goes nowhere.', ['no-egress']],
  ['Account IDs are not sent anywhere.', ['no-personal-data-leaves-atlassian']],
  ['Timesheets are never forwarded anywhere.', ['no-egress']],
  // one kind of content sent nowhere says nothing of the rest: no egress needs all the data
  ['Issue comments are not sent anywhere.', []],
  ['Issue comments are not sent to our servers.', []],
  ['The app does not send attachments anywhere.', []],
  ['Nothing is sent anywhere.', ['no-egress']],
  ['The app does not send any data anywhere.', ['no-egress']],
  ['Your data is never sent anywhere.', ['no-egress']],
  ['The app does not send reminders anywhere other than Jira.', []],
  ['We do not send data anywhere until an admin turns on the Slack integration.', []],
  ['Nothing you enter in the app is saved anywhere.', ['no-data-stored']],
  // leaving the customer's site, by its names
  ['Issue data never leaves your Jira instance.', ['no-egress', 'storage-only-atlassian']],
  ['Your data does not leave your Confluence site.', ['no-egress']],
  // staying in the customer's Atlassian: data is kept there; requests and calls go nowhere else
  ['Everything you create in the app remains in your site.', ['storage-only-atlassian']],
  ['Your information stays within your cloud instance.', ['storage-only-atlassian']],
  ['All API traffic remains inside your Atlassian site.', ['no-egress']],
  ['Every network call stays within Atlassian.', ['no-egress']],
  ['Customer data remains encrypted inside Jira.', []],
  ['Your page content stays in Confluence.', []],
  ['Requests stay in the approval queue until a manager signs off.', []],
  ['Your draft stays in your browser.', []],
  // a store named as the only one: nothing kept outside Forge storage
  ["We persist nothing beyond Forge's hosted storage.", ['no-customer-content-outside-atlassian', 'storage-only-atlassian']],
  ["No customer data is saved outside the app's Forge storage.", ['no-customer-content-outside-atlassian', 'storage-only-atlassian']],
  ['Nothing is stored outside Atlassian.', ['no-customer-content-outside-atlassian']],
  ['Nothing is kept outside Forge storage except the licence cache.', []],
  // people's doing, not the app's
  ['Users cannot send pages anywhere from the app.', []],
  ['Users cannot share pages with third parties from the app.', []],
  // a place named by a pronoun is the one named before it
  ['Debug logs carry request IDs only; account IDs and page titles are never written into them.', ['no-end-user-data-in-logs']],
  // a store of Atlassian's named, then no other: in the same clause, or in the next one
  ['Tempo Notes saves each template and reminder in the Forge storage of your Confluence site, and nothing is copied to systems operated by us.', ['no-customer-content-outside-atlassian', 'storage-only-atlassian']],
  ["The widget's configuration, down to the colours you pick, lives in Forge's key-value store and nowhere else.", ['only-forge-kv', 'storage-only-atlassian']],
  ['Page summaries sit in Confluence and nowhere else.', []],
  ['Release Notes keeps its drafts in Forge storage, but copies are written to servers run by us.', []],
];

describe('claims recognised by their parts', () => {
  for (const [sentence, ids] of probes) it(sentence, () => assert.deepEqual(idsIn(sentence), ids));

  it('carries the params of the claim it maps to', () => {
    assert.deepEqual(paramsIn('No issue is ever updated or deleted by the app.', 'no-content-create-edit-delete'), { object: 'issue', actions: ['edit', 'delete'] });
    assert.deepEqual(paramsIn('Existing pages are never overwritten.', 'no-content-create-edit-delete'), { object: 'page', actions: ['edit'] });
    assert.deepEqual(paramsIn('The app neither writes to nor deletes from your Confluence spaces.', 'no-content-create-edit-delete'), { object: 'page', actions: ['edit', 'delete'] });
    assert.deepEqual(paramsIn('Account IDs are looked up at runtime and are never written to storage.', 'no-personal-data-stored'), { kinds: ['account-id'] });
    assert.deepEqual(paramsIn('Personal information is never disclosed to outside companies.', 'no-end-user-data-to-third-parties'), { kinds: ['account-id', 'email', 'display-name', 'ip-address', 'phone-number'] });
    assert.deepEqual(paramsIn("We don't retain anyone's display name.", 'no-personal-data-stored'), { kinds: ['display-name'] });
    // "write to Confluence pages" edits pages; "write to Confluence" changes anything in it
    assert.deepEqual(paramsIn('The app does not write to Confluence pages.', 'no-content-create-edit-delete'), { object: 'page', actions: ['edit'] });
  });
});

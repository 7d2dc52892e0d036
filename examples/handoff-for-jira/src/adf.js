// Atlassian Document Format bodies for the audit-trail comments.
// https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/

const text = (value, marks) => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const mention = (accountId, displayName) => ({
  type: 'mention',
  attrs: { id: accountId, text: `@${displayName}` },
});
const link = (label, href) => text(label, [{ type: 'link', attrs: { href } }]);
const doc = (...paragraphs) => ({ type: 'doc', version: 1, content: paragraphs });
const paragraph = (...content) => ({ type: 'paragraph', content });

export function handoffCreatedComment({ sender, recipient, note, queueUrl }) {
  const lead = [text('🔁 Handed off by '), mention(sender.accountId, sender.displayName)];
  if (recipient) lead.push(text(' to '), mention(recipient.accountId, recipient.displayName));
  lead.push(text(' via '), link('the handoff queue', queueUrl), text('.'));
  const blocks = [paragraph(...lead)];
  if (note) blocks.push({ type: 'blockquote', content: [paragraph(text(note))] });
  return doc(...blocks);
}

export function handoffAcceptedComment({ acceptor, sender, queueUrl }) {
  return doc(
    paragraph(
      text('✅ '),
      mention(acceptor.accountId, acceptor.displayName),
      text(' picked up the handoff from '),
      mention(sender.accountId, sender.displayName),
      text(' ('),
      link('queue', queueUrl),
      text(').'),
    ),
  );
}

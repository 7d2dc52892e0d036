import Resolver from '@forge/resolver';
import { licensed } from './license.js';
import { addComment, getDisplayName, getIssue, getProject, searchQueueIssues } from './jira.js';
import { handoffAcceptedComment, handoffCreatedComment } from './adf.js';
import {
  addIssueHandoff,
  getHandoff,
  getIssueHandoffIds,
  getQueue,
  getTeam,
  handoffKey,
  saveHandoff,
  setQueue,
  setTeam,
  trackAccount,
} from './store.js';

const APP_ID = 'b64e8d8a-a3f6-4692-8c1b-279f0c30b74b';
const MAX_NOTE_LENGTH = 1000;

const resolver = new Resolver();

const queueUrl = (context, projectKey) =>
  `${context.siteUrl}/jira/software/projects/${projectKey}/apps/${APP_ID}/${context.environmentId}`;

const loadHandoffs = async (ids) => (await Promise.all(ids.map(getHandoff))).filter(Boolean);

resolver.define(
  'getIssueHandoffs',
  licensed(async ({ context }) => {
    const { issue, project } = context.extension;
    const [handoffs, team] = await Promise.all([
      loadHandoffs(await getIssueHandoffIds(issue.key)),
      getTeam(project.key),
    ]);
    return { handoffs, members: team.members };
  }),
);

resolver.define(
  'createHandoff',
  licensed(async ({ payload, context }) => {
    const issueKey = context.extension.issue.key;
    const issue = await getIssue(issueKey); // also proves the user can see the issue
    const projectKey = issue.fields.project.key;
    const team = await getTeam(projectKey);
    const toAccountId = payload.toAccountId || null;
    if (toAccountId && !team.members.includes(toAccountId)) {
      throw new Error('The recipient is not a member of this project’s handoff team.');
    }

    const sender = { accountId: context.accountId, displayName: await getDisplayName(context.accountId) };
    const recipient = toAccountId ? { accountId: toAccountId, displayName: await getDisplayName(toAccountId) } : null;
    const handoff = {
      id: crypto.randomUUID(),
      issueKey,
      projectKey,
      note: String(payload.note ?? '').slice(0, MAX_NOTE_LENGTH),
      from: sender,
      to: toAccountId ? { accountId: toAccountId } : null,
      status: 'pending',
      createdAt: new Date().toISOString(),
    };

    await saveHandoff(handoff);
    await trackAccount(sender.accountId, handoffKey(handoff.id), sender.displayName);
    if (toAccountId) await trackAccount(toAccountId, handoffKey(handoff.id));
    await addIssueHandoff(issueKey, handoff.id);
    const queue = await getQueue(projectKey);
    await setQueue(projectKey, [...queue.pending, handoff.id]);

    await addComment(
      issueKey,
      handoffCreatedComment({ sender, recipient, note: handoff.note, queueUrl: queueUrl(context, projectKey) }),
    );
    return handoff;
  }),
);

resolver.define(
  'getQueue',
  licensed(async ({ context }) => {
    const projectKey = context.extension.project.key;
    const [project, queue, team] = await Promise.all([getProject(projectKey), getQueue(projectKey), getTeam(projectKey)]);
    const handoffs = await loadHandoffs(queue.pending);
    const issues = await searchQueueIssues([...new Set(handoffs.map((handoff) => handoff.issueKey))]);
    const byKey = new Map(issues.map((issue) => [issue.key, issue.fields]));
    return {
      projectName: project.name,
      members: team.members,
      items: handoffs.map((handoff) => ({ ...handoff, issue: byKey.get(handoff.issueKey) ?? null })),
    };
  }),
);

resolver.define(
  'acceptHandoff',
  licensed(async ({ payload, context }) => {
    const handoff = await getHandoff(payload.handoffId);
    if (!handoff || handoff.status !== 'pending') throw new Error('This handoff is no longer pending.');
    if (handoff.to && handoff.to.accountId !== context.accountId) {
      throw new Error('This handoff is addressed to someone else.');
    }

    const acceptor = { accountId: context.accountId, displayName: await getDisplayName(context.accountId) };
    const accepted = { ...handoff, status: 'accepted', acceptedBy: acceptor.accountId, acceptedAt: new Date().toISOString() };
    await saveHandoff(accepted);
    await trackAccount(acceptor.accountId, handoffKey(handoff.id));
    const queue = await getQueue(handoff.projectKey);
    await setQueue(handoff.projectKey, queue.pending.filter((id) => id !== handoff.id));

    await addComment(
      handoff.issueKey,
      handoffAcceptedComment({ acceptor, sender: handoff.from, queueUrl: queueUrl(context, handoff.projectKey) }),
    );
    return accepted;
  }),
);

resolver.define(
  'saveTeam',
  licensed(async ({ payload, context }) => {
    const projectKey = context.extension.project.key;
    await getProject(projectKey); // the user must be able to browse the project
    const members = [...new Set((payload.members ?? []).filter((id) => typeof id === 'string' && id))];
    await setTeam(projectKey, members);
    await Promise.all(members.map((accountId) => trackAccount(accountId, `team:${projectKey}`)));
    return { members };
  }),
);

export const handler = resolver.getDefinitions();

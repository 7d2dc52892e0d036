// The playbook's templates ship inside the app bundle. Users copy them into their own pages;
// the app never reads or writes Confluence content.

export const CATEGORIES = [
  { id: 'plan', name: 'Plan' },
  { id: 'launch', name: 'Launch' },
  { id: 'run', name: 'Run' },
  { id: 'review', name: 'Review' },
];

export const TEMPLATES = [
  {
    id: 'campaign-brief',
    category: 'plan',
    title: 'Campaign brief',
    summary: 'One page that states the goal, audience, offer, channels and budget before work starts.',
    tags: ['brief', 'goals', 'budget', 'audience'],
    body: `# Campaign brief: <campaign name>

## Goal
- Business objective:
- Primary KPI and target:
- Secondary KPIs:

## Audience
- Segment(s):
- What they need to hear:
- Exclusions:

## Offer and message
- Core message (one sentence):
- Proof points:
- Call to action:

## Channels and budget
| Channel | Owner | Budget | Start | End |
|---|---|---|---|---|
| | | | | |

## Approvals
- Marketing lead:
- Legal / compliance:
- Finance:
`,
  },
  {
    id: 'channel-plan',
    category: 'plan',
    title: 'Channel plan',
    summary: 'Per-channel cadence, assets and owners, with the dependencies between them.',
    tags: ['channels', 'cadence', 'assets', 'owners'],
    body: `# Channel plan: <campaign name>

| Channel | Format | Cadence | Assets needed | Owner | Due |
|---|---|---|---|---|---|
| Email | | | | | |
| Paid social | | | | | |
| Search | | | | | |
| Website | | | | | |
| Partners | | | | | |

## Dependencies
- Asset X is needed before channel Y can start:

## Tracking
- UTM convention: utm_source=<channel>&utm_medium=<format>&utm_campaign=<campaign-id>
- Dashboard owner:
`,
  },
  {
    id: 'launch-checklist',
    category: 'launch',
    title: 'Launch readiness checklist',
    summary: 'Go / no-go checks for the day before launch: links, tracking, approvals, rollback.',
    tags: ['launch', 'checklist', 'go-live', 'qa'],
    body: `# Launch readiness: <campaign name>

Launch date and time (with time zone):
Launch owner:

## Go / no-go
- [ ] All landing page links resolve and carry the right UTM parameters
- [ ] Forms submit and land in the right list
- [ ] Tracking events fire in the analytics debugger
- [ ] Email seed list received the final send, on desktop and mobile
- [ ] Legal and brand approvals recorded
- [ ] Paid budgets and caps set
- [ ] Support team briefed; FAQ published
- [ ] Rollback plan agreed (see below)

## Rollback plan
- Who can pause each channel:
- How to revert the landing page:
- Who informs stakeholders:
`,
  },
  {
    id: 'launch-day-runbook',
    category: 'launch',
    title: 'Launch day runbook',
    summary: 'Hour-by-hour plan for launch day with owners, checks and an escalation path.',
    tags: ['launch', 'runbook', 'escalation'],
    body: `# Launch day runbook: <campaign name>

| Time | Step | Owner | Check | Done |
|---|---|---|---|---|
| T-60 min | Final link and tracking check | | | |
| T-0 | Publish landing page | | | |
| T+0 | Send email wave 1 | | | |
| T+15 min | Turn on paid channels | | | |
| T+60 min | First metrics review | | | |

## Escalation
1. Channel owner
2. Launch owner
3. Marketing lead

Status updates go to: <channel or page>
`,
  },
  {
    id: 'weekly-performance',
    category: 'run',
    title: 'Weekly performance review',
    summary: 'A short weekly read-out: numbers against target, what changed, what we do next.',
    tags: ['reporting', 'weekly', 'kpi', 'optimisation'],
    body: `# Weekly performance review: <campaign name>, week <n>

## Numbers
| KPI | Target | This week | Last week | Trend |
|---|---|---|---|---|
| | | | | |

## What changed
-

## Decisions
| Decision | Owner | By when |
|---|---|---|
| | | |

## Risks
-
`,
  },
  {
    id: 'issue-comms',
    category: 'run',
    title: 'Campaign issue communication',
    summary: 'What to tell stakeholders when a send, link or offer goes wrong mid-campaign.',
    tags: ['issue', 'communication', 'stakeholders', 'correction'],
    body: `# Campaign issue: <short description>

Status: Investigating / Mitigated / Resolved
Owner:
First noticed (date, time, time zone):

## What happened
-

## Who is affected
- Audience / segment:
- Approximate reach:

## What we did
-

## Correction to customers (if any)
Subject:
Message:

## Next update
- When:
- Where:
`,
  },
  {
    id: 'retrospective',
    category: 'review',
    title: 'Post-campaign retrospective',
    summary: 'Results against the brief, what worked, what to change, and the follow-up actions.',
    tags: ['retrospective', 'results', 'lessons'],
    body: `# Retrospective: <campaign name>

## Results against the brief
| KPI | Target | Result |
|---|---|---|
| | | |

## What worked
-

## What to change next time
-

## Actions
| Action | Owner | Due |
|---|---|---|
| | | |
`,
  },
];

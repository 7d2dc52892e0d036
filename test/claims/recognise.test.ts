import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { recogniseClaims, recogniseText } from '../../src/claims/recognise.ts';
import type { ClaimSource } from '../../src/claims/types.ts';
import { readStatement } from '../../src/statement/read.ts';

const EXAMPLES = path.resolve(import.meta.dirname, '../../examples');
const source: ClaimSource = { kind: 'statement', file: 'statement.txt', line: 1, column: 1, text: '' };
const idsIn = (sentence: string): string[] => recogniseText(sentence, { ...source, text: sentence }).map((r) => r.claim.id).sort();
const statement = (rel: string) => readStatement(rel, fs.readFileSync(path.join(EXAMPLES, rel), 'utf8'));

/** Sentences from the seed statements (and a few of their opposites) → the claims they make. */
const sentences: Array<[string, string[]]> = [
  // 000, Campaign Operations Playbook
  [
    'The current app version does not operate an external backend, does not request Confluence write scopes, and does not store customer content outside Atlassian systems.',
    ['no-customer-content-outside-atlassian', 'no-external-backend', 'no-write-scopes'],
  ],
  ['The current version does not automatically create, edit, delete, read, export, or analyze customer Confluence pages.', ['no-content-create-edit-delete']],
  ['The app does not store customer content outside Atlassian systems.', ['no-customer-content-outside-atlassian']],
  ['The current app version does not use an external backend service.', ['no-external-backend']],
  ['The current app version does not declare external remotes or external egress.', ['no-egress', 'no-remotes']],
  ['The current app version is designed not to log End-User Data.', ['no-end-user-data-in-logs']],
  ['The app does not require users to provide Atlassian Personal Access Tokens, passwords, or shared secrets.', ['no-pats-or-shared-secrets']],
  ['The current Forge app is intentionally scoped with no Confluence read or write permissions.', ['no-read-scopes', 'no-write-scopes']],
  ['Security reports are reviewed during standard support hours.', ['support-hours']],
  ['The app and supporting build process are reviewed before Marketplace submission.', ['reviewed-before-release']],
  ['InfraFastlane does not currently claim external security certifications for Campaign Operations Playbook for Confluence.', ['certifications']],
  // 000: sentences that mention a topic without claiming it
  ['Future product versions may add additional functionality only where the required permissions are clearly justified, documented, and reflected in the Marketplace listing and privacy/security policy.', []],
  ['Do not include passwords, API tokens, private customer content, or other secrets unless specifically requested through an approved support channel.', []],
  ['This matches the current copy-only product behavior and reduces risk for customer Confluence spaces.', []],
  ['Dependency changes, permission changes, external service additions, and data handling changes should be reviewed before release.', []],
  // 001
  ['It does not operate an external backend, does not declare external egress, and does not request Confluence read or write scopes.', ['no-egress', 'no-external-backend', 'no-read-scopes', 'no-write-scopes']],
  ['If a security incident were to affect the current app version, our communication would reflect that limited runtime model and the actual facts established during investigation.', []],
  ['A security incident is a confirmed or reasonably suspected event involving unauthorized access, unintended exposure, misuse, compromise, or other security-relevant harm affecting the app, its runtime, or potentially customer data.', []],
  // 002, DataPingo
  ["Storage: All app data (queues, handoffs, and team data) is stored exclusively in Atlassian Forge KV Storage — no data leaves Atlassian's cloud infrastructure", ['no-egress', 'only-forge-kv']],
  ['write:jira-work — post ADF comments to Jira issues for handoff audit trails only; the app does not create, edit, or delete issues', ['no-content-create-edit-delete']],
  ["A weekly Forge scheduled trigger reports all stored account IDs to Atlassian's Personal Data Reporting API — handling automatic erasure when an account is closed and display name refresh when a user updates their profile", ['personal-data-reporting']],
  ['Licensing: Access is gated through Atlassian Marketplace licensing — only licensed Jira Cloud users on an active subscription can access the app', ['licensing-enforced']],
  ['Runtime: nodejs24.x on arm64, 256 MB memory — fully managed and sandboxed by Atlassian Forge', ['runtime']],
  ['App ID: b64e8d8a-a3f6-4692-8c1b-279f0c30b74b', ['app-id']],
  ["Read scope only: The app reads the selected template page's content, formatting, macros, and labels in order to generate clones.", []],
  ['No page data is stored by the app — it is read from Confluence, used to create the clones, and immediately discarded', ['no-page-content-stored']],
  ['No personal data stored: The app does not store any Confluence page content, user data, or metadata on external servers', ['no-customer-content-outside-atlassian', 'no-personal-data-stored']],
  ["Compliance with Atlassian's data residency requirements", ['data-residency-supported']],
  ['Customer notification: Within 72 hours of confirmation', ['incident-notification']],
  ['Recovery Time Objective (RTO): 4 hours', ['backups']],
  ['All employees with access to customer data undergo background verification appropriate to their role and local regulations.', ['background-checks']],
  ['Annual security awareness training', ['security-training']],
  ['Data at Rest: AES-256 encryption for stored data', ['encryption-at-rest']],
  ['SOC 2 Type II compliance framework', ['certifications']],
  ['GDPR (General Data Protection Regulation)', ['privacy-law-compliance']],
  ['Regular security assessments and penetration testing', ['penetration-testing']],
  // 003, Accxia
  ['We do not egress customer data to external systems except where explicitly documented in Section 4.', []],
  ['When a customer uninstalls the app, we delete or anonymize associated customer data immediately, except where retention is legally required.', ['data-deleted-on-uninstall']],
  ['The app requests only the minimum OAuth scopes / permissions required for its functionality.', ['least-privilege-scopes']],
  ["Forge apps: The app runs on Atlassian's Forge platform.", []],
  // 004, Skyline
  ["We don't send any identifiers to Stripe - we store payment session details in our DB (Supabase) and match them with the checkout session.", ['payment-processor-no-identifiers']],
  ['Data Residency is supported out of the box by Atlassian Cloud.', ['data-residency-supported']],
  ['Data Residency not supported - data is stored in eu-west-1 region (Dublin, Ireland).', ['data-region']],
  ['Does the app support Data Residency?', []],
  ["Besides that, the app doesn't read classic Confluence pages' content.", []],
  ['See https://www.atlassian.com/trust/security/security-practices#backups', []],
  // denials of sharing data with third parties are about the data, not about using third parties or egress at all
  ['We do not share personal data with third parties.', ['no-end-user-data-to-third-parties']],
  ['We never send End-User Data to third-party services.', ['no-end-user-data-to-third-parties']],
  ['Issue content is never sent to third parties.', ['no-end-user-data-to-third-parties']],
  ['We do not use any third-party services.', ['third-parties-exactly']],
  ['We do not send any data to third-party services.', ['no-egress', 'third-parties-exactly']],
  // positive statements are not their negation
  ['The app requests Confluence write scopes to create pages.', []],
  ['The app stores page content in Forge KVS for faster loading.', []],
  ['The app is Runs on Atlassian eligible.', ['runs-on-atlassian']],
  ['The app is not yet eligible for Runs on Atlassian.', []],
  // statements written for model apps outside the seeds
  ['Application logs contain no End-User Data.', ['no-end-user-data-in-logs']],
  ['We do not store email addresses.', ['no-personal-data-stored']],
  // typographic apostrophes and quotes, as pages copied from a browser have them
  ['We don’t store personal data.', ['no-personal-data-stored']],
  ['The app doesn’t log End‑User Data.', ['no-end-user-data-in-logs']],
  ['We won’t share personal data with third‑party services.', ['no-end-user-data-to-third-parties']],
  ['Ｗｅ ｄｏ ｎｏｔ ｓｔｏｒｅ ｐｅｒｓｏｎａｌ ｄａｔａ．', ['no-personal-data-stored']],
  // passive voice: the data or the user is the subject
  ['Users are never asked for API tokens or passwords.', ['no-pats-or-shared-secrets']],
  ['No customer content is kept outside Atlassian.', ['no-customer-content-outside-atlassian']],
  ['Personal data is never stored by the app.', ['no-personal-data-stored']],
  ['Account IDs and e-mail addresses are never written to our logs.', ['no-end-user-data-in-logs']],
  ['Personal data is never stored in the database.', ['no-personal-data-stored']],
  ['No page content or personal data is shared with sub-processors.', ['no-end-user-data-to-third-parties']],
  // other wordings of the same claims
  ["Customer data never leaves Atlassian's cloud.", ['no-egress', 'storage-only-atlassian']],
  ['The board runs entirely on Forge, with no backend of its own.', ['no-external-backend']],
  ['All boards are stored in Forge storage.', ['storage-only-atlassian']],
  ['Every secret is kept in Forge environment variables.', ['no-secrets-in-source']],
  ['We engage no sub-processors.', ['third-parties-exactly']],
  ['Sub-processors: Heroku (hosting) and Mailgun (e-mail).', ['third-parties-exactly']],
  ['Sub-processors: listed on our website.', []],
  ["Your data remains in the customer's Atlassian data residency region.", ['data-residency-supported']],
  ["Data is not kept in the customer's Atlassian data residency region.", []],
  ['We request only the scopes the app needs.', ['least-privilege-scopes']],
  ['No API keys, tokens or passwords are committed to our repository.', ['no-secrets-in-source']],
  ['Our security programme is reviewed every year.', ['policy-review']],
  ['Merge requests are reviewed by a second developer.', ['secure-development']],
  ['Incident management', ['incident-response-plan']],
  ['Supplier security assessments', ['vendor-risk-management']],
  // wordings vendors use on their own trust pages
  ['The app does not persist any user information.', ['no-personal-data-stored']],
  ["We never store our users' e-mail addresses.", ['no-personal-data-stored']],
  ['Nothing is kept outside of your Atlassian site.', ['no-customer-content-outside-atlassian']],
  // The denial that leaves out its verb reads as "... and never stored on our own servers" does: kept in Atlassian, and only there.
  ['Board data is saved in your Confluence site and never on our own servers.', ['no-customer-content-outside-atlassian', 'storage-only-atlassian']],
  ['Every record stays within your Atlassian Cloud site.', ['storage-only-atlassian']],
  ['The app relies on Forge storage only.', ['storage-only-atlassian']],
  ["The app uses only Forge's key-value store.", ['only-forge-kv']],
  ['The app makes no outgoing HTTP requests.', ['no-egress']],
  ['The add-on does not connect to any external APIs.', ['no-egress']],
  ['No content is transferred outside of Atlassian.', ['no-egress']],
  ['We do not run any servers.', ['no-external-backend']],
  ['There is no self-hosted backend.', ['no-external-backend']],
  ['We never log Jira content.', ['no-end-user-data-in-logs']],
  ['Logs hold timings and status codes, never user content.', ['no-end-user-data-in-logs']],
  ['Issue content is never logged.', ['no-end-user-data-in-logs']],
  ['The app does not rely on any sub-processors.', ['third-parties-exactly']],
  ['The app only needs read access to Confluence.', ['no-write-scopes']],
  ['Access is limited to licensed users of the site.', ['licensing-enforced']],
  ["The app follows Atlassian's personal data reporting guidelines.", ['personal-data-reporting']],
  ['Issue content is never cached by the app.', ['no-page-content-stored']],
  ['We never keep copies of Jira issues.', ['no-page-content-stored']],
  ['Traffic goes only to api.acme.io.', ['egress-only-to']],
  ['All customer data is erased once the add-on is removed.', ['data-deleted-on-uninstall']],
  ['The app is not able to delete your pages.', ['no-content-create-edit-delete']],
  ['Only sites with an active licence can use the app.', ['licensing-enforced']],
  ['Customer data resides only in the EU.', ['data-region']],
  ['Our servers are located in the United States.', ['data-region']],
  ['We are a company based in the US.', []],
  // and their opposites
  ['The app connects to external services such as Slack.', []],
  ['We host our servers in Frankfurt.', []],
  ['We rely on third-party services for e-mail delivery.', []],
  ['The app makes outbound calls to OpenAI.', []],
  ["The app stores your users' email addresses to send digests.", []],
  ['All notes are stored in our PostgreSQL database.', []],
  ['Page content is not stored outside Atlassian.', ['no-customer-content-outside-atlassian']],
  // model apps' statements: Marketplace answers, trust pages, questionnaires, README security sections
  ["Nothing leaves Atlassian's cloud infrastructure.", ['no-egress']],
  ['Your glossary never travels beyond your Atlassian site.', ['no-egress']],
  ['We do not process End-User Data outside of Atlassian.', ['no-egress']],
  ["We don't collect personal data.", ['no-personal-data-stored']],
  ['Diagrams are stored only in Confluence, as page attachments.', ['storage-only-atlassian']],
  ['Settings are kept in Forge hosted storage only.', ['storage-only-atlassian']],
  ['Access requires an active Marketplace subscription.', ['licensing-enforced']],
  ['There is no vendor-operated server behind the app.', ['no-external-backend']],
  ['We do not send personal data to Slack or any other third party.', ['no-end-user-data-to-third-parties', 'no-identifiers-to-vendor']],
  ['We do not share account IDs with analytics providers.', ['no-end-user-data-to-third-parties']],
  ['We never log diagram content or user identifiers.', ['no-end-user-data-in-logs']],
  ['Our logs are limited to request IDs and response times; they never include personal data.', ['no-end-user-data-in-logs']],
  ['Customers never have to hand us API keys, tokens or passwords.', ['no-pats-or-shared-secrets']],
  ['We run npm audit in CI and fix high-severity advisories.', ['secure-development']],
  ['App data is kept in AWS us-east-1.', ['data-region']],
  ['Admin accounts are protected with hardware security keys.', ['mfa']],
  ['Our small team reviews every pull request before it is merged.', ['secure-development']],
  ['OpenAI is the only AI provider we use.', ['ai-providers-and-data']],
  ['No AI services are used.', ['ai-providers-and-data']],
  ['Time Ledger asks for the READ and WRITE scopes only.', ['exact-scopes']],
  ['It only requests read:jira-work and storage:app.', ['exact-scopes']],
  ['No data from your site is transmitted to us or to any third party.', ['no-egress']],
  ['The plugin does not transmit any data to us.', ['no-egress']],
  ['No data handled by the app is sent to a third-party server.', ['no-egress']],
  ['No personal info is stored.', ['no-personal-data-stored']],
  ['None of our apps collect any analytics or personal information.', ['no-personal-data-stored']],
  ['We never store account or profile information.', ['no-personal-data-stored']],
  ['The app keeps nothing on our servers.', ['no-customer-content-outside-atlassian']],
  ['All app data lives in your Jira site.', ['storage-only-atlassian']],
  ['Everything is kept in Forge storage.', ['storage-only-atlassian']],
  ['The app polls the user privacy API weekly and erases closed accounts.', ['personal-data-reporting']],
  ['The app is hosted in the EU (Frankfurt).', ['data-region']],
  ['We only use Forge storage.', ['storage-only-atlassian']],
  ['The app cannot delete issues.', ['no-content-create-edit-delete']],
  ['There are no sub-processors.', ['third-parties-exactly']],
  // and what they do not claim
  ['The app does not use the Personal Data Reporting API.', []],
  ['The app does not support data residency.', []],
  ['We do not delete your data on uninstall.', []],
  ['Customer data is not deleted when the app is uninstalled.', []],
  ['Data is not stored in the EU.', []],
  ['Access is not limited to licensed users.', []],
  ['We cannot guarantee that the app works offline.', []],
  ['The app is available in the US and EU marketplaces.', []],
  ['With the exception of optional AI summaries, no data leaves Atlassian.', []],
  ['The app sends data to us to compute reports.', []],
  ['We never log request identifiers.', []],
  ['We never use customer data to train AI models.', ['no-ai-training']],
  ['The app only uses issue data to build the digest.', []],
  // identifiers denied to one vendor: a payment processor, or any other
  ["We don't send any identifiers to OpenAI.", ['no-identifiers-to-vendor']],
  ['We never send e-mails to Acme for checkout.', ['payment-processor-no-identifiers']],
  ['We do not send account IDs to Paddle.', ['payment-processor-no-identifiers']],
  ['Account IDs are never sent to OpenAI.', ['no-identifiers-to-vendor']],
  // model apps of the fifth round: content that never leaves, data sent only to a host, exceptions that name vendors
  ['Board content never leaves Atlassian.', ['no-egress']],
  ['Data is sent only to api.sendgrid.com, which delivers the export e-mails.', ['egress-only-to']],
  ['We do not share data with third parties except Stripe, which processes subscription payments.', ['no-end-user-data-to-third-parties']],
  ['We do not share data with third parties except as described in Section 4.', []],
  ['We send the following data to OpenAI when a digest is generated:', ['ai-providers-and-data']],
  ['We only collect Atlassian account IDs and worklog hours.', ['collects-only']],
  ['Votes are retained for 90 days and then permanently deleted.', ['retention-period']],
  ['Data collected during the use of this add-on will not be shared with third parties except as required by law.', ['no-end-user-data-to-third-parties']],
  // A sale is no call in the code: a processor the app sends data to (Sentry, a webhook) buys nothing, so a sale denied is no sharing denied.
  ['Personal data will never be sold to advertising partners.', []],
  ['We do not sell your personal data to any third parties.', []],
  ['We never sell, rent or share personal data with third parties.', ['no-end-user-data-to-third-parties']],
  // A denial held to a purpose, or to the customer's consent: the data may go out for others, or with it.
  ['No customer data is sent to third-party AI models for training.', ['no-ai-training']],
  ['We do not share your data with third parties for marketing purposes.', []],
  ['We do not send your data to any third-party LLM providers without your consent.', []],
  // … but not a list of purposes that ends in all of them, which denies the sharing whole.
  ['We do not sell or share your data with third parties for advertising or any other purpose.', ['no-end-user-data-to-third-parties']],
  ['We do not sell or share your data with third parties for advertising, analytics or any other purpose.', ['no-end-user-data-to-third-parties']],
  ['We do not share your data with third parties for marketing or otherwise.', ['no-end-user-data-to-third-parties']],
  // The purposes a denial of AI providers is held to are those of a sharing denial.
  ['We do not share customer data with third parties for AI model fine-tuning.', ['no-ai-training']],
  ['No data is sent to external AI services for marketing.', []],
  ['We never store issue content without your explicit consent.', []],
  // A condition holds its own clause, as consent does: the other clause's claim stands.
  ['The app does not store personal data, and if you enable sync it sends issue summaries to Slack.', ['no-personal-data-stored']],
  ['We do not store data if you use the trial.', []],
  // Consent holds only its own clause to a case.
  ['The app does not store personal data, and we never contact users without their permission.', ['no-personal-data-stored']],
  ['We never contact users without their permission; the app does not store personal data.', ['no-personal-data-stored']],
  // A user's confirmation or being asked first is consent too: with it, the app may write.
  ["The app never writes to Jira without the user's confirmation.", []],
  ['The app never deletes issues without asking the user first.', []],
  ["We never store issue content without the user's confirmation.", []],
  ['We never send personal data to third parties without asking you first.', []],
  ['The app never writes to Jira without user confirmation; it does not store personal data.', ['no-personal-data-stored']],
  // … and any other case a denial of changes is held to: without it, the app does not; with it, it does.
  ['The app never writes to Jira without a review by your team.', []],
  ['The app does not create or delete issues without a click on Sync.', []],
  ['The app never writes to Jira.', ['no-content-create-edit-delete']],
  ["Margin Notes doesn't pass your data on to third parties, and it doesn't use it for advertising either.", ['no-end-user-data-to-third-parties']],
  // model apps of the ninth round: FAQ pages, at-a-glance tables, bullet lists in other vendors' voices
  ['We never write issue content or personal information to logs.', ['no-end-user-data-in-logs']],
  ['The app does not move pages to another space.', ['no-content-create-edit-delete']],
  ['The app never writes to your pages.', ['no-content-create-edit-delete']],
  ['The app only reads data; it never changes requests.', ['no-content-create-edit-delete']],
  ['The only external service the app contacts is Anthropic (api.anthropic.com).', ['egress-only-to']],
  ['Slack is the only destination outside Atlassian that the app sends data to.', ['egress-only-to']],
  ['Scopes: read:jira-work, read:servicedesk-request and storage:app.', ['exact-scopes']],
  ['A single read-only scope, read:page:confluence.', ['exact-scopes', 'no-write-scopes']],
  ['Only the READ scope.', ['exact-scopes']],
  ['Page text, user names and account identifiers are never logged.', ['no-end-user-data-in-logs']],
  ['Smart Checklist Lite does not produce application logs.', ['no-end-user-data-in-logs']],
  ['We store no page content.', ['no-page-content-stored']],
  ['The definition is looked up each time the page is viewed and then discarded.', ['no-page-content-stored']],
  ['The app does not store any data.', ['no-data-stored']],
  ['The macro keeps no data of its own.', ['no-data-stored']],
  ['Nothing is stored.', ['no-data-stored']],
  ['We do not store any data on our servers.', ['no-customer-content-outside-atlassian']],
  ['No data is held on servers run by us or by any third party.', ['no-customer-content-outside-atlassian']],
  ['The app makes no calls to the internet.', ['no-egress']],
  ["We don't use analytics or tracking tools of any kind.", ['third-parties-exactly']],
  ['The only thing we store is the checklist items themselves.', ['collects-only']],
  ['The app keeps exactly one item of personal data: the Atlassian account ID of each page owner.', ['collects-only']],
  ['The only personal data we keep is your account ID.', ['collects-only']],
  // Issue summaries and comments are product content: read by their parts, the sentence denies keeping those too.
  ['We do not store issue summaries, worklog comments or any information about individual users.', ['no-page-content-stored', 'no-personal-data-stored']],
  ['Customer contact details (names, e-mail addresses) are never included in Slack messages.', ['no-identifiers-to-vendor']],
  ['Vulnerability reports sent to security@example.com are acknowledged within two business days.', ['disclosure-acknowledgement']],
  ['We aim to confirm receipt within 3 working days.', ['disclosure-acknowledgement']],
  ['Checklists are saved with Forge Storage, in the same region as your Jira site.', ['data-residency-supported']],
  // All data sitting in Forge storage is kept there, as all data staying in the site is.
  ["Because all data sits in Forge Storage, it is covered by Atlassian's data residency.", ['data-residency-supported', 'storage-only-atlassian']],
  ['Data residency follows your Atlassian site.', ['data-residency-supported']],
  ['When you click Suggest, we send the issue summary and description to Anthropic.', ['ai-providers-and-data']],
  ['Triage Copilot is a Forge app, so it is hosted and run by Atlassian.', ['no-external-backend']],
  ['The app is built on Forge and does not rely on any servers of ours.', ['no-external-backend']],
  ['The prompt contains the issue summary and description only.', ['ai-providers-and-data']],
  ['Egress: the app is allowed to reach api.anthropic.com and nothing else.', ['egress-only-to']],
  ['The app can only reach api.acme.io.', ['egress-only-to']],
  ["We don't log the contents of issues.", ['no-end-user-data-in-logs']],
  ['No personal data is logged.', ['no-end-user-data-in-logs']],
  ['The app does not store End-User Data.', ['no-data-stored']],
  ['The app requests only read:jira-work, read:servicedesk-request and storage:app.', ['exact-scopes']],
  ['Stored account IDs are reported to Atlassian every week.', ['personal-data-reporting']],
  ['The app only works for sites with an active Marketplace licence.', ['licensing-enforced']],
  ['We do not keep copies of our pages.', ['no-page-content-stored']],
  // and what they do not claim
  ['The prompt never contains personal data.', []],
  ['The app does not store End-User Data outside Atlassian.', ['no-customer-content-outside-atlassian']],
  ['The only service we use for hosting is AWS.', []],
  ['Permissions: read access to Confluence pages.', []],
  ['We send weekly digests to Slack.', []],
  ['Data is not stored in the same region as your Jira site.', []],
  ['The app stores data in Forge storage.', []],
  ['The app uses Mixpanel for product analytics.', []],
  ['We only collect personal data that is necessary.', []],
  // wordings of published Forge and Connect trust pages, in other words
  ["All of our apps run completely on Atlassian's infrastructure, on the Forge platform.", ['no-external-backend']],
  ["Data is processed and stored in the same region as the customer's Atlassian Cloud data.", ['data-residency-supported']],
  ["Data is neither transferred nor stored outside Atlassian's infrastructure.", ['no-customer-content-outside-atlassian', 'no-egress']],
  ['The apps perform no analytics tracking beyond the Marketplace analytics Atlassian provides.', ['third-parties-exactly']],
  ["Every connection between the app and Atlassian's APIs uses HTTPS with TLS 1.2 or higher.", ['encryption-in-transit']],
  ['No credentials are hardcoded in the app.', ['no-secrets-in-source']],
  ['We do not host separate servers for processing data.', ['no-external-backend']],
  ['Persistent data is kept with the Forge hosted storage API, which Atlassian manages.', ['storage-only-atlassian']],
  ['The request summary and description are read briefly to pick keywords and are never stored.', ['no-page-content-stored']],
  ['The apps do not move customer data outside the Forge platform.', ['no-egress']],
  ['On uninstall, all app storage is purged from Forge storage.', ['data-deleted-on-uninstall']],
  ['The only external endpoint the app talks to is api.atlassian.com.', ['egress-only-to']],
  ['No third-party services, large language models or AI APIs are involved.', ['ai-providers-and-data', 'third-parties-exactly']],
  ['The app never asks users for their Atlassian password, API tokens or other credentials.', ['no-pats-or-shared-secrets']],
  ['Application logs never contain request content or knowledge base content.', ['no-end-user-data-in-logs']],
  ['No external servers or databases are used.', ['no-external-backend']],
  ['We operate no infrastructure outside Atlassian.', ['no-external-backend']],
  ['No data is sent to third-party services or external endpoints.', ['no-egress']],
  ['The app requests only the minimum Atlassian scopes it needs.', ['least-privilege-scopes']],
  ['Forge storage is encrypted at rest with AES-256.', ['encryption-at-rest']],
  ['We do not export any data from the logs to third parties.', []],
  ["Because everything runs on Atlassian's infrastructure, we support the data residency options Atlassian offers.", ['data-residency-supported']],
  ["All data is stored for 28 days after uninstall on Atlassian's servers and then permanently deleted.", ['data-deleted-on-uninstall']],
  ['The vendor does not store user data outside the Atlassian Cloud product.', ['no-customer-content-outside-atlassian']],
  ['The only data transmission is between the browser and Atlassian Cloud; the app talks to no other service.', ['no-egress']],
  ['No credentials are requested or stored by the app itself.', ['no-pats-or-shared-secrets']],
  ['Our application logs are transient and are not retained.', []],
  ['We have no access to your Jira site or your issues.', []],
  ['Webhook payloads are kept for up to 7 days and then removed.', ['retention-period']],
  ['Audit data is retained for 30 days from receipt and then deleted.', ['retention-period']],
  ['The app is deployed in AWS eu-west-1 (Ireland).', ['data-region']],
  ['Customer data is removed from our database 95 days after uninstallation.', ['data-deleted-on-uninstall']],
  ['The app does not collect any personal data.', ['no-personal-data-stored']],
  ["We don't sell or share your data with anyone.", ['no-end-user-data-to-third-parties']],
  ['Your content stays in your Confluence instance.', ['storage-only-atlassian']],
  ['The app has no backend: all logic runs in the browser.', ['no-external-backend']],
  ['We do not track users.', []],
  ['No analytics or telemetry is collected.', ['third-parties-exactly']],
  ['The app only reads issues and never modifies them.', ['no-content-create-edit-delete']],
  ['Attachments are never downloaded to our servers.', ['no-customer-content-outside-atlassian']],
  ["We don't use cookies or tracking pixels.", []],
  ['Account IDs are used only at runtime and never persisted.', ['no-personal-data-stored']],
  ['Nothing you enter in the app leaves your Atlassian site.', ['no-egress']],
  ['Error reports sent to Sentry never include user data.', ['no-identifiers-to-vendor']],
  // and what they do not claim
  ['We do not host separate servers for each customer; all customers share one cluster.', []],
  ['Customer data stays in our AWS database.', []],
  ['Account IDs are used to show avatars and are stored in Forge storage.', []],
  ['Issues are read and stored in our database.', []],
  ['Error reports sent to Sentry never include passwords.', []],
  ['The app is not deployed in the EU.', []],
  ['We do not hardcode our release dates.', []],
  ['The app has no access to your Jira data.', []],
  // more published wordings: hosted add-ons, client-side apps, Forge SQL apps
  ['The add-on does not store any customer data.', ['no-data-stored']],
  ['Technical logs are kept for up to 7 days.', []],
  ['All traffic to and from Jira Cloud goes over SSL (https).', ['encryption-in-transit']],
  ['No other Jira data is stored anywhere.', []],
  ['No personal data is collected.', ['no-personal-data-stored']],
  ['The app does not store personal data outside Atlassian-hosted Forge storage.', ['no-customer-content-outside-atlassian']],
  ['No external third-party servers are used to process app data.', ['no-external-backend']],
  ['The application runs only in the browser, on the client side.', []],
  ['We collect no personal data when you use the app.', ['no-personal-data-stored']],
  ['Your data never leaves your own servers, whatever happens.', []],
  ['No personally identifiable data is kept on our servers.', ['no-customer-content-outside-atlassian']],
  ['All configuration lives on Atlassian\'s servers.', ['storage-only-atlassian']],
  ['Credentials are stored encrypted.', []],
  ['Issue data from Jira is never stored in our database.', ['no-customer-content-outside-atlassian']],
  ['The database is backed up daily and backups are kept for 30 days.', ['backups']],
  ['The app never writes anything to Jira.', ['no-content-create-edit-delete']],
  ['Only account IDs are stored; names and e-mail addresses are always fetched live.', ['collects-only']],
  ['We do not log any personal data or issue content.', ['no-end-user-data-in-logs']],
  ['We don\'t share your data with third parties.', ['no-end-user-data-to-third-parties']],
  ['The app contains no third-party tracking or analytics code.', ['third-parties-exactly']],
  ['The app does not call any external services.', ['no-egress']],
  ['Data at rest is encrypted by Atlassian.', ['encryption-at-rest']],
  ['We hold no copies of your Confluence pages.', ['no-page-content-stored']],
  ['Personal data is deleted within 30 days of uninstalling the app.', ['data-deleted-on-uninstall']],
  // and what they do not claim
  ['Display names and avatars are fetched from Confluence when the byline is shown and are not saved.', ['no-personal-data-stored']],
  ['The app writes worklogs to Jira.', []],
  ['We collect personal data to provide support.', []],
  ['Only admins can change the settings.', []],
  // Real apps' statements, and what they do not claim
  ['No data persists after uninstallation.', ['data-deleted-on-uninstall']],
  ['We do NOT store personal data in our own systems.', ['no-customer-content-outside-atlassian']],
  ['Every change goes through code review before release.', ['secure-development']],
  ['No PII (Personally Identifiable Information) stored', ['no-personal-data-stored']],
  ['No external databases (PostgreSQL, MongoDB, etc.)', ['no-external-backend']],
  ['The app does not use external databases.', ['no-external-backend']],
  ['No external APIs (except Jira REST API)', ['no-egress']],
  ['The app does not use external APIs.', ['no-egress']],
  ['No external third-party APIs are used for processing or sharing customer data.', ['no-egress']],
  ['This app qualifies for the "Runs on Atlassian" program.', ['runs-on-atlassian']],
  // transmitting personal data to external servers is its leaving Atlassian, as "No PII transmission to external services" is
  ['The app does not collect, store, or transmit any personal data to external servers.', ['no-customer-content-outside-atlassian', 'no-personal-data-leaves-atlassian']],
  ['We do not send any data to external servers.', ['no-egress']],
  ['The app does not use external analytics services.', ['third-parties-exactly']],
  ['All processing happens within Atlassian\'s infrastructure.', ['no-external-backend']],
  ['We do not knowingly collect personal information from children.', []],
  ['No personal data leaves Atlassian.', ['no-personal-data-leaves-atlassian']],
  ['Email addresses are never sent outside Atlassian.', ['no-personal-data-leaves-atlassian']],
  ['The app calls external APIs except the Jira REST API.', []],
  ['Comparison: Runs on Atlassian vs. External Infrastructure', []],
  ['Bonus prizes: Best Rovo Apps, Best Runs on Atlassian', []],
  ['The app helps teams link pull requests to Jira issues and track code review progress.', []],
  ['Review status: code review status updates and timestamps.', []],
  // A plan, or what is not done yet, is no claim about the app as it is.
  ['The app does not store anything in the US region yet.', []],
  ['We have no plans to train AI models on your data.', ['no-ai-training']],
  ['We intend to make sure no data leaves Atlassian.', []],
  ['In a future release, the app will not store any data.', []],
  ['We maintain an incident response plan to detect and recover from incidents.', ['incident-response-plan']],
  // Boilerplate about the document's own reach.
  ['Nothing in these terms restricts any rights you have under the CCPA.', []],
  ['This privacy notice does not limit your rights under data protection laws.', []],
  // A relative clause that denies narrows what is kept.
  ['We keep nothing that we are unable to export for you.', []],
  ['The app never keeps data it cannot delete when you uninstall it.', []],
  // "… nothing is kept anywhere else" makes the place before it the only one.
  ['Settings are held in Forge storage; nothing is kept anywhere else.', ['no-customer-content-outside-atlassian', 'storage-only-atlassian']],
  // No data of the app's own, and what it keeps said to be kept by Atlassian: the only store, not no data at all.
  ['The planner holds no data of its own; every card is saved as an issue property.', ['storage-only-atlassian']],
  ['Nothing is stored by the app itself: everything stays in your Confluence site.', ['storage-only-atlassian']],
  ['The macro keeps no data of its own.', ['no-data-stored']],
  // "Ourselves" is the vendor's side: where data is not kept.
  ["We don't retain any data ourselves.", ['no-customer-content-outside-atlassian']],
  // People's names, not the names of things.
  ['We do not store the names of your projects.', []],
  ['We never keep the names of people who vote.', ['no-personal-data-stored']],
  // Content denied sent to us and to third parties: the third parties' part is a sharing denial (bare data to both is egress).
  ['Attachments are never sent to our servers or to anyone else.', ['no-end-user-data-to-third-parties']],
  ['We do not send data to our servers or to third parties.', ['no-egress', 'third-parties-exactly']],
  // … as "on no other servers" does: no claim that nothing is stored.
  ['Answers are saved in Forge storage, and no customer data is held on any other servers.', ['no-customer-content-outside-atlassian', 'storage-only-atlassian']],
  // A reason's negation ends at its comma.
  ["Since the app can't read attachments, it stores a link to each one.", []],
  ['Because the app has no backend, nothing is stored outside Atlassian.', ['no-customer-content-outside-atlassian', 'no-external-backend']],
  // The vendor's website or support desk is not the app.
  ["The marketing site doesn't share visitor data with advertisers.", []],
  ['Our support team does not share your data with third parties.', []],
  // Where backups are kept is not whether they are made.
  ['Backups are never kept outside Germany.', []],
  ['We back up data daily and never keep backups outside the EU.', ['backups']],
  // Several apps, each the subject of its own clause: Candor checks one app and cannot tell whose claim is whose.
  ['Board Buddy stores nothing, while Release Radar keeps release notes in Forge storage.', []],
  ['Quick Links never sends data outside Atlassian, but Team Pulse posts survey answers to our API.', []],
  ['Roadmap Lens for Jira never stores data; Wiki Charts for Confluence keeps diagrams in Forge storage.', []],
  // Several apps as one subject claim together; Atlassian or a vendor in the other clause is no second app.
  ['Neither Board Buddy nor Release Radar keeps any data.', ['no-data-stored']],
  ['Board Buddy and Release Radar never send data outside Atlassian.', ['no-egress']],
  ['Board Buddy stores nothing, but Atlassian keeps your issues in Jira as usual.', ['no-data-stored']],
  ['Board Buddy stores nothing, but Stripe keeps the card details you enter at checkout.', ['no-data-stored']],
  ['Time Ledger asks for the READ and WRITE scopes only.', ['exact-scopes']],
  // Calls that stay in Atlassian are no storage claim.
  ['All requests remain within Atlassian.', ['no-egress']],
  // A secret kept out of the source is not a secret users hand over.
  ['We never store passwords in the repository.', []],
  ['The app does not store your credentials.', ['no-pats-or-shared-secrets']],
  // A claim about most apps or most cases is no claim about this one.
  ['Most of our apps never send customer data outside Atlassian.', []],
  ['The app usually keeps no data.', []],
  ['In most cases, nothing is stored.', []],
  ['Our Forge apps generally do not store customer data.', []],
  ['Typically, the app keeps no data.', []],
  // a hedge in a clause after the claim qualifies that clause, not the claim
  ['We use AES-256 to encrypt data at rest, as is usually recommended.', ['encryption-at-rest']],
  ['The app keeps no data, which is typically what admins expect.', ['no-data-stored']],
  // The app's data at large, kept by Atlassian, with no "only": still the only place it names.
  ["Data handled by the app is kept within Atlassian's cloud.", ['storage-only-atlassian']],
  ['Data is kept in Atlassian and on a server we run.', []],
  // No persistent storage at all, not merely no database of the vendor's own.
  ["We don't need a database or persistent storage.", ['no-data-stored']],
  ['The app has no persistent storage of any kind.', ['no-data-stored']],
  // Where content is kept, and the vendor's systems named as where it is not, with or without "on".
  ['Exported reports are saved in Jira, not our own database.', ['no-customer-content-outside-atlassian']],
  // An aim is no promise, a claim the vendor cannot make is denied, and what Atlassian does is Atlassian's.
  ["We aim to erase a workspace's data within 60 days of uninstallation where practicable.", []],
  ['We endeavour to remove every stored record within 30 days once the app is uninstalled.', []],
  ["We can't claim that the app sends nothing outside Atlassian, because webhooks reach your own endpoint.", []],
  ['We do not guarantee that the app never writes to your pages.', []],
  ['Atlassian encrypts your Confluence data at rest and is certified to SOC 2.', []],
  // No more than read access is read access only.
  ['The integration never asks for anything more than read scopes on Confluence.', ['no-write-scopes']],
  ['The add-on is granted read scopes only, so it cannot edit your pages.', ['no-content-create-edit-delete', 'no-write-scopes']],
  // Where the vendor's own servers are: a town before its country, a store in a place, nothing kept outside a place.
  ['Our API and its servers are run by OVH in Roubaix, France, and user content is never kept outside the EU.', ['data-region']],
  ['Exported reports are kept in our own S3 bucket in Ireland.', ['data-region']],
  // An exception that names a vendor allows it, whichever way the denial is worded; one that names none ("aside from our provider") leaves nothing to check.
  ['Aside from our e-mail provider, no third party receives any user data.', []],
  ['Page text is never passed to Anthropic or to any other outside provider.', ['no-end-user-data-to-third-parties']],
  // Backups made by the verb, their period another claim; a period before "after"; the fewest scopes; "checked into"; two products.
  ['We back up every customer database hourly.', ['backups']],
  ['The import queue sometimes backs up during peak hours.', []],
  ['Data is backed up nightly and kept for 30 days.', ['backups']],
  ['Generated PDFs are deleted automatically 7 days after creation.', ['retention-period']],
  ['Our add-on is granted the fewest possible scopes.', ['least-privilege-scopes']],
  ['No tokens or passwords are checked into the Git repository.', ['no-secrets-in-source']],
  ['Our widget declares no Jira or Confluence scopes whatsoever.', ['no-product-scopes']],
  // All calls made to Atlassian is no egress, whatever the sentence says of personal data; a second destination is egress.
  ["Account IDs never leave Atlassian; all outbound requests are sent to Confluence's REST API.", ['no-egress', 'no-personal-data-leaves-atlassian']],
  ["The only network calls the macro makes go to Atlassian's GraphQL gateway.", ['no-egress']],
  ['All outgoing requests are made to Jira and to our billing service.', []],
  // Content named, then thrown away; a list closed by "and no other personal data"; identifiers passed to, or left out of what is sent to, a vendor.
  ['Page bodies are loaded into memory, rendered, and then thrown away.', ['no-page-content-stored']],
  ['Webhook payloads are processed and dropped after delivery.', []],
  ['Our add-on records only the e-mail address of the person who exported a report, and no other personal data.', ['collects-only']],
  ['Subscriptions are billed through Stripe, and we never pass any account IDs or names to Stripe.', ['payment-processor-no-identifiers']],
  ['Summaries are sent to Anthropic without an account ID or display name attached.', ['no-identifiers-to-vendor']],
  ['We never pass the queue to Stripe.', []],
  // Terse list items: "No …" alone names what there is none of.
  ['No sub-processors.', ['third-parties-exactly']],
  ['No data transfer outside the Atlassian cloud', ['no-egress']],
  ['See how your team tracks user activity across projects.', []],
  // The store named by who provides it: Atlassian's, or not.
  ['Every setting the app keeps is stored in encrypted storage managed by the Atlassian Forge platform.', ['storage-only-atlassian']],
  ['All reports are kept in storage provided by our hosting partner.', []],
  // Sixth round. A plan: "working towards".
  ['We are working towards ISO 27001 certification for next year.', []],
  // Retention: "expire after", "older than … are deleted", "we keep … for"; a vendor's own retention and a deletion on request are not the app's period.
  ['Share links expire 3 days after they are created.', ['retention-period']],
  ['Cached previews expire after 12 hours.', ['retention-period']],
  ['Drafts older than 30 days are deleted automatically.', ['retention-period']],
  ['We keep each generated export for 14 days.', ['retention-period']],
  ['Sentry keeps error reports for 90 days.', []],
  ['Stored files are deleted within 10 days of your request.', []],
  // An AI provider named as the one that does the work, not in a denial or an encryption sentence; kept for training denies training, not keeping.
  ['Weekly digests are written by OpenAI from the issues you follow.', ['ai-providers-and-data']],
  ["The helper calls Mistral's API with the question you type.", ['ai-providers-and-data']],
  ['Prompts never go to OpenAI.', []],
  ["Outbound calls to Anthropic's API use TLS 1.3.", ['encryption-in-transit']],
  ['Our billing is handled by Stripe.', []],
  ['Nothing is kept for model training.', ['no-ai-training']],
  ['Cohere does not keep the prompts and does not train on them.', ['no-ai-training']],
  // Logs: "only … , never …", no application logs "at all".
  ['Our backend logs only the route and status code, never issue text or e-mail addresses.', ['no-end-user-data-in-logs']],
  ['The app writes no application logs at all.', ['no-end-user-data-in-logs']],
  // Everything kept in Forge, in the shapes vendors use; "nothing anywhere else" after a store of Atlassian's, not after the vendor's own.
  ['Everything the macro stores, from colours to column widths, lives in Forge storage.', ['storage-only-atlassian']],
  ['The app keeps all its data in Forge.', ['storage-only-atlassian']],
  ['Comments are cached in Forge storage, the only place the app keeps anything.', ['storage-only-atlassian']],
  ['No remotes, no egress and all data in Forge storage.', ['no-egress', 'no-remotes', 'storage-only-atlassian']],
  ["Atlassian clears the app's Forge storage 28 days after uninstall, and we keep nothing anywhere else.", ['no-customer-content-outside-atlassian', 'storage-only-atlassian']],
  ['Exports sit in our Postgres database, and we keep nothing anywhere else.', []],
  // Exceptions that name a vendor: "with no one, except …", "Apart from X, no third party gets any data", "Except for …, no calls outside Atlassian";
  // a condition still holds a claim that reads exceptions; "the single exception is" is an exception.
  ['Customer data is shared with no one, except Paddle for invoices.', ['no-end-user-data-to-third-parties']],
  ['We share account IDs with no one except HubSpot, our CRM.', ['no-end-user-data-to-third-parties']],
  ['We do not share personal data with third parties except Stripe if you turn on billing.', []],
  ['Apart from Rollbar, which gets crash reports, no third party gets any data from the app.', ['third-parties-exactly']],
  ['No third party gets any data from the app.', ['third-parties-exactly']],
  ['Third-party services: none.', ['third-parties-exactly']],
  ['Except for the Slack channel an admin links, the app makes no calls outside Atlassian.', ['egress-only-to']],
  ['The app sends nothing outside Atlassian; the single exception is an uptime ping to Pingdom.', []],
  // Every call to Atlassian's APIs; data that never leaves a region.
  ['Every call the app makes goes to the Jira REST API.', ['no-egress']],
  ["The gadget talks only to Confluence's own APIs.", ['no-egress']],
  ['Account data never leaves the EU.', ['data-region']],
  // The list a verb takes: "… and no other personal data", "… only"; "there" is where, not all that is kept; logs are no list.
  ['The app stores the account IDs of commenters and no other personal data.', ['collects-only']],
  ['The app saves the account ID only.', ['collects-only']],
  ['Nothing is kept on our servers; the only thing we keep there is your licence key.', ['no-customer-content-outside-atlassian']],
  ['Our logs record request IDs only.', []],
  // A parenthesis of nouns is part of its clause; "keys" beside credentials; telling customers of an incident; scopes the app uses;
  // "Data residency: Yes."; a list of identifiers before the vendor.
  ['No personal data (names, e-mails or account IDs) is sent outside Atlassian.', ['no-personal-data-leaves-atlassian']],
  ['No credentials or signing keys are checked into the repository.', ['no-secrets-in-source']],
  ['We inform affected customers within 48 hours of a confirmed incident.', ['incident-notification']],
  ['The app asks only for the permissions it actually uses.', ['least-privilege-scopes']],
  ['Data residency: Yes.', ['data-residency-supported']],
  ['We never pass your account ID, name or e-mail address to Anthropic.', ['no-identifiers-to-vendor']],
  // Nobody as the recipient; an exception in a clause of its own; a receiver that "gets"; kept for training, read by its parts.
  ['We give customer data to nobody.', ['no-end-user-data-to-third-parties']],
  ['No third party gets your personal data.', ['no-end-user-data-to-third-parties']],
  ['Nothing you type is kept for training.', ['no-ai-training']],
  // The active voice of "stored only in Forge"; every call named by the API it goes to; scopes said to be read-only.
  ['The gadget keeps its settings only in Forge storage.', ['storage-only-atlassian']],
  ['Saves data exclusively in Confluence', ['storage-only-atlassian']],
  ['We do not keep data only in Forge storage.', ['no-data-stored']],
  ['The macro calls only the Confluence REST API.', ['no-egress']],
  ['The panel uses only Jira APIs and Slack.', []],
  ['All the scopes it requests are read-only.', ['no-write-scopes']],
  ['Each permission the macro declares is read-only.', ['no-write-scopes']],
  ['The planner keeps its boards only in Jira.', ['storage-only-atlassian']],
  ['The scopes are read-only apart from write:jira-work.', []],
  // The place rule: the vendor's server, the subject of a denial in its second clause, is where the content is not kept.
  ['Our backend relays the event but never keeps page text.', ['no-customer-content-outside-atlassian']],
  ['Our app relays the event but never keeps page text.', ['no-page-content-stored']],
  ['Our servers sit in Dublin and never retain logs.', []],
  // "All data stored in Forge" names the data when a verb follows it, and says where data is kept when none does.
  ['Any data kept in Forge storage is wiped when the app is removed.', []],
  ['All data kept in Forge storage', ['storage-only-atlassian']],
  // "before/after" is a pair of adjectives, not a time the denial is held to; a product between "read-only" and "scopes".
  ['The gadget does not deliberately persist editor account IDs, display names, or before/after values of edited fields.', ['no-personal-data-stored']],
  ['No names are stored after the report is sent.', []],
  ['Read-only Confluence scopes', ['no-write-scopes']],
  // The place between the verb and the period; a TTL as the period.
  ['Exports are held in Atlassian-hosted Forge storage for up to 14 days.', ['retention-period']],
  ['Snapshots go to Forge KVS with a 90-day TTL.', ['retention-period']],
  // Data that never leaves the front end says nothing of what the back end sends; with Atlassian beside it, it does.
  ['Our panel follows Atlassian\'s design rules and makes sure no user data leaves the browser.', []],
  ['No data leaves the front end.', []],
  ['No data leaves your laptop or your Atlassian site.', ['no-egress']],
  // A purpose is no practice ("for audit logging"); "beyond what" excepts what it names; the official APIs "only"; a terse store outside.
  ['Account IDs (kept for audit logging only)', []],
  ['We gather no personal details beyond what Jira already shows.', []],
  ['Calls the official Confluence APIs only', ['no-egress']],
  ['The widget uses the Jira REST API only for search.', []],
  ['No third-party storage', ['no-customer-content-outside-atlassian']],
  ['✅ No analytics or tracking', ['third-parties-exactly']],
  // Data processed only in Atlassian goes nowhere else; not when it is then sent on, or processed by another too.
  ['Data is processed within the Atlassian Forge runtime.', ['no-egress']],
  ["All customer data is processed only inside Atlassian's infrastructure.", ['no-egress']],
  ['Data is processed on Atlassian infrastructure, then sent to Slack.', []],
  ['Data is processed in Forge and on our servers.', []],
  // Data carried out, named by its direction.
  ['The app is designed with no external data transfer.', ['no-egress']],
  ['Hosting: all data processing takes place inside Atlassian Forge.', ['no-egress']],
  ['No passwords, PATs or personal API tokens are ever requested.', ['no-pats-or-shared-secrets']],
  // Data denied to AI services outside Atlassian: no AI provider at all.
  ['No content is ever sent to third-party AI services.', ['ai-providers-and-data', 'no-end-user-data-to-third-parties']],
  // Nothing of one thing named is no claim that no data is kept; "of its own" is all the app keeps.
  ['The worker keeps nothing from the uploaded file.', []],
  ['The macro holds no data of its own.', ['no-data-stored']],
  // Held-out-7's kinds: residency named by the site's region, location or realm; error reporting as a kind of tool; a party named
  // as the only one; data passed to sub-processors; the vendor's servers as a place; logs that hold only named things.
  ['Everything the app saves stays in the same data residency region as your Jira site.', ['data-residency-supported']],
  ["Stored data follows your Confluence site's realm.", ['data-residency-supported']],
  ["Checklists are kept within your site's data residency location.", ['data-residency-supported']],
  ["Data is not kept within your site's data residency location.", []],
  ['We do not rely on any crash-reporting or error-reporting services.', ['third-parties-exactly']],
  ['No data is transferred to sub-processors.', ['third-parties-exactly']],
  ['We do not transfer any data to outside organisations.', ['third-parties-exactly']],
  ['We transfer data to other companies only with consent.', []],
  ['Your data is handled exclusively by Atlassian: it is not sent to us or to any third party.', ['no-egress']],
  ['Postmark is our only sub-processor.', ['third-parties-exactly']],
  ['Our only service provider is Render, which hosts the back end.', ['third-parties-exactly']],
  ['Is Sentry our only sub-processor?', []],
  ["Nothing is kept on the vendor's servers.", ['no-customer-content-outside-atlassian']],
  ['The app only logs request IDs and status codes, never issue text or user names.', ['no-end-user-data-in-logs']],
  ['We only log timings, never the content of a page.', ['no-end-user-data-in-logs']],
  ['Logging: status codes and timings only.', ['no-end-user-data-in-logs']],
  ['Logs: kept for 30 days only.', []],
  ['Logs: account IDs and error codes only.', []],
  // An exception described by a relative clause; a host and "nowhere else"; secrets "asked for"; a count of quoted scopes.
  ['Except for Postmark, which sends the digest e-mails, nothing leaves Atlassian.', ['egress-only-to']],
  ['Outgoing calls go to api.openai.com and nowhere else.', ['ai-providers-and-data', 'egress-only-to']],
  ['Except where you configure it, which is optional, nothing leaves Atlassian.', []],
  ['No API tokens or passwords are ever asked for.', ['no-pats-or-shared-secrets']],
  ['The app uses exactly three scopes: `read:jira-work`, `write:jira-work` and `storage:app`.', ['exact-scopes']],
  // Removing the app as uninstalling it; training labelled "none"; a bare "no remote"; all data in Forge's key-value store; "inside".
  ['Deleting the app from Confluence removes all of its stored settings.', ['data-deleted-on-uninstall']],
  ["Removing the app's macro from a page deletes nothing.", []],
  ['Training: none — your issues never go into a model.', ['no-ai-training']],
  ['The app has no remote and no web trigger.', ['no-remotes']],
  ['There is no remote access to customer sites by our staff.', []],
  ["All app data is kept in Forge's key-value store.", ['only-forge-kv', 'storage-only-atlassian']],
  ['Customer data is hosted inside the European Union.', ['data-region']],
  // "after the processing" ends the use, as "after processing" does; a period in another clause than the uninstall; a comma, then "all".
  ['The add-on does not keep issue descriptions after the processing.', ['no-page-content-stored']],
  ['The add-on does not keep issue descriptions after the trial.', []],
  ['Configuration stays until uninstall; thumbnails are deleted after 3 days.', ['retention-period']],
  ['Exports are kept for 14 days after uninstall.', []],
  ['We are not keeping any personal informations, all is staying in your Jira site.', ['no-personal-data-stored']],
  ['The macro does not store user data, everything remains inside Confluence.', ['no-personal-data-stored', 'storage-only-atlassian']],
  // Held-out-8's kinds. The vendor's store named by who runs it is a place, not all storage; a server in a relative clause is not denied.
  ['Timesheets are kept in Forge storage, and nothing is saved in a database run by us.', ['no-customer-content-outside-atlassian', 'storage-only-atlassian']],
  ['No page text ever sits on infrastructure we run.', ['no-customer-content-outside-atlassian']],
  ['Page text sits on infrastructure we run.', []],
  ['Nothing remains on servers we run.', ['no-customer-content-outside-atlassian']],
  ['Page text is never written to databases we host.', ['no-customer-content-outside-atlassian']],
  // An exception for calls to Atlassian's own API is no exception; logs as the subject that holds "only …, never …".
  ['The gadget sends no outbound requests apart from calls to the Jira REST API.', ['no-egress']],
  ['The gadget sends no outbound requests apart from calls to our reporting API.', []],
  ['Our request logs keep only the route and the latency — never ticket text or display names.', ['no-end-user-data-in-logs']],
  ['The error log records only the stack trace.', []],
  // A deletion from a named store; a residency label answered with the places supported; a count of scopes and the scopes after a colon.
  ['Generated PDFs are purged from our bucket 5 days after they are downloaded.', ['retention-period']],
  ['Data residency: the EU and Australian locations are supported.', ['data-residency-supported']],
  ['Data residency: realms other than the EU are not supported.', []],
  ['The add-on asks for 2 scopes: read:confluence-content.all and storage:app.', ['exact-scopes']],
  // Identifiers denied in the clause after the AI provider's API; a storage label answered with one store of Atlassian's.
  ["Titles are suggested through Mistral's API; only the draft text is passed, never the author's account ID.", ['no-identifiers-to-vendor']],
  ['Storage location: Jira issue properties.', ['storage-only-atlassian']],
  ['Storage location: Jira issue properties and our Redis cache.', []],
  // Reports about security acknowledged; a check before publishing.
  ['Reports of security problems are acknowledged within three working days.', ['disclosure-acknowledgement']],
  ['Permission changes are reviewed before we ship a release.', ['reviewed-before-release']],
  ['Each page is checked for broken links before it is published.', []],
  // A vendor's own keeping is its terms, not the app's storage; the app's own denial still is.
  ['Anthropic does not use your data to train its models and does not retain it beyond 30 days.', ['no-ai-training']],
  ["OpenAI's API does not store any data sent to it.", []],
  ['The app does not store any data.', ['no-data-stored']],
  // A store hosted by Atlassian says where data is kept, not that the app has no backend.
  ['Configuration and an index of suggestions are stored in Forge storage hosted by Atlassian.', []],
  ['All app data is stored in Forge storage hosted by Atlassian.', ['storage-only-atlassian']],
  ['The app is hosted entirely by Atlassian.', ['no-external-backend']],
  // Content not kept on the vendor's own remote or servers: where it is not kept, not that the app keeps none.
  ['No issue content is stored on our remote; it processes each request in memory only.', ['no-customer-content-outside-atlassian']],
  ['No page content is stored on our servers.', ['no-customer-content-outside-atlassian']],
  ['No page content is stored.', ['no-page-content-stored']],
  // A list of scopes closed ("— nothing more", "and no other scopes"), or a sentence that is only that list: the whole list.
  ['The app requests read:jira-work, read:jira-user and storage:app — nothing more.', ['exact-scopes']],
  ['The app requests read:jira-work, write:jira-work and storage:app.', ['exact-scopes']],
  ['The app uses read:jira-work, and no other data leaves Jira.', []],
  ['The app requests read:jira-work and write:jira-work to read and update issues.', []],
  // "nothing else" after "only to …" limits that one scope's use, not the list of scopes.
  ['The app uses read:jira-work only to read the issue summary, nothing else.', []],
  ['We use read:jira-work just for issue summaries and no more.', []],
  ['The app uses read:jira-work to read issues and storage:app for settings, nothing else.', ['exact-scopes']],
  ["The app's only external connection is our Forge remote, declared in the manifest.", ['egress-only-to']],
  // AI by its long names.
  ['The app does not use artificial intelligence or machine-learning services.', ['ai-providers-and-data']],
  ['No machine learning models are used.', ['ai-providers-and-data']],
  // A pull request is no Jira Service Management request: no claim about issues, but the app by its name is read-only (its Bitbucket content too).
  ['MergeGuard is read-only: it never writes to your repositories or pull requests.', ['no-content-create-edit-delete']],
  ['The app never modifies customer requests.', ['no-content-create-edit-delete']],
];

describe('recognising claims in sentences', () => {
  for (const [sentence, ids] of sentences) it(sentence, () => assert.deepEqual(idsIn(sentence), ids));
});

describe('recognising claims in statements', () => {
  it('a claim made twice keeps both sources (seed 000)', () => {
    const found = recogniseClaims(statement('campaign-operations-playbook/statements/data-security-and-privacy.txt'));
    assert.deepEqual(found.filter((r) => r.claim.id === 'no-external-backend').map((r) => r.source.line), [12, 26]);
    assert.deepEqual(found.find((r) => r.source.line === 20)?.params, { object: 'page', actions: ['create', 'edit', 'delete', 'read'] });
  });

  it('the section filter keeps one app of seed 002, and the scope list after its sentence', () => {
    const found = recogniseClaims(statement('handoff-for-jira/statements/security-policy.txt'), { section: 'Handoff for Jira' });
    assert.deepEqual(found.map((r) => `${r.source.line} ${r.claim.id}`), [
      '68 no-external-backend', '69 no-egress', '69 only-forge-kv', '70 exact-scopes', '72 no-content-create-edit-delete',
      '76 privacy-law-compliance', '76 personal-data-reporting', '77 licensing-enforced', '78 runtime', '79 app-id',
    ]);
    const scopes = found.find((r) => r.claim.id === 'exact-scopes')!.params;
    assert.deepEqual(scopes, {
      count: 4,
      scopes: [
        { scope: 'read:jira-work', purpose: 'read Jira issues and project data for queue browsing and handoff workflows' },
        { scope: 'write:jira-work', purpose: 'post ADF comments to Jira issues for handoff audit trails only; the app does not create, edit, or delete issues' },
        { scope: 'read:jira-user', purpose: 'fetch user display names for sender attribution in handoff records and @mentions in comments' },
        { scope: 'storage:app', purpose: 'read and write Forge KV Storage for all app state' },
      ],
      // "each with a specific purpose": each is said to be used.
      used: true,
    });
    assert.deepEqual(found.find((r) => r.claim.id === 'personal-data-reporting')!.params, { cadence: 'weekly' });
  });

  it('the other app section of seed 002: "Permissions:" takes the list below it', () => {
    const found = recogniseClaims(statement('bulk-page-cloner/statements/security-policy.txt'), { section: 'Bulk Page Cloner' });
    assert.deepEqual(found.map((r) => r.source.line), [81, 82, 83, 87, 87, 88]);
    assert.deepEqual(found.find((r) => r.claim.id === 'exact-scopes')!.params, {
      scopes: [
        { scope: 'read:confluence-content.all', purpose: 'read the selected template page to copy its content, formatting, macros, and labels' },
        { scope: 'write:confluence-content', purpose: 'create the cloned pages in the chosen Confluence space' },
        { scope: 'storage:app', purpose: 'read and write Forge KV Storage for app state' },
      ],
    });
  });

  it('seed 004: third parties, AI data lists and the glued scope line', () => {
    const found = recogniseClaims(statement('skyline/statements/security-statement.txt'));
    const parties = found.find((r) => r.claim.id === 'third-parties-exactly')!;
    assert.equal(parties.source.line, 36);
    assert.equal((parties.params['parties'] as string[]).length, 14);
    assert.deepEqual(found.filter((r) => r.claim.id === 'ai-providers-and-data').map((r) => r.params), [
      { data: ['user prompt', 'image attached by the user to the prompt'] },
      {
        data: [
          'user prompt', 'image attached by the user to the prompt',
          'Skyline page content (text added/generated in the app, urls of images uploaded in the app and urls of the images/videos used as background/image element source)',
        ],
      },
    ]);
    const scopes = found.find((r) => r.claim.id === 'exact-scopes')!.params['scopes'] as Array<{ scope: string }>;
    assert.deepEqual(scopes.map((s) => s.scope), ['read:connect-confluence', 'write:connect-confluence']);
  });

  it('no analytics, as a terse item or as tracking denied, is about analytics vendors only, not all third parties', () => {
    const params = (sentence: string) => recogniseText(sentence, { ...source, text: sentence }).map((r) => [r.claim.id, r.params]);
    assert.deepEqual(params('No telemetry or analytics scripts'), [['third-parties-exactly', { parties: [], categories: ['analytics'] }]]);
    assert.deepEqual(params('The panel does not track users\' behaviour.'), [['third-parties-exactly', { parties: [], categories: ['analytics'] }]]);
    assert.deepEqual(params('No external error tracking tools.'), [['third-parties-exactly', { parties: [], categories: ['error-tracking'] }]]);
  });

  it('scopes in quotes joined by "and" carry no purpose, and their count is read', () => {
    const found = recogniseText('The app needs exactly two scopes: `read:confluence-content.summary` and `storage:app`.', { ...source, text: '' });
    assert.deepEqual(found.map((r) => [r.claim.id, r.params]), [
      ['exact-scopes', { scopes: [{ scope: 'read:confluence-content.summary' }, { scope: 'storage:app' }], count: 2 }],
    ]);
  });

  it('a table\'s "Sub-processor" column lists the parties, unless a sentence or a heading of parties introduces the table', () => {
    const table = ['| Sub-processor | Purpose |', '|---|---|', '| Postmark | Digest e-mails |', '| Sentry | Error reports |'];
    const parties = (lines: string[]) => recogniseClaims(readStatement('trust.md', lines.join('\n'))).map((r) => [r.source.line, r.claim.id, r.params]);
    assert.deepEqual(parties(['## Data handling', '', ...table]), [[3, 'third-parties-exactly', { parties: ['Postmark', 'Sentry'] }]]);
    assert.deepEqual(parties(['## Sub-processors', '', ...table]), [[1, 'third-parties-exactly', { parties: ['Postmark — Digest e-mails', 'Sentry — Error reports'] }]]);
    assert.deepEqual(parties(['| Feature | Provider |', '|---|---|', '| Digest e-mails | Postmark |']), []);
  });

  it('lines that start with a check mark are list items, each read for its own claims', () => {
    for (const file of ['trust.md', 'trust.txt']) {
      const found = recogniseClaims(readStatement(file, 'Our promise\n\n✔ No data kept on vendor servers\n✔ No error tracking\n✔ No passwords needed\n'));
      assert.deepEqual(found.map((r) => [r.source.line, r.claim.id]), [
        [3, 'no-customer-content-outside-atlassian'], [4, 'third-parties-exactly'], [5, 'no-pats-or-shared-secrets'],
      ], file);
    }
  });

  it('a heading over prose lists no third parties: its sentences make their own claims; over "None." or vendors it does', () => {
    const markdown = [
      '**Third-party services**', '', 'We never pass any personal information to outside companies.', '',
      '## Sub-processors', '', 'None.', '',
      '## Service providers', '', 'Mailgun delivers the digest e-mails.', '',
    ].join('\n');
    const found = recogniseClaims(readStatement('PRIVACY.md', markdown));
    assert.deepEqual(found.map((r) => [r.source.line, r.claim.id, r.params]), [
      [3, 'no-end-user-data-to-third-parties', { kinds: ['account-id', 'email', 'display-name', 'ip-address', 'phone-number'] }],
      [5, 'third-parties-exactly', { parties: ['None.'] }],
      [9, 'third-parties-exactly', { parties: ['Mailgun delivers the digest e-mails.'] }],
    ]);
  });

  it('Markdown: a scope table and a vendor list under headings, ending where the list ends', () => {
    const markdown = [
      '# Security', '', '## Permissions', '', 'The app requests only these scopes:', '',
      '| Scope | Purpose |', '|---|---|', '| `read:jira-work` | Read issues for the queue |', '| `storage:app` | Keep app state |', '',
      '## Third-party services', '', '- Stripe — payments', '- OpenAI — AI features', '', 'May 2026: the app does not log End-User Data.', '',
    ].join('\n');
    const found = recogniseClaims(readStatement('SECURITY.md', markdown));
    assert.deepEqual(found.map((r) => [r.source.line, r.claim.id, r.params]), [
      [5, 'exact-scopes', { scopes: [{ scope: 'read:jira-work', purpose: 'Read issues for the queue' }, { scope: 'storage:app', purpose: 'Keep app state' }] }],
      [12, 'third-parties-exactly', { parties: ['Stripe — payments', 'OpenAI — AI features'] }],
      [17, 'no-end-user-data-in-logs', {}],
    ]);
  });

  it('"No other third parties …" names them by the sentences before it in its paragraph', () => {
    const text = [
      'We use SendGrid to send export e-mails and Sentry for error tracking. No other third parties receive customer data.', '',
      'No other third parties are named here.', '',
    ].join('\n');
    const found = recogniseClaims(readStatement('privacy.txt', text));
    assert.deepEqual(found.map((r) => [r.source.line, r.claim.id, r.params]), [
      [1, 'third-parties-exactly', { parties: ['We use SendGrid to send export e-mails and Sentry for error tracking. No other third parties receive customer data.'] }],
    ]);
  });

  it('a question answered "No" denies what it asks; "Yes", "Why?" and a question of another shape claim nothing', () => {
    const text = [
      'Does the app keep any personal data?', 'No.', '',
      'Are account IDs written to the logs? No', '',
      'Will the app send data outside Atlassian?', '', 'No', '',
      'Do you use third-party services? Yes, Sentry.', '',
      'Does the app use an external server? No, everything runs on Forge.', '',
      'Why does the app need storage? No.', '',
      'Where is data stored? No.', '',
    ].join('\n');
    const found = recogniseClaims(readStatement('answers.txt', text));
    assert.deepEqual(found.map((r) => [r.source.line, r.claim.id, r.source.text]), [
      [2, 'no-personal-data-stored', 'Does the app keep any personal data? No.'],
      [4, 'no-end-user-data-in-logs', 'Are account IDs written to the logs? No'],
      [8, 'no-egress', 'Will the app send data outside Atlassian? No'],
      [12, 'no-external-backend', 'Does the app use an external server? No, everything runs on Forge.'],
    ]);
  });

  it('Marketplace answers: "No." then its reason, and "Yes." affirming what the question asks', () => {
    const text = [
      'Does your app store End-User Data outside of Atlassian products and services?', 'No. Settings are kept in Forge storage.', '',
      'Does your app log End-User Data?', 'No. Our logs hold counts only.', '',
      'Does your app support data residency?', 'Yes.', '',
      'Is End-User Data encrypted at rest?', 'Yes, by the platform.', '',
      'Does the app avoid storing personal data?', 'Yes.', '',
      'Registered under No. 4411 in Berlin.', '',
      'Does the app modify Confluence pages?', 'No.', '',
      'Does the app support data residency?', 'Yes, for settings only.', '',
      'Does the app use the Personal Data Reporting API?', 'No.', '',
      'Does the app delete customer data when it is uninstalled?', 'No.', '',
    ].join('\n');
    assert.deepEqual(recogniseClaims(readStatement('tab.txt', text)).map((r) => [r.source.line, r.claim.id, r.source.text]), [
      [2, 'no-customer-content-outside-atlassian', 'Does your app store End-User Data outside of Atlassian products and services? No.'],
      [5, 'no-end-user-data-in-logs', 'Does your app log End-User Data? No.'],
      [8, 'data-residency-supported', 'Does your app support data residency? Yes.'],
      [11, 'encryption-at-rest', 'Is End-User Data encrypted at rest? Yes, by the platform.'],
      [19, 'no-content-create-edit-delete', 'Does the app modify Confluence pages? No.'],
    ]);
  });

  it('questionnaires: numbered questions ("Q2.") and labelled answers ("A: No.")', () => {
    const text = [
      '**Q2. Does the app keep any personal data?**', 'A: No.', '',
      '**Q3. Do customers need to give the app credentials?**', 'A: No — nobody is asked for one.', '',
      '**Question 4: Is customer data shared with third parties?**', 'Answer: No.', '',
    ].join('\n');
    assert.deepEqual(recogniseClaims(readStatement('questionnaire.md', text)).map((r) => [r.source.line, r.claim.id]), [
      [2, 'no-personal-data-stored'], [5, 'no-pats-or-shared-secrets'], [8, 'no-end-user-data-to-third-parties'],
    ]);
    const hosts = ['**Q3. Which external hosts does the app contact?**', 'A: Only api.openai.com, to write the notes.', '', 'Which page do we open first?', 'Only app.example.io/start.', ''].join('\n');
    assert.deepEqual(recogniseClaims(readStatement('hosts.md', hosts)).map((r) => [r.source.line, r.claim.id, r.params]), [[2, 'egress-only-to', { hosts: ['api.openai.com'] }]]);
  });

  it('a question to the vendor: "your servers" are the vendor\'s, as "our servers" in its answer', () => {
    const text = ['Do you store customer data on your servers?', '', 'No.', '', 'Is customer data kept on your own infrastructure?', '', 'No.', ''].join('\n');
    assert.deepEqual(recogniseClaims(readStatement('vendor.md', text)).map((r) => [r.source.line, r.claim.id]), [
      [3, 'no-customer-content-outside-atlassian'], [7, 'no-customer-content-outside-atlassian'],
    ]);
  });

  it('a heading followed by the sentence that introduces the list claims nothing itself; "No other …" alone takes the table above it', () => {
    const text = [
      '### 4.3 Sub-processors', '', 'We use the following sub-processors:', '',
      '| Sub-processor | Purpose |', '|---|---|', '| Amazon Web Services | Hosting |', '| Heap | Analytics |', '',
      'No other third parties receive customer data.', '',
      '| Question | Answer |', '|---|---|', '| Which third parties process data? | Amazon Web Services (hosting). We use no other third-party services. |', '',
    ].join('\n');
    assert.deepEqual(recogniseClaims(readStatement('policy.md', text)).map((r) => [r.source.line, r.claim.id, r.params]), [
      [3, 'third-parties-exactly', { parties: ['Amazon Web Services — Hosting', 'Heap — Analytics'] }],
      [10, 'third-parties-exactly', { parties: ['Amazon Web Services — Hosting Heap — Analytics No other third parties receive customer data.'] }],
      // The answer names the vendors itself; "We use no other …" after it on the same line is the same claim.
      [14, 'third-parties-exactly', { parties: ['Amazon Web Services (hosting).'] }],
    ]);
  });

  it('"We send the following data:" is the AI data list under a title line about AI, and only there', () => {
    const text = [
      'Summaries with AI', 'We send the following data when you ask for a summary:', 'the issue description', 'No more data is being sent.',
      'E-mail digests', 'We send the following data to your mail server:', 'the issue key',
    ].join('\n');
    const found = recogniseClaims(readStatement('ai.txt', text));
    assert.deepEqual(found.map((r) => [r.source.line, r.claim.id, r.params]), [[2, 'ai-providers-and-data', { data: ['the issue description'] }]]);
  });

  it('lists introduced in the words vendors use: "Our sub-processors are:", "Scopes requested by the app", "We work with these vendors:"', () => {
    const text = [
      'Our sub-processors are:', '', '- Sentry — error tracking', '', 'Scopes requested by the app', '', '- read:jira-work — read issues', '',
      'We work with these vendors:', '', '- SendGrid — e-mail', '', 'List of sub-processors', '', '- Stripe — payments', '',
    ].join('\n');
    assert.deepEqual(recogniseClaims(readStatement('lists.md', text)).map((r) => [r.source.line, r.claim.id]), [
      [1, 'third-parties-exactly'], [5, 'exact-scopes'], [9, 'third-parties-exactly'], [13, 'third-parties-exactly'],
    ]);
  });

  it('answers in a Markdown table: the question cell, then "No"', () => {
    const text = ['| Question | Answer |', '|---|---|', '| Does the app store personal data? | No |', '| Does the app log End-User Data? | See section 5. No. |', ''].join('\n');
    assert.deepEqual(recogniseClaims(readStatement('answers.md', text)).map((r) => [r.source.line, r.claim.id]), [[3, 'no-personal-data-stored']]);
  });

  it('a list introduced by "The apps do not:" denies each item that has no negation of its own, at the item\'s line; an item with its own stands alone', () => {
    const text = [
      'The apps do not:', '',
      '- Collect or store personal information', '- write user content to logs', '- contact servers outside Atlassian', '- never use your data to train models', '',
      'The apps can:', '',
      '- store your settings in Forge storage', '',
    ].join('\n');
    assert.deepEqual(recogniseClaims(readStatement('list.md', text)).map((r) => [r.source.line, r.claim.id]), [
      [3, 'no-personal-data-stored'], [4, 'no-end-user-data-in-logs'], [5, 'no-egress'], [6, 'no-ai-training'],
    ]);
  });

  it('a list introduced by the verb it denies ("The widget does not rely on:") denies each noun item; "logging services" are log vendors', () => {
    const text = ['The widget does not rely on:', '', '- Any external database', '- Third-party logging services', '- External web services', '', 'What we do not know:', '', '- Any external database', ''].join('\n');
    assert.deepEqual(recogniseClaims(readStatement('list.md', text)).map((r) => [r.source.line, r.claim.id, r.params]), [
      [3, 'no-external-backend', {}], [4, 'third-parties-exactly', { parties: [], categories: ['monitoring'] }], [5, 'no-egress', {}],
    ]);
  });

  it('a list introduced by "We never keep any of the following data:" denies each item it names', () => {
    const text = ['We never keep any of the following data:', '', '- **Personal details**: names, e-mail addresses and phone numbers', ''].join('\n');
    assert.deepEqual(recogniseClaims(readStatement('list.md', text)).map((r) => [r.source.line, r.claim.id]), [[3, 'no-personal-data-stored']]);
  });

  it('an at-a-glance table: "Never." answers as "No" does, "Does it store anything?" denies storing any data', () => {
    const text = [
      '| Question | Answer |', '|---|---|',
      '| Does it store anything? | No. Its settings are saved by Confluence as part of the page. |',
      '| Does data leave Atlassian? | Never. |',
      '| Does the app log End-User Data? | Never, only status codes. |', '',
    ].join('\n');
    assert.deepEqual(recogniseClaims(readStatement('glance.md', text)).map((r) => [r.source.line, r.claim.id]), [
      [3, 'no-data-stored'], [4, 'no-egress'], [5, 'no-end-user-data-in-logs'],
    ]);
  });

  it('an answer to "Which third parties …?" lists the vendors it names; a heading such as "Access" over a list of scopes is the scope list', () => {
    const text = [
      '**Q: Which third parties process data?**', '', 'A: Sentry, for error monitoring. We have configured it not to send personal information.', '',
      '**Q: What do you store?**', '', 'A: Sentry keeps error reports for 30 days.', '',
      '### Access', '', '- `read:confluence-user` — look up display names', '- `storage:app` — keep the entries', '',
      '### Access', '', 'Only licensed users can open the app.', '',
    ].join('\n');
    assert.deepEqual(recogniseClaims(readStatement('faq.md', text)).map((r) => [r.source.line, r.claim.id, r.params]), [
      [3, 'third-parties-exactly', { parties: ['Sentry, for error monitoring.'] }],
      [9, 'exact-scopes', { scopes: [{ scope: 'read:confluence-user', purpose: 'look up display names' }, { scope: 'storage:app', purpose: 'keep the entries' }] }],
      [16, 'licensing-enforced', {}],
    ]);
  });

  it('a vendor named as the only destination allows its hosts; hosts written out are the list', () => {
    const text = ['Slack is the only destination outside Atlassian that the app sends data to.', '', 'The app only sends notifications to hooks.slack.com, the Slack webhook address.', ''].join('\n');
    assert.deepEqual(recogniseClaims(readStatement('egress.txt', text)).map((r) => [r.source.line, r.claim.id, r.params]), [
      [1, 'egress-only-to', { hosts: ['slack.com', '*.slack.com'] }],
      [3, 'egress-only-to', { hosts: ['hooks.slack.com'] }],
    ]);
  });

  it('a label cell is the context of the cell after it; a question "Which scopes …?" or "Where is data processed?" of its answer', () => {
    const text = [
      '| Topic | Details |', '|---|---|', '| Scopes | read:confluence-user, storage:app |', '| Office | In Germany. |', '',
      'Which scopes does the app use?', '', 'Only read:page:confluence, to read the glossary page.', '',
      'Where is data processed?', '', 'In the EU only (AWS Frankfurt).', '',
      'Where is the company based?', '', 'In Germany.', '',
    ].join('\n');
    assert.deepEqual(recogniseClaims(readStatement('faq.md', text)).map((r) => [r.source.line, r.claim.id, r.params]), [
      [3, 'exact-scopes', { scopes: [{ scope: 'read:confluence-user' }, { scope: 'storage:app' }] }],
      [8, 'exact-scopes', { scopes: [{ scope: 'read:page:confluence', purpose: 'to read the glossary page.' }] }],
      [12, 'data-region', { area: 'EU', place: 'EU' }],
    ]);
  });

  it('"Only account IDs are stored" lists what is kept before its verb; "never writes anything to Jira" is about issues', () => {
    const text = 'Only account IDs are stored; names and e-mail addresses are always fetched live.\n\nThe app never writes anything to Jira.\n';
    assert.deepEqual(recogniseClaims(readStatement('data.txt', text)).map((r) => [r.claim.id, r.params]), [
      ['collects-only', { kinds: ['account-id'] }],
      ['no-content-create-edit-delete', { object: 'issue', actions: ['create', 'edit', 'delete'], anything: true }],
    ]);
  });

  it('a heading\'s claim that a sentence under it makes again is the sentence\'s alone; a heading over a list keeps its own', () => {
    const text = '## Personal data reporting\n\nThe app reports the account IDs it stores to the Personal Data Reporting API once a day.\n\n## Sub-processors\n\n- Sentry\n- Heroku\n';
    assert.deepEqual(recogniseClaims(readStatement('faq.md', text)).map((r) => [r.source.line, r.claim.id, r.params]), [
      [3, 'personal-data-reporting', { cadence: 'daily' }],
      [5, 'third-parties-exactly', { parties: ['Sentry', 'Heroku'] }],
    ]);
  });

  it('a title line of plain text is a heading too: its claim made again below it is the sentence\'s alone', () => {
    const text = 'We do not keep display names.\n\nPersonal data reporting\nThe app reports the account IDs it stores to the Personal Data Reporting API once a day.\n';
    assert.deepEqual(recogniseClaims(readStatement('statement.txt', text)).map((r) => [r.source.line, r.claim.id, r.params]).filter(([, id]) => id === 'personal-data-reporting'), [
      [4, 'personal-data-reporting', { cadence: 'daily' }],
    ]);
  });

  it('a short line shaped as a clause is a sentence without its stop, not a title: its claim stands beside the one below it', () => {
    const found = (text: string) => recogniseClaims(readStatement('statement.txt', text)).map((r) => [r.source.line, r.claim.id, r.params]);
    assert.deepEqual(found('We store no personal data\n\nWe never store e-mail addresses.\n'), [
      [1, 'no-personal-data-stored', {}],
      [3, 'no-personal-data-stored', { kinds: ['email'] }],
    ]);
    const foundMd = (text: string) => recogniseClaims(readStatement('statement.md', text)).map((r) => [r.source.line, r.claim.id, r.params]);
    assert.deepEqual(found('No data leaves Atlassian\n\nNo issue content is ever sent outside Atlassian.\n').map(([line]) => line), [1, 3]);
    assert.deepEqual(foundMd('Intro.\n\nThe app stores no personal data\n\nE-mail addresses are never stored by the app.\n').map(([line, , params]) => [line, params]), [[3, {}], [5, { kinds: ['email'] }]]);
  });

  it('a title with a relative word is a title, though it holds a verb: its claim is made once, and its answer is read under it', () => {
    const found = (file: string, text: string) => recogniseClaims(readStatement(file, text)).map((r) => [r.source.line, r.claim.id]);
    assert.deepEqual(found('statement.md', '# Security\n\nData that never leaves Atlassian\n\nThe app keeps everything in Forge storage; no data leaves Atlassian.\n').filter(([, id]) => id === 'no-egress'), [[5, 'no-egress']]);
    assert.deepEqual(found('statement.txt', 'Acme security statement\n\nWhat personal data is stored\n\nNone.\n\nData that leaves Atlassian\n\nNone.\n').filter(([, id]) => id === 'no-egress'), [[9, 'no-egress']]);
  });

  it('a long run of letters is not rescanned from each of its positions for an e-mail address', () => {
    // Rescanning made this take about a minute; read once, it takes milliseconds.
    const text = `We do not store personal data. ${'x'.repeat(1_900)}@`;
    const start = performance.now();
    assert.deepEqual(recogniseText(text, { ...source, text }).map((r) => r.claim.id), ['no-personal-data-stored']);
    assert.ok(performance.now() - start < 5_000, `took ${Math.round(performance.now() - start)} ms`);
  });

  it('a sentence longer than any claim is read for none, and the statement says where it is', () => {
    // Patterns of lists cost more than linear time on such text: 60,000 characters took seconds.
    const list = `We never store ${'personal data , '.repeat(4_000)}or names.`;
    const blanks = `We never ${' '.repeat(300_000)}store data.`;
    const statement = readStatement('long.txt', `${list}\n\n${blanks}\n\nWe do not store personal data.\n`);
    assert.deepEqual(recogniseClaims(statement).map((r) => [r.source.line, r.claim.id]), [[3, 'no-data-stored'], [5, 'no-personal-data-stored']]);
    assert.deepEqual(statement.diagnostics.map((d) => [d.code, d.line]), [['long-sentence', 1]]);
    // Blanks count as one, in the profile's sentences as in a statement's.
    assert.deepEqual(recogniseText(blanks, { ...source, text: blanks }).map((r) => r.claim.id), ['no-data-stored']);
    assert.deepEqual(recogniseText(list, { ...source, text: list }), []);
  });

  it('a scope in backticks at the end of its sentence has no purpose', () => {
    const text = 'The app asks for a single read-only scope, `read:page:confluence`.\n';
    assert.deepEqual(recogniseClaims(readStatement('scopes.md', text)).map((r) => [r.claim.id, r.params]), [
      ['exact-scopes', { scopes: [{ scope: 'read:page:confluence' }] }],
      ['no-write-scopes', { product: 'confluence' }],
    ]);
  });

  it('the data and the AI provider in one sentence are the list of what goes to it', () => {
    const text = "When someone clicks Suggest, we send the issue's summary and description to Anthropic. We never send account IDs to OpenAI.\n";
    assert.deepEqual(recogniseClaims(readStatement('ai.txt', text)).map((r) => [r.claim.id, r.params]), [
      ['ai-providers-and-data', { to: ['Anthropic'], data: ["the issue's summary and description"] }],
      ['no-identifiers-to-vendor', { vendor: 'OpenAI' }],
    ]);
  });

  it('a vendor whose name holds another\'s is the one named: "Azure OpenAI" is not OpenAI', () => {
    const text = 'We never send account IDs to Azure OpenAI.\n';
    assert.deepEqual(recogniseClaims(readStatement('ai.txt', text)).filter((r) => r.claim.id === 'no-identifiers-to-vendor').map((r) => r.params), [
      { vendor: 'Azure OpenAI / Azure AI Foundry' },
    ]);
  });

  it('"Sub-processors: …" lists the vendors on its own line; "customer data stays …" speaks of all data', () => {
    const text = ['Sub-processors: Heroku (hosting) and Mailgun (e-mail).', '', 'Customer data stays in the customer’s Atlassian data residency region.', ''].join('\n');
    const found = recogniseClaims(readStatement('privacy.txt', text));
    assert.deepEqual(found.map((r) => [r.source.line, r.claim.id, r.params]), [
      [1, 'third-parties-exactly', { parties: [' Heroku (hosting) and Mailgun (e-mail).'] }],
      [3, 'data-residency-supported', { all: true }],
    ]);
  });

  it('the Marketplace questions about logs answered "No" speak of logs, not of all data sent out or shared', () => {
    const text = [
      '| Question | Answer |', '| --- | --- |',
      '| Does your app process and/or store End-User Data in logs outside of Atlassian products and services? | No |',
      '| Does your app share logs that include End-User Data with any third party entities? | No |', '',
    ].join('\n');
    const found = recogniseClaims(readStatement('marketplace.md', text));
    assert.deepEqual(found.map((r) => [r.source.line, r.claim.id]), [[4, 'no-end-user-data-in-logs']]);
    assert.deepEqual(idsIn('We do not store End-User Data outside of Atlassian.'), ['no-customer-content-outside-atlassian']);
    assert.deepEqual(idsIn('We do not share End-User Data with any third party.'), ['no-end-user-data-to-third-parties']);
  });

  it('"Where is data stored?" answered with one place in Atlassian: the only store, and with its region the residency', () => {
    const answer = (q: string, a: string) => recogniseClaims(readStatement('faq.md', [q, '', a, ''].join('\n'))).map((r) => r.claim.id).sort();
    assert.deepEqual(answer('Where does the app keep its data?', "Inside your Atlassian site's Forge storage, which follows the same region as your Jira site."), ['data-residency-supported', 'storage-only-atlassian']);
    assert.deepEqual(answer('Where is data stored?', 'In Forge storage and in our own AWS account for backups.'), ['backups']);
    assert.deepEqual(idsIn('Inside your Atlassian site\'s Forge storage.'), []);
    assert.deepEqual(idsIn('Since all saved settings sit in Forge storage, the app follows the customer\'s data residency settings.'), ['data-residency-supported']);
    assert.deepEqual(idsIn('The app does not follow your data residency settings.'), []);
    // A cell with no subject speaks of its row (Candor's own generated tables); data that "lives" somewhere is not read as kept there only.
    assert.deepEqual(idsIn("Follows the customer's Atlassian data residency location"), []);
    assert.deepEqual(idsIn("The app's data lives in Atlassian storage and is covered by Atlassian's backups."), ['backups']);
  });

  it('the params of the sixth round\'s wordings: a period in hours, the provider that does the work, the list a verb takes, the kinds a denying clause names', () => {
    const params = (sentence: string, id: string) => recogniseText(sentence, { ...source, text: sentence }).find((r) => r.claim.id === id)?.params;
    assert.deepEqual(params('Cached previews expire after 12 hours.', 'retention-period'), { period: '12 hours', data: 'previews' });
    assert.deepEqual(params('Weekly digests are written by OpenAI from the issues you follow.', 'ai-providers-and-data'), { providers: ['OpenAI'] });
    assert.deepEqual(params('The app stores the account IDs of commenters and no other personal data.', 'collects-only'), { kinds: ['account-id'] });
    assert.deepEqual(params("We don't keep names or e-mail addresses, and the app saves the account ID only.", 'no-personal-data-stored'), { kinds: ['email', 'display-name'] });
    assert.deepEqual(params("We don't keep names or e-mail addresses, and the app saves the account ID only.", 'collects-only'), { kinds: ['account-id'] });
    assert.deepEqual(params('Apart from Rollbar, which gets crash reports, no third party gets any data from the app.', 'third-parties-exactly'), { parties: ['Rollbar'] });
    assert.deepEqual(params('Third-party services: none.', 'third-parties-exactly'), { parties: [] });
    const hosts = params('Except for the Slack channel an admin links, the app makes no calls outside Atlassian.', 'egress-only-to')?.hosts;
    assert.ok(Array.isArray(hosts) && hosts.some((h) => String(h).endsWith('slack.com')), String(hosts));
    assert.deepEqual(params('Account data never leaves the EU.', 'data-region'), { area: 'EU', place: 'EU' });
    assert.deepEqual(params('Generated PDFs are purged from our bucket 5 days after they are downloaded.', 'retention-period'), { period: '5 days', data: 'PDFs' });
    assert.equal(params('The add-on asks for 2 scopes: read:confluence-content.all and storage:app.', 'exact-scopes')?.count, 2);
    assert.deepEqual(params("Titles are suggested through Mistral's API; only the draft text is passed, never the author's account ID.", 'no-identifiers-to-vendor'), { vendor: 'Mistral AI' });
  });

  it('an answer with a town before its country, a scope table under "… and why", a "Data we collect" list', () => {
    const claims = (text: string) => recogniseClaims(readStatement('faq.md', text)).map((r) => [r.claim.id, r.params]);
    assert.deepEqual(claims('Where does the backend run?\n\nIn Lyon, France.'), [['data-region', { area: 'EU', place: 'France' }]]);
    assert.deepEqual(claims('Where are your offices?\n\nIn Lyon, France.'), []);
    assert.deepEqual(claims('Permissions and why we need them\n\n| Scope | Why |\n|---|---|\n| read:jira-work | show the issues |\n| storage:app | keep settings |'), [
      ['exact-scopes', { scopes: [{ scope: 'read:jira-work', purpose: 'show the issues' }, { scope: 'storage:app', purpose: 'keep settings' }] }],
    ]);
    assert.deepEqual(claims('What the app stores\n\n- the account ID of each reviewer\n- the review date'), [['collects-only', { kinds: ['account-id'] }]]);
    // A list of categories, as Candor's own documents write it, does not say which personal data.
    assert.deepEqual(claims('What Data We Store\n\n- **Tickets** (Product content)\n- **Reporters** (Atlassian account data)'), []);
    assert.deepEqual(claims('What the app stores\n\nWe store your e-mail address when you sign up for our newsletter, and we use it to send product news every month.'), []);
  });

  it('"the one exception is …" in a clause of its own names the vendor a sharing denial allows', () => {
    const found = recogniseText('We share no customer data with third parties; the one exception is Stripe, for payments.', source);
    assert.deepEqual(found.map((r) => [r.claim.id, r.params.except]), [['no-end-user-data-to-third-parties', ['Stripe']]]);
  });

  it('an exception before a denial worded by its parts names the vendor it allows', () => {
    const found = recogniseText('Besides Mailgun, which sends the weekly digest, no outside company receives any customer data from the app.', source);
    assert.deepEqual(found.map((r) => [r.claim.id, r.params.except]), [['no-end-user-data-to-third-parties', ['Mailgun (Sinch)']]]);
  });

  it('"needs exactly two permissions" followed by the scopes lists them with the count; with no scope after it, it lists none', () => {
    const found = recogniseText('Our macro needs exactly two permissions (read:confluence-content.summary and storage:app), both described in the table.', source);
    assert.deepEqual(found.map((r) => [r.claim.id, r.params]), [['exact-scopes', { scopes: [{ scope: 'read:confluence-content.summary' }, { scope: 'storage:app', purpose: 'both described in the table.' }], count: 2 }]]);
    assert.deepEqual(idsIn('The integration uses just four scopes, which are listed on our website.'), []);
  });

  it('a "Storage location" column that names only Atlassian\'s stores keeps all the data it lists there, at its first row; one store of the vendor\'s claims nothing', () => {
    // The Retention column's periods are claims of their own (recognise-sixteenth.test.ts).
    const table = (...rows: string[]) => recogniseClaims(readStatement('data.md', ['| What | Storage location | Retention |', '|---|---|---|', ...rows, ''].join('\n')))
      .filter((r) => r.claim.id !== 'retention-period').map((r) => [r.source.line, r.claim.id]);
    assert.deepEqual(table('| Dashboard layouts | Forge hosted storage | While installed |', '| Comment drafts | Confluence content properties | Until published |'), [[3, 'storage-only-atlassian']]);
    assert.deepEqual(table('| Dashboard layouts | Forge hosted storage | While installed |', '| Export archives | Our AWS S3 bucket | 7 days |'), []);
    // a cell that names another place beside Atlassian's: a vendor, another name after "and", or the vendor's own servers
    assert.deepEqual(table('| Reports | Forge storage and Supabase | 30 days |'), []);
    assert.deepEqual(table('| Reports | Forge storage and Acme Cloud | 30 days |'), []);
    assert.deepEqual(table('| Reports | Forge storage, supabase | 30 days |'), []);
    assert.deepEqual(table("| Reports | Forge storage and the app's own database | 30 days |"), []);
    assert.deepEqual(table('| Reports | Forge storage and Confluence page properties | 30 days |'), [[3, 'storage-only-atlassian']]);
  });

  it('a table row whose answer is "None" or "Not used" denies its topic; a feature not available claims nothing', () => {
    const rows = (...lines: string[]) => recogniseClaims(readStatement('glance.md', ['| Area | Detail |', '|---|---|', ...lines, ''].join('\n'))).map((r) => [r.source.line, r.claim.id]);
    assert.deepEqual(rows('| Outbound requests | None |', '| Generative AI features | Not used |', '| Hosting | Atlassian Forge |'), [[3, 'no-egress'], [4, 'ai-providers-and-data'], [5, 'no-external-backend']]);
    assert.deepEqual(rows('| Dark mode | No |', '| Does the app log? | No |'), []);
    // the "No" makes only the claims a denial of the topic does: no encryption at rest is no claim of encryption at rest
    assert.deepEqual(rows('| Encryption at rest | No |', '| Backups | No |', '| External calls | None |'), [[5, 'no-egress']]);
  });

  it('a heading answered "None." denies its topic, as a table row does; the sentences after it make their own claims', () => {
    const text = ['## Outbound requests', '', 'None. The macro reads pages through the Confluence API.', '', '## Open issues', '', 'None.', ''].join('\n');
    assert.deepEqual(recogniseClaims(readStatement('notes.md', text)).map((r) => [r.source.line, r.claim.id]), [[3, 'no-egress']]);
  });

  it('a "No" followed by calls that stay in Atlassian answers the question about egress, and claims no storage', () => {
    const text = ['Does the app call any servers outside Atlassian?', '', "No. Every network call stays within Atlassian's cloud.", ''].join('\n');
    assert.deepEqual(recogniseClaims(readStatement('answers.md', text)).map((r) => [r.source.line, r.claim.id]), [[3, 'no-egress']]);
  });
});

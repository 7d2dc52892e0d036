/**
 * The trust profile (`candor.yaml`): what the vendor states and code cannot tell. One zod schema is
 * both the validator and the TypeScript type. Almost every field is optional; a value `TODO` (or
 * `~` with a `# TODO` comment) marks a field the vendor still has to fill, see `unfilled.ts`.
 * Field choices follow the Marketplace Privacy & Security tab (`TrustInfo`) and the seed statements.
 */
import { z } from 'zod';

export const PROFILE_VERSION = 1;
export const PROFILE_FILES = ['candor.yaml', 'candor.yml'] as const;

const SLUG = /^[a-z0-9][a-z0-9._-]*$/;
const DURATION = /^\d+(?:\.\d+)?\s*(?:minutes?|mins?|hours?|hrs?|h|days?|d|(?:business|working) days?|weeks?|w|months?|years?)$/i;

const text = z.string().min(1, { error: 'must not be empty; write TODO if you do not know yet' });
const url = z.url({ protocol: /^https?$/, error: 'must be a full URL starting with https://' });
const email = z.email({ error: 'must be an email address such as security@example.com' });

/** `"72 hours"`, `"7 days"`, `"4 weeks"`, `"1 business day"`; read with `parseDuration`. */
const duration = (error = 'must be a duration such as "72 hours", "7 days", "4 weeks" or "1 business day"') =>
  z.string().regex(DURATION, { error }).meta({ examples: ['24 hours', '7 days', '4 weeks', '1 business day'] });
export const durationSchema = duration();

export const PRODUCTS = ['jira', 'confluence', 'jsm', 'jira-software', 'bitbucket', 'compass'] as const;

/** Well-known data categories; a custom lower-case id is accepted too. */
export const DATA_CATEGORIES = [
  'account-data', 'site-metadata', 'product-content', 'attachments', 'images', 'configuration',
  'operational-metadata', 'logs', 'usage-analytics', 'ai-prompts', 'ai-responses', 'payment-data',
  'contact-data', 'credentials',
] as const;

/** Where data is kept. `third-party:<id>` names an entry of `thirdParties` by its `id`. */
export const STORAGE_PLACES = [
  'atlassian', 'forge-kvs', 'forge-sql', 'forge-object-store', 'forge-cache', 'vendor-db', 'vendor-files',
  'vendor-logs', 'browser', 'not-stored',
] as const;

export const FREQUENCIES = ['continuous', 'hourly', 'daily', 'weekly', 'monthly', 'quarterly', 'annually'] as const;

// A string that fits no branch fails on the last one, so it carries the union's message too.
const CATEGORY_ERROR = `must be a data category (${DATA_CATEGORIES.join(', ')}) or your own lower-case id`;
const category = z.union([z.enum(DATA_CATEGORIES), z.string().regex(SLUG, { error: CATEGORY_ERROR })], { error: CATEGORY_ERROR });

const PLACE_ERROR = `must be one of ${STORAGE_PLACES.join(', ')} or third-party:<id> (an id from thirdParties)`;
const place = z.union([z.enum(STORAGE_PLACES), z.string().regex(/^third-party:[a-z0-9][a-z0-9._-]*$/, { error: PLACE_ERROR })], {
  error: PLACE_ERROR,
});

const residency = z
  .union([z.enum(['follows-atlassian', 'none']), z.string().min(2)], {
    error: 'must be follows-atlassian, none, or a region or country such as eu-west-1 or Germany',
  })
  .meta({
    description:
      "follows-atlassian: kept in the customer's Atlassian data-residency location; none: no residency control; otherwise the fixed region or country.",
  });

const RETENTION_ERROR = 'must be until-uninstall, until-deleted, indefinite, not-stored, follows-atlassian or a duration such as "90 days"';
const retention = z.union(
  [z.enum(['until-uninstall', 'until-deleted', 'indefinite', 'not-stored', 'follows-atlassian']), duration(RETENTION_ERROR)],
  { error: RETENTION_ERROR },
);

const dataEntry = z
  .strictObject({
    category: category.optional(),
    description: text.optional().meta({ description: 'What exactly, in your words, e.g. "accountId and site name".' }),
    purpose: text.optional(),
    storedIn: z.union([place, z.array(place)]).optional(),
    retention: retention.optional(),
    residency: residency.optional(),
    personal: z.boolean().optional().meta({ description: 'Whether this is personal data (GDPR).' }),
    endUserData: z.boolean().optional().meta({ description: "Atlassian's End-User Data (Marketplace Privacy & Security tab)." }),
  })
  .meta({ description: 'One category of data the app processes or stores.' });

const thirdParty = z.strictObject({
  id: z.string().regex(SLUG, { error: 'must be a lower-case id such as openai' }).optional()
    .meta({ description: "Id used in data[].storedIn as third-party:<id>; Candor's vendor id when it knows the vendor." }),
  name: text,
  purpose: text.optional(),
  data: z.array(z.union([category, text])).optional().meta({ description: 'Data categories (or words) shared with it.' }),
  countries: z.array(text).optional().meta({ description: 'Countries where it stores or processes the data, e.g. United States.' }),
  link: url.optional(),
  dpa: z.union([url, z.boolean()]).optional().meta({ description: 'Data processing agreement: a link, or true/false.' }),
  retention: retention.optional().meta({
    description: 'How long it keeps the data it is sent: not-stored when it keeps none (e.g. zero data retention), or a duration such as "30 days".',
  }),
  subprocessor: z.boolean().optional().meta({ description: 'Receives End-User Data on your behalf.' }),
  trainsOnData: z.boolean().optional().meta({ description: 'An AI provider: whether its terms let it train models on the data it is sent.' }),
});

const claim = z.union(
  [
    z.strictObject({
      id: z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'must be a claim id such as no-external-backend' }),
      params: z.record(z.string(), z.unknown()).optional(),
      note: text.optional(),
    }),
    z.strictObject({ statement: text, note: text.optional() }),
    text,
  ],
  { error: 'must be { id: <claim id>, params: {...} }, { statement: "..." } or a sentence' },
);

const severityTargets = z.strictObject({
  critical: durationSchema.optional(),
  high: durationSchema.optional(),
  medium: durationSchema.optional(),
  low: durationSchema.optional(),
});

const hours = (description: string) =>
  z.number({ error: 'must be a number of hours, e.g. 72' }).nonnegative().meta({ description });

const program = z.strictObject({
  incident: z
    .strictObject({
      customerHours: hours('Notify affected customers within this many hours of confirming an incident.').optional(),
      regulatorHours: hours('Notify the supervisory authority within this many hours (GDPR Art. 33, as controller).').optional(),
      atlassianHours: hours('Notify Atlassian within this many hours.').optional(),
      internalHours: hours('Escalate internally within this many hours.').optional(),
      channels: z.array(text).optional().meta({ description: 'e.g. email, support portal, status page.' }),
    })
    .optional(),
  vulnerabilities: z
    .strictObject({
      remediation: z
        .union([z.literal('atlassian-cloud-policy'), severityTargets], {
          error: 'must be atlassian-cloud-policy or durations per severity: { critical: 4 weeks, high: ... }',
        })
        .optional()
        .meta({ description: 'atlassian-cloud-policy: the Marketplace Security Bug Fix Policy (4/6/8/25 weeks).' }),
      scoring: text.optional().meta({ examples: ['CVSS 3.1'] }),
      tracking: text.optional().meta({ description: 'Where findings are tracked to closure, e.g. Jira.' }),
      testing: z.array(text).optional().meta({ examples: [['dependency scanning', 'SAST', 'penetration test']] }),
      pentestFrequency: z.enum(FREQUENCIES).optional(),
    })
    .optional(),
  disclosure: z
    .strictObject({
      acknowledgement: durationSchema.optional().meta({ description: 'Acknowledge security reports within this time.' }),
      contact: z.union([email, url], { error: 'must be an email address or an https:// URL' }).optional(),
    })
    .optional(),
  backups: z
    .strictObject({
      by: z.enum(['atlassian', 'vendor', 'none']).optional().meta({ description: 'atlassian: the data lives in Atlassian storage and its backups.' }),
      frequency: z.enum(FREQUENCIES).optional(),
      rto: durationSchema.optional(),
      rpo: durationSchema.optional(),
      restoreTests: z.enum(FREQUENCIES).optional(),
      location: text.optional(),
      encrypted: z.boolean().optional(),
    })
    .optional(),
  personalDataReporting: z
    .strictObject({
      cadence: z.enum(['hourly', 'daily', 'weekly', 'not-applicable']).optional()
        .meta({ description: "How often stored account ids are reported to Atlassian's Personal Data Reporting API." }),
    })
    .optional(),
});

const certification = z.union([text, z.strictObject({ name: text, link: url.optional(), scope: text.optional(), validUntil: text.optional() })]);

const privacy = z.strictObject({
  gdpr: z
    .strictObject({
      role: z.enum(['controller', 'processor', 'both', 'not-applicable']).optional(),
      transfersOutsideEEA: z.boolean().optional(),
      transferMechanism: text.optional().meta({ examples: ['Standard Contractual Clauses'] }),
    })
    .optional(),
  ccpa: z.strictObject({ role: z.enum(['business', 'service-provider', 'both', 'not-applicable']).optional() }).optional(),
  dpa: z.union([url, z.enum(['on-request', 'none'])], { error: 'must be a link, on-request or none' }).optional(),
  subprocessorsUrl: url.optional(),
  sellsData: z.boolean().optional(),
  trainsModels: z.boolean().optional().meta({ description: 'Customer data is used to train AI models.' }),
  privacyEnhancingTechniques: z.array(text).optional(),
});

const security = z.strictObject({
  encryptionInTransit: text.optional().meta({ examples: ['TLS 1.2+'] }),
  encryptionAtRest: text.optional().meta({ examples: ['AES-256', 'atlassian'] }),
  diskEncryption: z.boolean().optional().meta({ description: 'Full disk encryption at rest for End-User Data stored outside Atlassian.' }),
  caiqLiteUrl: url.optional(),
  requiresUserSecrets: z.boolean().optional()
    .meta({ description: 'Users must provide Atlassian PATs, passwords or other shared secrets.' }),
});

const UNINSTALL_ERROR = 'must be immediately, kept, follows-atlassian or a duration such as "30 days"';

export const profileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(PROFILE_VERSION, { error: `must be ${PROFILE_VERSION}` }).optional(),
    vendor: z
      .strictObject({ name: text.optional(), website: url.optional(), legalEntity: text.optional(), country: text.optional() })
      .optional(),
    app: z
      .strictObject({
        name: text.optional(),
        id: text.optional().meta({ description: 'Forge app id (ari:cloud:ecosystem::app/...) or its UUID.' }),
        key: text.optional().meta({ description: 'Marketplace app key (Connect descriptor key).' }),
        listingUrl: url.optional(),
        products: z.array(z.enum(PRODUCTS)).optional(),
      })
      .optional(),
    contacts: z
      .strictObject({
        securityEmail: email.optional(),
        privacyEmail: email.optional(),
        supportUrl: url.optional(),
        securityPolicyUrl: url.optional(),
        privacyPolicyUrl: url.optional(),
      })
      .optional(),
    data: z.array(dataEntry).optional(),
    scopes: z.record(z.string().min(1), text).optional().meta({ description: 'Why the app needs each scope: { read:jira-work: "..." }.' }),
    thirdParties: z.array(thirdParty).optional().meta({ description: 'Third parties and sub-processors; [] when there are none.' }),
    logs: z
      .strictObject({
        endUserData: z.boolean().optional(),
        storedIn: z.union([place, z.array(place)]).optional(),
        retention: retention.optional(),
        sharedWithThirdParties: z.boolean().optional(),
        integralToFunctionality: z.boolean().optional()
          .meta({ description: 'Sharing logs with End-User Data with third parties is integral to the app working.' }),
      })
      .optional(),
    deletion: z
      .strictObject({
        afterUninstall: z
          .union([z.enum(['immediately', 'kept', 'follows-atlassian']), duration(UNINSTALL_ERROR)], { error: UNINSTALL_ERROR })
          .optional(),
        onRequest: z.boolean().optional(),
        customRetention: z.boolean().optional(),
      })
      .optional(),
    dataResidency: z.strictObject({ realmMigration: z.boolean().optional() }).optional(),
    claims: z.array(claim).optional(),
    program: program.optional(),
    certifications: z.union([z.literal('none'), z.array(certification)], { error: 'must be none or a list' }).optional(),
    privacy: privacy.optional(),
    security: security.optional(),
  })
  .meta({ title: 'Candor trust profile', description: 'What a Marketplace vendor states about an app; read by candor check.' });

export type Profile = z.infer<typeof profileSchema>;
export type DataEntry = z.infer<typeof dataEntry>;
export type ThirdPartyEntry = z.infer<typeof thirdParty>;
export type ProfileClaim = z.infer<typeof claim>;
export type StoragePlace = z.infer<typeof place>;

/** The places a data entry names in `storedIn`, as a list. */
export const storedInOf = (entry: DataEntry): StoragePlace[] => (entry.storedIn === undefined ? [] : Array.isArray(entry.storedIn) ? entry.storedIn : [entry.storedIn]);

import publicEnv from '../../data/public-env-keys.json' with { type: 'json' };
import type { DataKind } from '../facts.ts';
import { WITHOUT } from './string-marks.ts';

/** Splits `userAccountId`, `USER_ACCOUNT_ID`, `user-account-id` into lower-case words. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

const PERSON_WORDS = new Set(['user', 'member', 'assignee', 'reporter', 'author', 'creator', 'owner', 'approver', 'commenter', 'watcher', 'lead', 'actor', 'participant', 'requester', 'requestor', 'customer', 'agent', 'mentioned']);
/**
 * Other systems whose people have IDs of their own: `slackUserId`, `stripeCustomerId` and `githubUserId`
 * are not Atlassian account IDs.
 */
const OTHER_SYSTEMS = new Set([
  'slack', 'teams', 'discord', 'telegram', 'zoom', 'github', 'gitlab', 'google', 'microsoft', 'azure', 'okta', 'auth0', 'clerk',
  'stripe', 'paddle', 'paypal', 'chargebee', 'hubspot', 'salesforce', 'zendesk', 'intercom', 'freshdesk', 'pagerduty', 'opsgenie',
  'sentry', 'mixpanel', 'amplitude', 'posthog', 'segment', 'twilio', 'sendgrid', 'mailchimp', 'notion', 'figma', 'asana', 'servicenow',
]);
/** Whether a name says it is the ID another system gives a person (`stripeCustomerId`, `slackUserId`), no Atlassian account ID. */
export function namesOtherSystemId(name: string): boolean {
  const w = words(name);
  return w.length > 1 && ID_TAILS.has(w[w.length - 1]!) && w.some((word) => OTHER_SYSTEMS.has(word));
}
const SECRET_TAILS = new Set(['token', 'secret', 'password', 'passwd', 'pwd', 'credential', 'credentials', 'apikey', 'privatekey', 'authorization']);
/**
 * Words before `token` that make it a place in a list, not a credential: Jira's `nextPageToken` (`/rest/api/3/search/jql`),
 * Google's `pageToken`, S3's `ContinuationToken`, AWS's `NextToken`, Microsoft Graph's `skipToken` and `deltaToken`, a change
 * stream's `resumeToken`, a `cursorToken`; also axios's `cancelToken`.
 */
const CURSOR_WORDS = new Set(['page', 'next', 'prev', 'previous', 'continuation', 'continue', 'cursor', 'pagination', 'paging', 'skip', 'delta', 'resume', 'cancel', 'cancellation']);

/**
 * Things that have names of their own, which are no person's name: a repository's `full_name` is
 * `workspace/repo`, a project's or a team's display name names the project or the team.
 */
const ENTITY_WORDS = new Set([
  'repo', 'repos', 'repository', 'repositories', 'project', 'projects', 'workspace', 'workspaces', 'space', 'spaces', 'team', 'teams',
  'group', 'groups', 'org', 'organization', 'organisation', 'board', 'component', 'channel', 'site', 'app', 'tenant', 'company',
]);

/** Whether a variable or property name names such a thing (`repo`, `pullRequest.repository`, `targetProject`). */
export function isEntityName(name: string): boolean {
  const w = words(name);
  return ENTITY_WORDS.has(w[w.length - 1] ?? '');
}

/** Whether a name says only that it is a display name, not whose (`full_name`, `displayName`, not `ownerDisplayName`). */
export function isBareDisplayName(name: string): boolean {
  if (kindOfName(name) !== 'display-name') return false;
  const w = words(name);
  return w.length === 1 || (w.length === 2 && w[1] === 'name');
}

const kindCache = new Map<string, DataKind | null>();

/** The kind of data a variable or property name says it holds, from the way real code names them. */
export function kindOfName(name: string): DataKind | null {
  let kind = kindCache.get(name);
  if (kind === undefined) {
    kind = kindOfWords(words(name));
    kindCache.set(name, kind);
  }
  return kind;
}

/** First words of a flag's name (`hasSecret`, `isEmailVerified`, `shouldSendToken`): a true or false, whatever the rest names. */
const FLAG_HEADS = new Set(['has', 'have', 'is', 'are', 'was', 'were', 'should', 'can', 'needs', 'did', 'does']);

const isFlag = (w: readonly string[]): boolean => w.length > 1 && FLAG_HEADS.has(w[0]!);

function kindOfWords(w: string[]): DataKind | null {
  const last = w[w.length - 1];
  const prev = w[w.length - 2];
  if (!last || isFlag(w)) return null;
  if ((last === 'id' || last === 'ids') && (prev === 'account' || prev === 'atlassian')) return 'account-id';
  if (last === 'accountid' || last === 'accountids') return 'account-id';
  // In an Atlassian app, the ID of a person is an Atlassian account ID: `userId`, `assigneeId`, `memberIds`.
  if ((last === 'id' || last === 'ids' || last === 'uuid') && prev && PERSON_WORDS.has(prev) && !w.some((word) => OTHER_SYSTEMS.has(word))) return 'account-id';
  if (last === 'email' || last === 'emails' || (last === 'address' && prev === 'email') || last === 'mail' && prev === 'e') return 'email';
  if ((last === 'name' && (prev === 'display' || prev === 'public' || prev === 'full')) || last === 'displayname') {
    // `repoFullName`, `projectDisplayName`: the name of a thing, not of a person.
    const subject = last === 'displayname' ? prev : w[w.length - 3];
    return subject && ENTITY_WORDS.has(subject) ? null : 'display-name';
  }
  if (isIpName(w)) return 'ip-address';
  if (isPhoneName(w)) return 'phone-number';
  if (isCursor(w)) return null;
  // `authorizationHeader`, `authHeader`: the value of an `Authorization` header, a credential.
  if (last === 'header' && (prev === 'authorization' || prev === 'auth')) return 'secret';
  if (SECRET_TAILS.has(last) || (last === 'key' && (prev === 'api' || prev === 'private' || prev === 'secret' || prev === 'access'))) {
    // `tokenCount`, `passwordPolicy` end in other words and are not secrets.
    return 'secret';
  }
  return null;
}

/** Those whose phone number is the app's or its vendor's own (`supportPhone`, `fromNumber` of an SMS vendor), not a user's. */
const OWN_PHONE_SUBJECTS = new Set(['support', 'company', 'sender', 'from', 'office', 'vendor', 'business', 'sales', 'help', 'helpdesk', 'our', 'twilio', 'default', 'test', 'example', 'sample']);

/** A person's phone number: `phone`, `phoneNumber`, `mobilePhone`, `mobileNumber`, `msisdn`; not `phoneme`, nor a bare `mobile` (a layout). */
function isPhoneName(w: readonly string[]): boolean {
  const last = w[w.length - 1];
  const prev = w[w.length - 2];
  const phone = last === 'phone' || last === 'phones' || last === 'phonenumber' || last === 'msisdn'
    || ((last === 'number' || last === 'numbers') && (prev === 'phone' || prev === 'mobile' || prev === 'cell' || prev === 'telephone'));
  if (!phone) return false;
  const subject = last === 'number' || last === 'numbers' ? w[w.length - 3] : prev;
  return !w.some((word) => OWN_PHONE_SUBJECTS.has(word)) && !(subject !== undefined && ENTITY_WORDS.has(subject));
}

/** Whose address an IP-address name says it is: a client's, a request's (`clientIp`, `x-real-ip`, `cf-connecting-ip`), not a server's. */
const IP_SUBJECTS = new Set(['client', 'remote', 'user', 'users', 'visitor', 'request', 'req', 'caller', 'real', 'customer', 'sender', 'viewer', 'end', 'member', 'requester', 'connecting', 'source', 'origin', 'login', 'last', 'signup', 'actor']);
const IP_TAILS = new Set(['ip', 'ips', 'ipaddress', 'ipaddresses', 'ipaddr', 'ipv4', 'ipv6']);

/**
 * `clientIp`, `ipAddress`, `ip_address`, `remoteAddress`, `x-forwarded-for`, `x-real-ip`: the address of whoever made a
 * request. A bare `ip` says nothing of whose it is (a resolved host's, a server's); `serverIp`, `allowedIps` are no person's.
 */
function isIpName(w: string[]): boolean {
  const last = w[w.length - 1]!;
  const prev = w[w.length - 2];
  if ((last === 'address' || last === 'addr') && prev === 'remote') return true;
  if (last === 'for' && prev === 'forwarded') return true;
  const ipWords = IP_TAILS.has(last) ? 1 : (last === 'address' || last === 'addresses' || last === 'addr') && prev === 'ip' ? 2 : 0;
  if (ipWords === 0) return false;
  const subject = w[w.length - ipWords - 1];
  if (subject === undefined) return ipWords === 2 || (last !== 'ip' && last !== 'ips' && last !== 'ipv4' && last !== 'ipv6');
  return IP_SUBJECTS.has(subject);
}

/** Properties whose value is metadata, never End-User Data, whatever object they are read from. */
const NEUTRAL_PROPERTIES = new Set([
  'length', 'size', 'status', 'statusText', 'ok', 'count', 'total', 'cloudId', 'localId', 'moduleKey', 'environmentId',
  'environmentType', 'siteUrl', 'installContext', 'type', 'headers', 'redirected', 'url', 'message', 'code',
  'stack', 'startAt', 'maxResults', 'isLast', 'expand', 'id', 'key', 'self',
  // When a record was made or changed (an audit record's `createdAt`): a timestamp, no one's data.
  'createdAt', 'updatedAt',
  // The errors of a response (GraphQL's `errors`, Jira's `errorMessages`): messages about the request, as `error.message` is;
  // the error of a result (`result.error` of neverthrow's `err(...)`, Supabase's `{ data, error }`), not the value it failed to give.
  'errors', 'errorMessages', 'error',
  // A JSON Web Token's header: which key and algorithm signed it.
  'kid', 'alg', 'typ',
  // Why a language model stopped answering (`choices[0].finish_reason`, Anthropic's `stop_reason`): a status, not the answer.
  'finish_reason', 'finishReason', 'stop_reason', 'stopReason',
]);

/**
 * Neutral properties that are text a person wrote when read from what a user sent (`payload.message`
 * of a resolver's request), and metadata of an error or a response anywhere else (`error.message`).
 */
const USER_TEXT_PROPERTIES = new Set(['message']);

/** Whether a neutral property holds what it is read from when that is data received from users. */
export function isUserTextProperty(name: string): boolean {
  return USER_TEXT_PROPERTIES.has(name);
}

/** Whether a name's last words are a cursor's token (`nextPageToken`, `NEXT_TOKEN`), which no credential is. */
export function isCursorToken(name: string): boolean {
  let cursor = cursorCache.get(name);
  if (cursor === undefined) cursorCache.set(name, (cursor = isCursor(words(name))));
  return cursor;
}
const cursorCache = new Map<string, boolean>();

function isCursor(w: string[]): boolean {
  return w[w.length - 1] === 'token' && CURSOR_WORDS.has(w[w.length - 2] ?? '');
}

const ENV_SECRET_WORDS = new Set(['key', 'secret', 'token', 'password', 'pass', 'pwd', 'credential', 'credentials', 'private', 'auth', 'dsn', 'webhook']);
/**
 * Words after a secret's word that name where or what kind of credential is used, not the credential: `TOKEN_URL`,
 * `OAUTH_TOKEN_ENDPOINT`, `AUTH_URL`, `PRIVATE_KEY_PATH`, `SECRET_NAME`, `CSRF_TOKEN_HEADER`, `TOKEN_TYPE`, `TOKEN_TTL`,
 * a secrets manager's `WEBHOOK_SECRET_ARN`, `AWS_ACCESS_KEY_ID` (the key's ID, not the key). A webhook's
 * URL and a DSN hold their secret (`SLACK_WEBHOOK_URL`).
 */
const ENV_ABOUT_WORDS = new Set([
  'url', 'uri', 'urls', 'endpoint', 'host', 'hostname', 'domain', 'path', 'file', 'dir', 'name', 'header', 'type', 'ttl', 'expiry', 'expires',
  'expiration', 'lifetime', 'length', 'prefix', 'issuer', 'audience', 'scope', 'scopes', 'algorithm', 'alg', 'arn', 'id', 'version',
]);

/** Environment variables that hold secrets, by name: a secret's word not followed only by words about it (`TOKEN_URL`), nor a cursor's. */
export function isSecretEnvName(name: string): boolean {
  let secret = envSecretCache.get(name);
  if (secret === undefined) envSecretCache.set(name, (secret = namesEnvSecret(name)));
  return secret;
}
const envSecretCache = new Map<string, boolean>();

function namesEnvSecret(name: string): boolean {
  const w = words(name);
  if (isPublicEnvName(name, w)) return false;
  if (kindOfName(name) === 'secret') return true;
  let i = w.length - 1;
  while (i >= 0 && !ENV_SECRET_WORDS.has(w[i]!)) i--;
  if (i < 0 || isCursor(w.slice(0, i + 1))) return false;
  return i === w.length - 1 || w[i] === 'webhook' || w[i] === 'dsn' || w.slice(i + 1).some((word) => !ENV_ABOUT_WORDS.has(word));
}

/** A key meant for the browser (`STRIPE_PUBLISHABLE_KEY`, `SENTRY_DSN`, `NEXT_PUBLIC_POSTHOG_KEY`): see `public-env-keys.json`. */
function isPublicEnvName(name: string, w: string[]): boolean {
  const ends = (ending: string[]): boolean => ending.length <= w.length && ending.every((word, i) => w[w.length - ending.length + i] === word);
  if (publicEnv.endings.some(ends)) return true;
  if (w.some((word) => Object.hasOwn(publicEnv.vendors, word) && publicEnv.vendors[word as keyof typeof publicEnv.vendors].some(ends))) return true;
  return w[w.length - 1] === 'key' && publicEnv.prefixes.some((prefix) => name.startsWith(prefix));
}

const NEUTRAL_TAILS = new Set([
  'id', 'ids', 'uuid', 'uuids', 'guid', 'key', 'keys', 'slug', 'count', 'status', 'type', 'index', 'length', 'total', 'size', 'limit', 'offset',
  'version', 'number', 'num', 'time', 'date', 'timestamp', 'ms', 'duration', 'code', 'url', 'urls', 'ok', 'enabled',
  'delay', 'timeout', 'interval', 'retries', 'attempts',
  // A length of time in a unit (Jira's `timeSpentSeconds`, `estimateHours`): a number, whatever it measures.
  'millis', 'milliseconds', 'seconds', 'secs', 'minutes', 'mins', 'hours', 'days', 'weeks',
]);
/** `maxIssues`, `minScore`: a bound on how many or how much, a number whatever it counts. */
const BOUND_HEADS = new Set(['max', 'min']);

const neutralCache = new Map<string, boolean>();

/**
 * Names of identifiers, counters and flags: their values are not End-User Data, wherever they come
 * from. For a property (`error.message`, `res.headers`) the list of neutral properties counts too; a
 * variable named `message` may well hold a chat message.
 */
/** Jira's issue fields that are dates (`issue.fields.created`): read from an issue's `fields`, a timestamp; elsewhere `created` may name anything. */
const DATE_FIELDS = new Set(['created', 'updated', 'duedate', 'resolutiondate', 'lastViewed', 'statuscategorychangedate']);

export function isDateField(name: string, objectName: string | null): boolean {
  return objectName === 'fields' && DATE_FIELDS.has(name);
}

/** When a record of the product was made or changed (an audit record's, a comment's `created`): a timestamp read off what a product answered. */
const RECORD_TIMES = new Set(['created', 'updated']);

export function isRecordTime(name: string): boolean {
  return RECORD_TIMES.has(name);
}

export function isNeutralName(name: string, property = true): boolean {
  if (property && NEUTRAL_PROPERTIES.has(name)) return true;
  let neutral = neutralCache.get(name);
  if (neutral === undefined) {
    const w = words(name);
    // `labelByKey`, `issuesById`, `byId`: a map from keys to what its head names; `countByStatus` is still a count.
    const by = w.lastIndexOf('by');
    const head = by >= 0 ? w.slice(0, by) : w;
    // A cursor's token (`nextPageToken`) is where a list goes on, as `startAt` is; `maxIssues` a bound, not the issues.
    neutral = NEUTRAL_TAILS.has(head[head.length - 1] ?? '') || isCursor(head) || (head.length > 1 && BOUND_HEADS.has(head[0]!)) || isFlag(w);
    neutralCache.set(name, neutral);
  }
  return neutral;
}

const ID_TAILS = new Set(['id', 'ids', 'uuid', 'guid']);

/**
 * Whether a name is the ID of a thing of the product, no person's: the word before its ID tail names that thing (`webhookId`,
 * `createdWebhookId` of Jira's webhook registration, `issueId`, `attachmentId`), not `assigneeId`.
 */
export function namesThingId(name: string): boolean {
  const w = words(name);
  return w.length > 1 && ID_TAILS.has(w[w.length - 1]!) && THING_WORDS.has(w[w.length - 2]!);
}
const THING_WORDS = new Set([
  'webhook', 'issue', 'comment', 'attachment', 'worklog', 'sprint', 'version', 'page', 'board', 'project', 'space', 'dashboard',
  'filter', 'field', 'transition', 'workflow', 'component', 'repo', 'repository', 'commit', 'build', 'deployment', 'pipeline',
]);

/** Whether a name says it is an identifier (`distinctId`, `visitorUuid`): whose, the value it is given tells. */
export function namesId(name: string): boolean {
  let id = idCache.get(name);
  if (id === undefined) idCache.set(name, (id = ID_TAILS.has(words(name).pop() ?? '')));
  return id;
}
const idCache = new Map<string, boolean>();

/** Last words of a name that say when or by whom (`configuredAt`, `createdOn`, `updatedBy`): a time or a person. */
const WHEN_WHO_TAILS = new Set(['at', 'on', 'by']);
/**
 * A signed token's registered claims (RFC 7519 section 4.1) other than `sub`: who issued it, for whom, and when it is good. Read off what a
 * token check gives (`result.value.aud` of a package's `validateAuthHeader(authorization)`), none of them is the token.
 */
const TOKEN_CLAIMS = new Set(['aud', 'iss', 'exp', 'iat', 'nbf', 'jti']);
/** Neutral tails that may still name a credential kept in a record (`{ key: 'sk-...' }`, an OAuth `code`). */
const KEY_TAILS = new Set(['key', 'keys', 'code']);

/**
 * Whether a field's name says it holds something other than a credential, read from a value that holds one (`config.configuredAt`
 * of what `storage.getSecret(CONFIG)` gives): a kind of its own (an email), an ID, a URL, a count, a flag, a time or a person.
 * A secret's name (`config.apiKey`), a bare `key` or a name that says nothing (`config.value`) is still the secret.
 */
/** `-token` or `-auth.token` of `{ ...settings, auth: { token: '' } }`: all of a value but a secret-looking field, blanked (see `withoutBlanked`). */
export function blanksSecret(part: string): boolean {
  return part.startsWith(WITHOUT) && part.slice(1).split(',').some((name) => kindOfName(name.slice(name.lastIndexOf('.') + 1)) === 'secret');
}

export function namesNoSecret(name: string): boolean {
  if (TOKEN_CLAIMS.has(name)) return true;
  const kind = kindOfName(name);
  if (kind !== null) return kind !== 'secret';
  const w = words(name);
  if (KEY_TAILS.has(w[w.length - 1] ?? '')) return false;
  return isNeutralName(name) || (w.length > 1 && WHEN_WHO_TAILS.has(w[w.length - 1]!));
}

import * as jwt from 'atlassian-jwt';
import { getInstallation } from './db.js';

// Atlassian Connect request authentication.
// https://developer.atlassian.com/cloud/confluence/understanding-jwt-for-connect-apps/

const INSTALL_KEYS_URL = 'https://connect-install-keys.atlassian.com';
const BASE_URL = process.env.APP_BASE_URL;

export class AuthError extends Error {
  constructor(message) {
    super(message);
    this.status = 401;
  }
}

function tokenFrom(req) {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('JWT ')) throw new AuthError('Missing JWT');
  return header.slice(4);
}

function assertNotExpired(claims) {
  if (typeof claims.exp !== 'number' || claims.exp * 1000 < Date.now()) throw new AuthError('Expired JWT');
}

/** Lifecycle callbacks are signed with Atlassian's RS256 key (`signed-install`). */
export async function verifyLifecycleRequest(req, path) {
  const token = tokenFrom(req);
  const header = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8'));
  if (header.alg !== 'RS256' || !/^[\w-]+$/.test(header.kid ?? '')) throw new AuthError('Unexpected lifecycle JWT');
  const keyResponse = await fetch(`${INSTALL_KEYS_URL}/${header.kid}`);
  if (!keyResponse.ok) throw new AuthError('Unknown signing key');
  const claims = jwt.decodeAsymmetric(token, await keyResponse.text(), jwt.AsymmetricAlgorithm.RS256);
  assertNotExpired(claims);
  if (claims.aud?.[0] !== BASE_URL && claims.aud !== BASE_URL) throw new AuthError('Wrong audience');
  const expectedQsh = jwt.createQueryStringHash(jwt.fromMethodAndUrl('POST', path));
  if (claims.qsh !== expectedQsh) throw new AuthError('Query string hash mismatch');
  return claims;
}

/**
 * Requests from our own iframes carry a context JWT from `AP.context.getToken()`, signed with
 * the installation's shared secret. Returns who is asking and from which site.
 */
export async function requireContext(req) {
  const token = tokenFrom(req);
  const unverified = jwt.decodeSymmetric(token, '', jwt.SymmetricAlgorithm.HS256, true);
  const installation = await getInstallation(unverified.iss);
  if (!installation) throw new AuthError('Unknown installation');
  const claims = jwt.decodeSymmetric(token, installation.shared_secret, jwt.SymmetricAlgorithm.HS256);
  assertNotExpired(claims);
  if (claims.qsh !== 'context-qsh') throw new AuthError('Not a context JWT');
  return { clientKey: installation.client_key, site: installation.base_url, accountId: claims.sub };
}

/** Wraps an API route: JSON errors, 401 on bad tokens, no internals in 500s. */
export const withContext = (handler) => async (req, res) => {
  try {
    const ctx = await requireContext(req);
    await handler(req, res, ctx);
  } catch (error) {
    if (error instanceof AuthError) return res.status(401).json({ error: error.message });
    if (error.status) return res.status(error.status).json({ error: error.message });
    console.error(`API route failed: ${error.name}`);
    return res.status(500).json({ error: 'Something went wrong. Please try again.' });
  }
};

import { AuthError, verifyLifecycleRequest } from '../../../lib/connect-auth.js';
import { deleteInstallation, saveInstallation } from '../../../lib/db.js';

// Connect lifecycle callbacks (atlassian-connect.json `lifecycle`): installed, uninstalled.
export default async function handler(req, res) {
  const { event } = req.query;
  if (req.method !== 'POST' || !['installed', 'uninstalled'].includes(event)) return res.status(404).end();
  try {
    const claims = await verifyLifecycleRequest(req, `/api/lifecycle/${event}`);
    const { clientKey, sharedSecret, baseUrl, productType } = req.body;
    if (claims.iss !== clientKey) throw new AuthError('clientKey does not match the signed token');

    if (event === 'installed') {
      await saveInstallation({ clientKey, sharedSecret, baseUrl, productType });
      console.log('Installation saved');
    } else {
      // Drops the shared secret; AI Credits, payments and the AI audit log are kept for accounting.
      await deleteInstallation(clientKey);
      console.log('Installation removed');
    }
    return res.status(204).end();
  } catch (error) {
    if (error instanceof AuthError) return res.status(401).json({ error: error.message });
    console.error('Lifecycle callback failed');
    return res.status(500).end();
  }
}

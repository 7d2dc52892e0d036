import { useEffect, useState } from 'react';
import posthog from 'posthog-js';
import { api } from '../lib/host.js';

// General page: the site's AI Credits balance and credit packs paid through Stripe Checkout.
export default function Credits() {
  const [balance, setBalance] = useState(null);
  const [error, setError] = useState(null);

  useEffect(() => {
    api('/api/credits').then((data) => setBalance(data.balance)).catch((e) => setError(e.message));
  }, []);

  const buy = async (pack) => {
    posthog.capture('skyline_credits_checkout_started', { pack });
    try {
      const { url } = await api('/api/credits', { method: 'POST', body: { pack } });
      window.open(url, '_blank', 'noopener');
    } catch (e) {
      setError(e.message);
    }
  };

  return (
    <main className="sky-credits">
      <h1>Skyline AI Credits</h1>
      {error && <p role="alert">{error}</p>}
      <p>{balance === null ? 'Loading…' : `${balance} credits left on this site.`}</p>
      <p>A generation costs 5 credits, a research draft 20, a chat edit 2.</p>
      <button type="button" onClick={() => buy('small')}>Buy 100 credits</button>
      <button type="button" onClick={() => buy('large')}>Buy 500 credits</button>
      <p className="sky-note">Payments are processed by Stripe. Enterprise plans include the AI audit log on request.</p>
    </main>
  );
}

import Stripe from 'stripe';
import { withContext } from '../../../lib/connect-auth.js';
import { createPayment, getCreditBalance } from '../../../lib/db.js';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

const PACKS = {
  small: { price: process.env.STRIPE_PRICE_CREDITS_100, credits: 100 },
  large: { price: process.env.STRIPE_PRICE_CREDITS_500, credits: 500 },
};

// GET: the site's AI Credits balance. POST: a Stripe Checkout session for a credits pack.
export default withContext(async (req, res, ctx) => {
  if (req.method === 'GET') return res.status(200).json({ balance: await getCreditBalance(ctx.clientKey) });
  if (req.method !== 'POST') return res.status(405).end();

  const pack = PACKS[req.body?.pack];
  if (!pack) return res.status(400).json({ error: 'Unknown credits pack.' });

  // Nothing identifying goes to Stripe: no customer, e-mail, client_reference_id or metadata,
  // and a success page that is the same for everyone. The session id is matched to the site
  // and user in our own database.
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price: pack.price, quantity: 1 }],
    success_url: `${process.env.APP_BASE_URL}/checkout-complete.html`,
  });
  await createPayment({ sessionId: session.id, ...ctx, credits: pack.credits });
  return res.status(200).json({ url: session.url });
});

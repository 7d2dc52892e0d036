import Stripe from 'stripe';
import { addCredits, markPaymentPaid } from '../../../lib/db.js';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

// Stripe needs the raw body to verify the signature.
export const config = { api: { bodyParser: false } };

async function rawBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export default async function handler(req, res) {
  if (req.method !== 'POST') return res.status(405).end();
  let event;
  try {
    event = stripe.webhooks.constructEvent(await rawBody(req), req.headers['stripe-signature'], process.env.STRIPE_WEBHOOK_SECRET);
  } catch {
    return res.status(400).send('Invalid signature');
  }

  if (event.type === 'checkout.session.completed' && event.data.object.payment_status === 'paid') {
    const payment = await markPaymentPaid(event.data.object.id);
    if (payment) await addCredits(payment.client_key, payment.credits);
  }
  console.log(`Stripe event ${event.type} handled`);
  return res.status(200).json({ received: true });
}

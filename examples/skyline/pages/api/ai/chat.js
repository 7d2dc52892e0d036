import { withContext } from '../../../lib/connect-auth.js';
import { editPage, readPrompt } from '../../../lib/ai.js';
import { addCredits, debitCredits, logAiRequest } from '../../../lib/db.js';

export const config = { api: { bodyParser: { sizeLimit: '8mb' } } };

const COST = 2;

// AI chat in the editor sidebar: user prompt, attached image and the Skyline page content.
export default withContext(async (req, res, ctx) => {
  if (req.method !== 'POST') return res.status(405).end();
  const { prompt, image } = readPrompt(req.body);
  const page = req.body.page;
  if (!page || !Array.isArray(page.blocks)) return res.status(400).json({ error: 'Missing page content.' });

  const balance = await debitCredits(ctx.clientKey, COST);
  if (balance === null) return res.status(402).json({ error: 'Not enough AI Credits.' });
  let result;
  try {
    result = await editPage({ prompt, image, page });
  } catch (error) {
    await addCredits(ctx.clientKey, COST);
    throw error;
  }

  // The audit log keeps the prompt and the response, not the page content sent along.
  await logAiRequest({ ...ctx, kind: 'chat', model: result.model, prompt, response: result.text, credits: COST });
  return res.status(200).json({ page: result.page, balance });
});

import { withContext } from '../../../lib/connect-auth.js';
import { generatePage, readPrompt, researchPage } from '../../../lib/ai.js';
import { addCredits, debitCredits, logAiRequest } from '../../../lib/db.js';

export const config = { api: { bodyParser: { sizeLimit: '8mb' } } };

const COST = { generate: 5, research: 20 };

// AI generation screen: user prompt and attached image only.
export default withContext(async (req, res, ctx) => {
  if (req.method !== 'POST') return res.status(405).end();
  const { prompt, image } = readPrompt(req.body);
  const mode = req.body.mode === 'research' ? 'research' : 'generate';

  const balance = await debitCredits(ctx.clientKey, COST[mode]);
  if (balance === null) return res.status(402).json({ error: 'Not enough AI Credits.' });
  let result;
  try {
    result = mode === 'research' ? await researchPage({ prompt }) : await generatePage({ prompt, image });
  } catch (error) {
    await addCredits(ctx.clientKey, COST[mode]);
    throw error;
  }

  await logAiRequest({ ...ctx, kind: 'generate', model: result.model, prompt, response: result.text, credits: COST[mode] });
  return res.status(200).json({ page: result.page, balance });
});

import { GoogleGenAI } from '@google/genai';
import OpenAI from 'openai';

// The only data sent to AI providers: the user's prompt, the image the user attached to it and,
// for chat edits, the Skyline page content (its text and the URLs of its images and videos).
// Nothing else from Confluence and no user or site identifiers.

const gemini = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

export const MODELS = {
  generate: 'gemini-3-pro-preview',
  generateFallback: 'gemini-2.5-pro',
  chat: 'gpt-5.1',
  research: 'o4-mini-deep-research',
};

const SKYLINE_FORMAT = `Answer with JSON only: {"blocks": [...]} where each block is one of
{"type":"hero","title","subtitle","background"}, {"type":"text","markdown"},
{"type":"image","src","alt"}, {"type":"columns","columns":[[block...]]}, {"type":"callout","tone","markdown"}.
Use only image and video URLs given to you.`;

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp']);

/** Validates the request body of the AI routes: a prompt and, optionally, one image. */
export function readPrompt(body) {
  const prompt = typeof body?.prompt === 'string' ? body.prompt.trim() : '';
  if (!prompt || prompt.length > 4000) throw Object.assign(new Error('Write a prompt of up to 4000 characters.'), { status: 400 });
  const image = body.image ?? null;
  if (image && (!IMAGE_TYPES.has(image.mimeType) || typeof image.data !== 'string')) {
    throw Object.assign(new Error('Attach a PNG, JPEG or WebP image.'), { status: 400 });
  }
  return { prompt, image };
}

const parseBlocks = (text) => JSON.parse(text.replace(/^```(?:json)?\s*|\s*```$/g, ''));

/** AI generation screen: prompt (+ attached image) to a new Skyline page. */
export async function generatePage({ prompt, image }) {
  const parts = [{ text: prompt }];
  if (image) parts.push({ inlineData: { mimeType: image.mimeType, data: image.data } });
  for (const model of [MODELS.generate, MODELS.generateFallback]) {
    try {
      const response = await gemini.models.generateContent({
        model,
        contents: [{ role: 'user', parts }],
        config: { systemInstruction: `You design Confluence page sections. ${SKYLINE_FORMAT}`, responseMimeType: 'application/json' },
      });
      return { model, text: response.text, page: parseBlocks(response.text) };
    } catch (error) {
      if (model === MODELS.generateFallback || error.status !== 503) throw error;
    }
  }
  throw new Error('unreachable');
}

/** Research mode: a deep-research pass that drafts the content from the prompt alone. */
export async function researchPage({ prompt }) {
  const response = await openai.responses.create({
    model: MODELS.research,
    input: `${prompt}\n\n${SKYLINE_FORMAT}`,
    tools: [{ type: 'web_search_preview' }],
  });
  return { model: MODELS.research, text: response.output_text, page: parseBlocks(response.output_text) };
}

/** AI chat in the sidebar: edits the current Skyline page. */
export async function editPage({ prompt, image, page }) {
  const content = [
    { type: 'input_text', text: prompt },
    { type: 'input_text', text: `Current Skyline page:\n${JSON.stringify(page)}` },
  ];
  if (image) content.push({ type: 'input_image', image_url: `data:${image.mimeType};base64,${image.data}` });
  const response = await openai.responses.create({
    model: MODELS.chat,
    instructions: `You edit a Confluence page section on request. Return the whole updated page. ${SKYLINE_FORMAT}`,
    input: [{ role: 'user', content }],
  });
  return { model: MODELS.chat, text: response.output_text, page: parseBlocks(response.output_text) };
}

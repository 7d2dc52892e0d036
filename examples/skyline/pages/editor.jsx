import { useEffect, useState } from 'react';
import posthog from 'posthog-js';
import SkylineBlocks from '../components/SkylineBlocks.jsx';
import { api, currentContentId, readImage, readMacroBody, saveMacroBody, uploadImage } from '../lib/host.js';

// Macro editor: AI generation screen (empty macro) and AI chat sidebar (existing content),
// image upload to the page, and the Skyline image / video library.
export default function Editor() {
  const [page, setPage] = useState(null);
  const [prompt, setPrompt] = useState('');
  const [promptImage, setPromptImage] = useState(null);
  const [library, setLibrary] = useState([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);

  useEffect(() => {
    readMacroBody().then(setPage);
    api('/api/library?kind=images').then((data) => setLibrary(data.items)).catch(() => setLibrary([]));
  }, []);

  const run = async (task) => {
    setBusy(true);
    setError(null);
    try {
      await task();
    } catch (e) {
      setError(e.message);
    } finally {
      setBusy(false);
    }
  };

  const askAi = (mode) =>
    run(async () => {
      const image = promptImage ? await readImage(promptImage) : null;
      const isChat = page.blocks.length > 0;
      posthog.capture(isChat ? 'skyline_ai_chat' : 'skyline_ai_generate', { mode });
      const result = isChat
        ? await api('/api/ai/chat', { method: 'POST', body: { prompt, image, page } })
        : await api('/api/ai/generate', { method: 'POST', body: { prompt, image, mode } });
      setPage(result.page);
      setPrompt('');
      setPromptImage(null);
    });

  const addImage = (file) =>
    run(async () => {
      const src = await uploadImage(await currentContentId(), file);
      setPage({ ...page, blocks: [...page.blocks, { type: 'image', src, alt: file.name }] });
    });

  const setBackground = (url) => {
    const [first, ...rest] = page.blocks;
    const hero = first?.type === 'hero' ? { ...first, background: url } : { type: 'hero', title: '', background: url };
    setPage({ ...page, blocks: first?.type === 'hero' ? [hero, ...rest] : [hero, ...page.blocks] });
  };

  if (!page) return null;
  return (
    <div className="sky-editor">
      <section className="sky-editor__canvas">
        {page.blocks.length > 0 ? <SkylineBlocks page={page} /> : <p className="sky-empty">Describe the section you want.</p>}
      </section>
      <aside className="sky-editor__sidebar">
        {error && <p role="alert">{error}</p>}
        <textarea value={prompt} onChange={(e) => setPrompt(e.target.value)} placeholder="Ask Skyline…" rows={5} />
        <label>
          Attach an image to the prompt
          <input type="file" accept="image/png,image/jpeg,image/webp" onChange={(e) => setPromptImage(e.target.files[0] ?? null)} />
        </label>
        <button type="button" disabled={busy || !prompt} onClick={() => askAi('generate')}>
          {page.blocks.length > 0 ? 'Apply' : 'Generate'}
        </button>
        {page.blocks.length === 0 && (
          <button type="button" disabled={busy || !prompt} onClick={() => askAi('research')}>Research and draft</button>
        )}
        <label>
          Add an image to the page
          <input type="file" accept="image/*" onChange={(e) => e.target.files[0] && addImage(e.target.files[0])} />
        </label>
        <h2>Backgrounds</h2>
        <div className="sky-library">
          {library.map((item) => (
            <button type="button" key={item.key} onClick={() => setBackground(item.url)}>
              <img src={item.url} alt="" loading="lazy" />
            </button>
          ))}
        </div>
        <button type="button" className="sky-primary" disabled={busy} onClick={() => saveMacroBody(page)}>Save</button>
      </aside>
    </div>
  );
}

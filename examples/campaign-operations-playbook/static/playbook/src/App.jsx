import React, { useMemo, useState } from 'react';
import { CATEGORIES, TEMPLATES } from './templates.js';
import { searchTemplates } from './search.js';
import { copyText } from './clipboard.js';

export default function App() {
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState('');
  const [selectedId, setSelectedId] = useState(TEMPLATES[0].id);
  const [copyState, setCopyState] = useState('idle');

  const results = useMemo(() => searchTemplates(TEMPLATES, query, category), [query, category]);
  const selected = TEMPLATES.find((template) => template.id === selectedId) ?? results[0];

  const onCopy = async () => {
    setCopyState((await copyText(selected.body)) ? 'copied' : 'failed');
    setTimeout(() => setCopyState('idle'), 2500);
  };

  return (
    <main className="playbook">
      <aside className="playbook__list">
        <input
          type="search"
          placeholder="Search templates"
          aria-label="Search templates"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <div className="playbook__filters" role="group" aria-label="Category">
          <button type="button" aria-pressed={category === ''} onClick={() => setCategory('')}>All</button>
          {CATEGORIES.map((item) => (
            <button key={item.id} type="button" aria-pressed={category === item.id} onClick={() => setCategory(item.id)}>
              {item.name}
            </button>
          ))}
        </div>
        <ul>
          {results.map((template) => (
            <li key={template.id}>
              <button
                type="button"
                className={template.id === selected?.id ? 'is-selected' : undefined}
                onClick={() => setSelectedId(template.id)}
              >
                <strong>{template.title}</strong>
                <span>{template.summary}</span>
              </button>
            </li>
          ))}
          {results.length === 0 && <li className="playbook__empty">No template matches “{query}”.</li>}
        </ul>
      </aside>
      {selected && (
        <section className="playbook__preview" aria-live="polite">
          <header>
            <h1>{selected.title}</h1>
            <button type="button" className="playbook__copy" onClick={onCopy}>
              {copyState === 'copied' ? 'Copied' : 'Copy template'}
            </button>
          </header>
          {copyState === 'failed' && (
            <p className="playbook__hint">Your browser blocked the clipboard. Select the text below and copy it.</p>
          )}
          <p>{selected.summary}</p>
          <pre>{selected.body}</pre>
          <p className="playbook__hint">Paste into any Confluence page: headings, tables and checklists are kept.</p>
        </section>
      )}
    </main>
  );
}

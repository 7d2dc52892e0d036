import { useEffect, useState } from 'react';
import SkylineBlocks from '../components/SkylineBlocks.jsx';
import { readMacroBody } from '../lib/host.js';

// The macro as readers see it on the page. The content comes from the macro body that
// Confluence stores with the page; this view makes no server call.
export default function MacroView() {
  const [page, setPage] = useState(null);
  useEffect(() => {
    readMacroBody().then(setPage);
  }, []);
  if (!page) return null;
  if (page.blocks.length === 0) return <p className="sky-empty">Edit this macro to design the section with Skyline.</p>;
  return <SkylineBlocks page={page} />;
}

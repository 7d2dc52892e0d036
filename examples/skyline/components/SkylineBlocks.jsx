// Renders a Skyline page (the JSON kept in the macro body). Markdown is shown as plain
// paragraphs here; rich formatting is applied by CSS classes per block type.

function Markdown({ text = '' }) {
  return text.split(/\n{2,}/).map((paragraph, index) => <p key={index}>{paragraph}</p>);
}

function Block({ block }) {
  switch (block.type) {
    case 'hero': {
      const isVideo = /\.(mp4|webm)$/i.test(block.background ?? '');
      return (
        <section className="sky-hero" style={!isVideo && block.background ? { backgroundImage: `url(${block.background})` } : undefined}>
          {isVideo && <video className="sky-hero__video" src={block.background} autoPlay muted loop playsInline />}
          <h1>{block.title}</h1>
          {block.subtitle && <p>{block.subtitle}</p>}
        </section>
      );
    }
    case 'image':
      return <img className="sky-image" src={block.src} alt={block.alt ?? ''} />;
    case 'columns':
      return (
        <div className="sky-columns">
          {block.columns.map((column, index) => (
            <div key={index}>{column.map((child, childIndex) => <Block key={childIndex} block={child} />)}</div>
          ))}
        </div>
      );
    case 'callout':
      return <aside className={`sky-callout sky-callout--${block.tone ?? 'info'}`}><Markdown text={block.markdown} /></aside>;
    case 'text':
    default:
      return <div className="sky-text"><Markdown text={block.markdown} /></div>;
  }
}

export default function SkylineBlocks({ page }) {
  return <div className="sky-page">{page.blocks.map((block, index) => <Block key={index} block={block} />)}</div>;
}

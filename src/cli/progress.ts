/** A one-line progress indicator on stderr, shown only on a terminal and only for work that takes a while. */
export function progress(label: string): { update(done: number, total: number): void; done(): void } {
  const stream = process.stderr;
  if (!stream.isTTY || process.env.CI) return { update() {}, done() {} };
  const started = Date.now();
  let shown = false;
  return {
    update(done, total) {
      if (Date.now() - started < 300 && done < total) return;
      shown = true;
      const pct = total ? Math.floor((done / total) * 100) : 100;
      stream.write(`\r${label} ${done}/${total} files (${pct}%)`);
    },
    done() {
      if (shown) stream.write('\r\u001b[2K');
    },
  };
}

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './analyze.ts';

describe('values built with new URLSearchParams, URL, Blob or Headers', () => {
  it('hold what they are given', () => {
    const facts = analyze([
      'export const run = async (payload) => {',
      '  const q = new URLSearchParams({ query: payload.query, per_page: "10" });',
      '  await fetch(`https://api.example.com/a?${q.toString()}`);',
      '  await fetch(`https://api.example.com/b?${new URLSearchParams({ query: payload.query })}`);',
      '  const body = new URLSearchParams({ grant_type: "client_credentials", client_secret: process.env.CLIENT_SECRET });',
      '  await fetch("https://auth.example.com/token", { method: "POST", body });',
      '  await fetch("https://api.example.com/c", { method: "PUT", body: new Blob([JSON.stringify(payload)]) });',
      '  await fetch(new URL("/d", "https://api.example.com"), { headers: new Headers({ Accept: "application/json" }) });',
      '};',
    ].join('\n'), 'src/index.js', ['src/index.js#run']);
    assert.deepEqual(facts.egress.map((c) => [c.evidence.line, c.carries]), [
      [3, ['resolver-payload']],
      [4, ['resolver-payload']],
      [6, ['secret']],
      [7, ['resolver-payload']],
      [8, ['literal']],
    ]);
  });

  it('a URL held in a variable sends what it was built from, whatever the variable is named', () => {
    const facts = analyze([
      'export const search = async (payload) => {',
      "  const accessKey = await getKey();",
      '  const params = new URLSearchParams({ query: payload.query, client_id: accessKey });',
      '  const url = `https://api.example.com/search?${params.toString()}`;',
      "  await fetch(url, { method: 'GET' });",
      "  let next = 'https://api.example.com/next';",
      '  next += `?q=${payload.query}`;',
      '  await fetch(next);',
      '};',
    ].join('\n'), 'src/index.js', ['src/index.js#search']);
    assert.deepEqual(facts.egress.map((c) => [c.evidence.line, c.carries]), [[5, ['resolver-payload', 'secret']], [8, ['resolver-payload']]]);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const DESCRIPTOR = JSON.stringify({
  key: 'story-writer', baseUrl: 'https://stories.example.com', authentication: { type: 'jwt' }, scopes: ['READ'],
  modules: { generalPages: [{ key: 'main', url: '/writer', name: { value: 'Writer' } }] },
});

describe("a module that opens with 'use client' runs in the browser", () => {
  it('its requests and logs are the front end\'s; a route handler beside it stays the server\'s', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': DESCRIPTOR,
      'package.json': JSON.stringify({ dependencies: { next: '^14.0.0', react: '^18.0.0' } }),
      'app/writer/page.tsx': [
        '"use client"',
        '',
        'import { useState } from "react"',
        '',
        'export default function Writer() {',
        '  const [text, setText] = useState("")',
        '  const save = async () => {',
        '    try {',
        '      await fetch("/api/notes", { method: "POST", body: JSON.stringify({ text }) })',
        '    } catch (error) {',
        '      console.error("Save failed:", error)',
        '    }',
        '  }',
        '  return <textarea value={text} onChange={(e) => setText(e.target.value)} onBlur={save} />',
        '}',
        '',
      ].join('\n'),
      'app/api/notes/route.ts': [
        'import { NextResponse } from "next/server"',
        '',
        'export async function POST(request: Request) {',
        '  const { text } = await request.json()',
        '  console.log("Story:", text)',
        '  return NextResponse.json({ ok: true })',
        '}',
        '',
      ].join('\n'),
    });
    const sides = (list: Array<{ side: string; evidence: { file: string } }>): string[] => list.map((f) => `${f.evidence.file} ${f.side}`);
    assert.deepEqual(sides(facts.egress.calls), ['app/writer/page.tsx frontend']);
    assert.deepEqual(sides(facts.logs).sort(), ['app/api/notes/route.ts backend', 'app/writer/page.tsx frontend']);
  });

  it("not one where 'use client' is no directive (a string further down)", async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': DESCRIPTOR,
      'package.json': JSON.stringify({ dependencies: { next: '^14.0.0' } }),
      'app/api/notes/route.ts': [
        'import { NextResponse } from "next/server"',
        '"use client"',
        'export async function POST(request: Request) {',
        '  const body = await request.json()',
        '  console.log("Note:", body.note)',
        '  return NextResponse.json({ ok: true })',
        '}',
        '',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => l.side), ['backend']);
  });
});

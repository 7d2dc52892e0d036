import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAppCode, isNotAppCode } from '../../src/scan/app-code.ts';
import { scanFiles } from '../helpers/temp-app.ts';

const descriptor = JSON.stringify({
  key: 'story-board', baseUrl: 'https://stories.example.com', authentication: { type: 'jwt' }, scopes: ['READ'],
  modules: { generalPages: [{ key: 'board', name: { value: 'Stories' }, url: '/board.html' }] },
});
const post = (url: string): string => `export async function POST(request) {\n  const body = await request.json();\n  return fetch('${url}', { method: 'POST', body: JSON.stringify({ text: body.text }) });\n}\n`;

describe('folders named like tests that are URL path segments or served scripts', () => {
  it('a Next.js route under app/api/stories/ or app/api/fixtures/, and a page\'s public/scripts/, are the app\'s code; Storybook\'s stories and a test folder are not', async () => {
    const { facts } = await scanFiles({
      'atlassian-connect.json': descriptor,
      'package.json': JSON.stringify({ name: 'story-board', dependencies: { next: '15.0.0', react: '19.0.0' } }),
      'app/api/stories/route.ts': post('https://api.storywriter.example/v1/draft'),
      'app/api/fixtures/[id]/route.ts': post('https://api.matchdata.example/v2/fixtures'),
      'public/board.html': '<html><head><script src="https://connect-cdn.atl-paas.net/all.js"></script><script src="/scripts/board.js"></script></head><body></body></html>',
      'public/scripts/board.js': "fetch('https://api.boardstats.example/v1/view', { method: 'POST', body: JSON.stringify({ page: location.pathname }) });\n",
      'src/stories/Board.stories.tsx': "fetch('https://api.storybook-mock.example/stories');\nexport default { title: 'Board' };\n",
      'app/api/stories/route.test.ts': "fetch('https://api.test-only.example/x');\n",
      'test/api/stories/route.ts': post('https://api.test-only.example/y'),
    });
    assert.deepEqual(facts.egress.calls.map((c) => `${c.host} ${c.evidence.file}`).sort(), [
      'api.boardstats.example public/scripts/board.js',
      'api.matchdata.example app/api/fixtures/[id]/route.ts',
      'api.storywriter.example app/api/stories/route.ts',
    ]);
  });

  it('route modules stay the app\'s below their framework\'s routes folder; test tools\' folders and tests above it do not', () => {
    const app = [
      'app/api/stories/route.ts', 'src/app/api/test/route.ts', 'app/examples/page.tsx', 'pages/api/stories/index.ts',
      'src/routes/stories/+page.server.ts', 'server/api/fixtures/index.ts', 'static/scripts/panel.js', 'src/stories/StoryList.tsx',
    ];
    const notApp = [
      'src/stories/Button.stories.tsx', '.storybook/preview.ts', 'tests/app/api/x/route.ts', 'app/api/stories/route.test.ts',
      'app/api/__tests__/route.ts', 'examples/next/app/page.tsx', 'app/test/helpers.ts', 'src/mocks/handlers.ts', 'scripts/deploy.js', 'src/scripts/seed.js',
    ];
    assert.deepEqual(app.filter((f) => isNotAppCode(f) || !isAppCode(f)), []);
    assert.deepEqual(notApp.filter((f) => !isNotAppCode(f) || isAppCode(f)), []);
  });
});

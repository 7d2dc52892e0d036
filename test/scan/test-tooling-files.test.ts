import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAppCode, isNotAppCode } from '../../src/scan/app-code.ts';

describe("test runners' set-up and configuration files", () => {
  it('are not app code', () => {
    const tooling = [
      'src/setupTests.js', 'src/setupTests.ts', 'jest.setup.ts', 'jest.setup.env.js', 'jest.config.js', 'jest.config.cjs', 'jest.polyfills.js',
      'vitest.config.ts', 'vitest.setup.ts', 'vitest.workspace.mts', 'playwright.config.ts', 'cypress.config.ts', 'karma.conf.js',
      'static/ui/src/setup-tests.ts', 'src/test-setup.js', 'src/test-utils.tsx', 'cypress/support/commands.js', 'packages/web/setupJest.js',
    ];
    assert.deepEqual(tooling.filter((f) => !isNotAppCode(f) || isAppCode(f)), []);
  });

  it('leave files that only share a word with them', () => {
    const app = ['src/index.js', 'src/setup.js', 'src/jest.js', 'src/testing.ts', 'src/tests-report.ts', 'src/config/playwright.ts', 'src/setupWebhooks.ts', 'src/utils.ts'];
    assert.deepEqual(app.filter((f) => isNotAppCode(f) || !isAppCode(f)), []);
  });
});

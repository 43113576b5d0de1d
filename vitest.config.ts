import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    // Integration tests start their own embedded store; infra tests synthesize CDK stacks.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    // Integration tests start their own embedded store; infra tests synthesize CDK stacks.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', './test/support/summary-reporter.ts'],
    env: {
      // Request logs are asserted where they matter (see test/http); elsewhere they are noise.
      POWERTOOLS_LOG_LEVEL: 'WARN',
      // Business metrics are observed on the Metrics instance (test/adapters/metrics.test.ts),
      // not printed as EMF lines between the test results.
      POWERTOOLS_METRICS_DISABLED: 'true',
      // Lambda runs nodejs22.x; the lockfile pins SDK versions that still run on local Node 20.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  },
});

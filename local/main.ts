/** `npm start`: the whole backend locally (see README "Run it locally"). */
import { logger } from '#adapters/logger';
import { clockFromEnvironment, startRuntime } from './runtime';

const runtime = await startRuntime({
  dataDir: process.env.DATA_DIR ?? '.data',
  port: Number(process.env.PORT ?? 3000),
  clock: clockFromEnvironment(),
  schedules: true,
});
logger.info('hall backend running', {
  url: runtime.url,
  dataDir: process.env.DATA_DIR ?? '.data',
  clock: runtime.deps.clock.now().toISOString(),
});
process.stdout.write(`Hall backend listening on ${runtime.url} (try ${runtime.url}/v1/public/openapi.json)\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void runtime.stop().then(() => process.exit(0));
  });
}

/** `npm start`: the whole backend locally (see README "Quick start"). */
import { logger } from '#adapters/logger';
import { clockFromEnvironment, startRuntime } from './runtime';
import { DEMO_HALL, seedDemoHall } from './seed';

const dataDir = process.env.DATA_DIR ?? '.data';
const runtime = await startRuntime({
  dataDir,
  port: Number(process.env.PORT ?? 3000),
  clock: clockFromEnvironment(),
  schedules: true,
});
const seeded = process.env.SEED !== 'none' && (await seedDemoHall(runtime.deps));
logger.info('hall backend running', { url: runtime.url, dataDir, clock: runtime.deps.clock.now().toISOString(), seeded });
process.stdout.write(
  `Hall backend listening on ${runtime.url}\n` +
    `  public service guide: ${runtime.url}/v1/public/halls/${DEMO_HALL}/items${seeded ? ' (demo hall just created)' : ''}\n` +
    `  API description:      ${runtime.url}/v1/public/openapi.json\n`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void runtime.stop().then(() => process.exit(0));
  });
}

/**
 * `npm run token -- --sub u1 --roles hall-admin --hall h1`: prints a JWT the local server
 * accepts. Agency admins omit --hall. Roles may be comma-separated or repeated. A window's
 * rating device: `--roles rating-device --hall h1 --window w1` (its sub defaults to
 * `device-<window>`).
 */
import { parseArgs } from 'node:util';
import { loadOrCreateKeys, signToken } from './auth';
import { resolveStateDir } from './runtime';

const { values } = parseArgs({
  options: {
    sub: { type: 'string' },
    roles: { type: 'string', multiple: true },
    hall: { type: 'string' },
    window: { type: 'string' },
    ttl: { type: 'string', default: '43200' },
  },
});

const sub = values.sub ?? (values.window ? `device-${values.window}` : undefined);
if (!sub || !values.roles?.length) {
  process.stderr.write(
    'usage: npm run token -- --sub <id> --roles <role[,role]> [--hall <hallId>] [--window <windowId>] [--ttl <seconds>]\n',
  );
  process.exit(2);
}

const keys = await loadOrCreateKeys(resolveStateDir(process.env.DATA_DIR ?? '.data'));
const token = await signToken(keys, {
  sub,
  roles: values.roles.flatMap((r) => r.split(',')).filter(Boolean),
  ...(values.hall ? { hallId: values.hall } : {}),
  ...(values.window ? { windowId: values.window } : {}),
  ttlSeconds: Number(values.ttl),
});
process.stdout.write(`${token}\n`);

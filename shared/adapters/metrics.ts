/**
 * Business metrics (shared/topology/metrics.ts) in the CloudWatch embedded metric format, with
 * Powertools Metrics. Like the logger, one instance per process: a metric is a structured line
 * on stdout that CloudWatch turns into a data point, so there is no client to inject and no
 * grant to give. The function wrapper (shared/lambda/entry.ts) flushes it after every
 * invocation. Locally (the runtime, tests) POWERTOOLS_METRICS_DISABLED=true keeps the lines
 * out of the output; what was recorded can still be observed on the instance.
 */
import { Metrics } from '@aws-lambda-powertools/metrics';
import { businessMetrics, METRICS_NAMESPACE, METRICS_SERVICE, STAGE_ENVIRONMENT_VARIABLE, type BusinessMetric } from '#topology/metrics';

let instance: Metrics | undefined;

/**
 * The process's Metrics instance, made at first use rather than at import, so that it reads
 * the environment as the process has set it by then (the local runtime disables the output).
 */
export function metrics(): Metrics {
  instance ??= new Metrics({
    namespace: METRICS_NAMESPACE,
    serviceName: METRICS_SERVICE,
    defaultDimensions: { stage: process.env[STAGE_ENVIRONMENT_VARIABLE] ?? 'local' },
  });
  return instance;
}

/**
 * Adds `value` to a business metric in this invocation's figures. `about` goes into the log
 * line only (EMF metadata, searchable with Logs Insights), never into dimensions: a hall
 * dimension would make a custom metric per hall.
 */
export function recordMetric(name: BusinessMetric, value = 1, about: Record<string, string> = {}): void {
  const m = metrics();
  m.addMetric(name, businessMetrics[name].unit, value);
  for (const [key, text] of Object.entries(about)) m.addMetadata(key, text);
}

/** Writes this invocation's figures, if there are any (Powertools warns on every empty flush). */
export function publishMetrics(): void {
  if (instance?.hasStoredMetrics()) instance.publishStoredMetrics();
}

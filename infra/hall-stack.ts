/**
 * One region's backend for one stage, composed from the pure tables the local runtime uses as
 * well: shared/topology/catalog.ts (functions and their grants), shared/topology/triggers.ts
 * (schedules, stream), shared/adapters/table.ts (the table) and shared/api/routes.ts (the
 * routes). No resource has a fixed physical name, so stages can share an account.
 */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { EventBus } from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';
import { functionCatalog, type FunctionName, type FunctionSpec } from '#topology/catalog';
import { Api } from './api';
import { TableBackup } from './backup';
import type { HallConfig } from './config';
import { HallFunction, KMS_ACTIONS } from './hall-function';
import { Jobs } from './jobs';
import { Monitoring } from './monitoring';
import { Notifications } from './notifications';
import { Storage } from './storage';
import { Streams } from './streams';

export interface HallStackProps extends StackProps {
  config: HallConfig;
}

/** `public-read` → `PublicRead`: output ids are alphanumeric. */
const pascal = (name: string) => name.replace(/(^|-)(\w)/g, (_, _dash: string, c: string) => c.toUpperCase());

export class HallStack extends Stack {
  constructor(scope: Construct, id: string, props: HallStackProps) {
    super(scope, id, props);
    const { config } = props;
    const storage = new Storage(this, 'Storage', config.keyAdminArns);
    const { table, personalDataKey, hashingSecret } = storage;
    new TableBackup(this, 'Backup', { table });
    const bus = new EventBus(this, 'Bus');

    // Exactly the grants the catalog lists, and nothing else.
    const functions = {} as Record<FunctionName, HallFunction>;
    for (const [name, spec] of Object.entries(functionCatalog) as [FunctionName, FunctionSpec][]) {
      const fn = new HallFunction(this, name, { spec, stage: config.stage, logRetention: config.logRetention, logLevel: config.logLevel });
      fn.bindTable(table, spec);
      if (spec.publishesEvents) fn.allowPublish(bus);
      if (spec.personalData) {
        fn.allowPersonalData(personalDataKey, spec.personalData);
        storage.allowKeyUse(
          fn.role!,
          spec.personalData.map((use) => KMS_ACTIONS[use]),
        );
      }
      if (spec.keyedHash) fn.allowKeyedHash(hashingSecret);
      functions[name] = fn;
      // What `npm run replay`, `aws lambda invoke` and the logs need: the generated names.
      new CfnOutput(this, `Function${pascal(name)}`, { value: fn.functionName, description: `The ${name} function` });
    }

    const api = new Api(this, 'Api', { functions, config });
    new CfnOutput(this, 'BreakGlassRoleArn', {
      value: storage.breakGlassRole.roleArn,
      description: 'Assume with MFA to decrypt personal data fields in an emergency (every use is in CloudTrail)',
    });
    const jobs = new Jobs(this, 'Jobs', { functions, bus, scheduler: config.scheduler });
    const streams = new Streams(this, 'Streams', { table, functions });
    new Notifications(this, 'Notifications', { functions, bus, email: config.notificationEmail });
    new CfnOutput(this, 'JobsDeadLetterQueueUrl', { value: jobs.deadLetters.queueUrl, description: 'npm run replay -- <this URL>' });
    new CfnOutput(this, 'StreamsDeadLetterQueueUrl', {
      value: streams.deadLetters.queueUrl,
      description: 'npm run replay -- <this URL> (within 24 hours)',
    });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'EventBusName', { value: bus.eventBusName });

    // Last: it alarms on every queue of the stack, whoever made it.
    new Monitoring(this, 'Monitoring', { config, functions, stage: api.stage, table });
  }
}

/**
 * One region's backend, composed from the pure tables the local runtime uses as well:
 * shared/topology/catalog.ts (functions and their grants), shared/topology/triggers.ts (schedules, stream),
 * shared/adapters/table.ts (the table) and shared/api/routes.ts (the routes).
 */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { EventBus } from 'aws-cdk-lib/aws-events';
import type { Construct } from 'constructs';
import { functionCatalog, type FunctionName, type FunctionSpec } from '#topology/catalog';
import { Api } from './api';
import type { HallConfig } from './config';
import { HallFunction, KMS_ACTIONS } from './hall-function';
import { Jobs } from './jobs';
import { Notifications } from './notifications';
import { Storage } from './storage';
import { Streams } from './streams';

export interface HallStackProps extends StackProps {
  config: HallConfig;
}

export class HallStack extends Stack {
  constructor(scope: Construct, id: string, props: HallStackProps) {
    super(scope, id, props);
    const { config } = props;
    const storage = new Storage(this, 'Storage', config.keyAdminArns);
    const { table, personalDataKey, hashingSecret } = storage;
    const bus = new EventBus(this, 'Bus', { eventBusName: 'hall-events' });

    // Exactly the grants the catalog lists, and nothing else.
    const functions = {} as Record<FunctionName, HallFunction>;
    for (const [name, spec] of Object.entries(functionCatalog) as [FunctionName, FunctionSpec][]) {
      const fn = new HallFunction(this, name, { spec, logRetention: config.logRetention, logLevel: config.logLevel });
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
    }

    new Api(this, 'Api', { functions, config });
    new CfnOutput(this, 'BreakGlassRoleArn', {
      value: storage.breakGlassRole.roleArn,
      description: 'Assume with MFA to decrypt personal data fields in an emergency (every use is in CloudTrail)',
    });
    new Jobs(this, 'Jobs', { functions, bus, scheduler: config.scheduler });
    new Streams(this, 'Streams', { table, functions });
    new Notifications(this, 'Notifications', { functions, bus, email: config.notificationEmail });
  }
}

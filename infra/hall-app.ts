import { Tags, Validations, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { DEV_STAGE, hallConfig, hallStage, targetRegions } from './config';
import { HallStack } from './hall-stack';

/** The id of a stage's stack in a region: `Hall-prod-cn-north-1`. */
export const stackId = (stage: string, region: string) => `Hall-${stage}-${region}`;

/**
 * One stack per target region for the stage given in the context (`hall:stage`, default dev),
 * all checked by cdk-nag (findings fail the synth). Stages share nothing but the account, so
 * a staging copy can live next to production.
 */
export function defineHallApp(app: App): HallStack[] {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const stage = hallStage(app);
  return targetRegions(app).map((region) => {
    const config = hallConfig(app, region);
    const stack = new HallStack(app, stackId(stage, region), {
      env: { region, ...(config.account ? { account: config.account } : {}) },
      description: `Hall backend (政务服务大厅), stage ${stage}, ${region}`,
      // Anything but a development stack needs a deliberate step before it can be deleted.
      terminationProtection: stage !== DEV_STAGE,
      config,
    });
    Tags.of(stack).add('hall:stage', stage);
    return stack;
  });
}

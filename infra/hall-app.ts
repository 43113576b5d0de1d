import { Validations, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { hallConfig, targetRegions } from './config';
import { HallStack } from './hall-stack';

/** One stack per target region, all checked by cdk-nag (findings fail the synth). */
export function defineHallApp(app: App): HallStack[] {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return targetRegions(app).map((region) => new HallStack(app, `Hall-${region}`, { env: { region }, config: hallConfig(app, region) }));
}

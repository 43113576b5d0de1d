/**
 * Synthesizes the real app (defineHallApp, cdk-nag included) with the cdk.json context and no
 * bundling. A synth takes seconds, so each test file does it once, in beforeAll.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import * as z from 'zod';
import type { FunctionName } from '#topology/catalog';
import { defineHallApp } from '../../infra/hall-app';
import type { HallFunction } from '../../infra/hall-function';

export const cdkContext = (
  JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as { context: Record<string, unknown> }
).context;

export function hallApp(context: Record<string, unknown> = {}) {
  const app = new App({
    context: { ...cdkContext, 'aws:cdk:bundling-stacks': [], ...context },
    // CDK's own CloudFormation schema check takes most of a synth (~7 of 10 s for three
    // stacks) and only ever warns; `npm run synth` still runs it. cdk-nag stays on.
    builtinCloudFormationValidation: false,
  });
  return { app, stacks: defineHallApp(app) };
}

/** A resource of a synthesized template; `P`: its properties, as far as a test reads them. */
export type Resource<P = Record<string, unknown>> = { Type: string; Properties: P; [attribute: string]: unknown };

const ref = z.looseObject({ Ref: z.string() });
const getAtt = z.looseObject({ 'Fn::GetAtt': z.tuple([z.string(), z.string()]) });
const iamStatement = z.looseObject({
  Action: z.union([z.string(), z.array(z.string())]),
  Resource: z.unknown(),
  Condition: z.unknown().optional(),
});

/**
 * The properties the tests read, by resource type: `resources(type)` parses them, so a template
 * of another shape fails on the path that differs. Loose objects: every other property stays
 * (for toMatchObject). The properties of other types come as `Record<string, unknown>`.
 */
const readProperties = {
  'AWS::Lambda::Function': z.looseObject({ Environment: z.looseObject({ Variables: z.record(z.string(), z.unknown()) }) }),
  'AWS::IAM::Policy': z.looseObject({ Roles: z.array(ref), PolicyDocument: z.looseObject({ Statement: z.array(iamStatement) }) }),
  'AWS::ApiGatewayV2::Route': z.looseObject({
    RouteKey: z.string(),
    // `integrations/<integration id>`: ['', ['integrations/', { Ref }]]
    Target: z.looseObject({ 'Fn::Join': z.tuple([z.string(), z.tuple([z.string(), ref])]) }),
  }),
  'AWS::Cognito::UserPool': z.looseObject({ Schema: z.array(z.looseObject({ Name: z.string(), Mutable: z.boolean().optional() })) }),
  'AWS::Cognito::UserPoolClient': z.looseObject({ WriteAttributes: z.array(z.string()), ReadAttributes: z.array(z.string()) }),
  'AWS::Scheduler::Schedule': z.looseObject({ ScheduleExpression: z.string(), Target: z.looseObject({ Input: z.string() }) }),
  'AWS::Events::Rule': z.looseObject({
    EventBusName: ref.optional(),
    EventPattern: z.looseObject({ 'detail-type': z.array(z.string()).optional() }).optional(),
    ScheduleExpression: z.string().optional(),
    Targets: z.array(z.looseObject({ InputTransformer: z.looseObject({ InputTemplate: z.string() }).optional() })),
  }),
  'AWS::CloudWatch::Alarm': z.looseObject({
    MetricName: z.string().optional(),
    Namespace: z.string().optional(),
    Dimensions: z.array(z.looseObject({ Name: z.string(), Value: z.unknown() })).optional(),
    Metrics: z
      .array(
        z.looseObject({
          Id: z.string(),
          Expression: z.string().optional(),
          MetricStat: z
            .looseObject({
              Metric: z.looseObject({
                MetricName: z.string(),
                Namespace: z.string(),
                Dimensions: z.array(z.looseObject({ Name: z.string(), Value: z.unknown() })),
              }),
            })
            .optional(),
        }),
      )
      .optional(),
    Threshold: z.number(),
    AlarmActions: z.array(z.unknown()),
    OKActions: z.array(z.unknown()),
  }),
  'AWS::Lambda::EventSourceMapping': z.looseObject({
    FunctionName: ref,
    EventSourceArn: getAtt,
    // Stream mappings only (a queue's failures go to the queue's own dead-letter queue).
    DestinationConfig: z.looseObject({ OnFailure: z.looseObject({ Destination: getAtt }) }).optional(),
    FilterCriteria: z.looseObject({ Filters: z.array(z.looseObject({ Pattern: z.string() })) }).optional(),
  }),
};
type ReadProperties = typeof readProperties;

/** The resources of one type in a template, as `[logical id, resource]`. */
function resourcesIn(template: { Resources: Record<string, Resource> }) {
  function resources<T extends keyof ReadProperties>(type: T): [string, Resource<z.output<ReadProperties[T]>>][];
  function resources(type: string): [string, Resource][];
  function resources(type: string): [string, Resource<unknown>][] {
    const schemas: Partial<Record<string, z.ZodType>> = readProperties;
    const properties = schemas[type];
    return Object.entries(template.Resources)
      .filter(([, r]) => r.Type === type)
      .map(([id, r]) => [id, properties ? { ...r, Properties: properties.parse(r.Properties) } : r]);
  }
  return resources;
}

export function synthHallApp(context: Record<string, unknown> = {}) {
  const { app, stacks } = hallApp(context);
  const assembly = app.synth(); // throws on any unacknowledged cdk-nag error
  const report = JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8')) as {
    pluginReports: { violations: unknown[] }[];
  };
  const synthesized = stacks.map((stack) => {
    // The CloudFormation template as synthesized (parsed JSON).
    const template = assembly.getStackByName(stack.stackName).template as {
      Resources: Record<string, Resource>;
      Outputs?: Record<string, { Value: unknown; Description?: string }>;
    };
    return {
      region: stack.region,
      stackName: stack.stackName,
      terminationProtection: stack.terminationProtection,
      template,
      assertions: Template.fromJSON(template),
      resources: resourcesIn(template),
      fn: (name: FunctionName) => stack.node.findChild(name) as HallFunction,
      /** `{ Ref: ... }` / `{ 'Fn::GetAtt': [...] }` targets: the logical id of an L2 construct's resource. */
      logicalId: (construct: IConstruct) => {
        const element = construct instanceof CfnElement ? construct : (construct.node.defaultChild as CfnElement);
        return Stack.of(element).resolve(element.logicalId) as string;
      },
    };
  });
  return { stacks: synthesized, violations: report.pluginReports.flatMap((r) => r.violations) };
}

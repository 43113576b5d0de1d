/**
 * Synthesizes the real app (defineHallApp, cdk-nag included) with the cdk.json context and no
 * bundling. A synth takes seconds, so each test file does it once, in beforeAll.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
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

export type Resource = { Type: string; Properties: Record<string, any>; [attribute: string]: unknown };

export function synthHallApp(context: Record<string, unknown> = {}) {
  const { app, stacks } = hallApp(context);
  const assembly = app.synth(); // throws on any unacknowledged cdk-nag error
  const report = JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8')) as {
    pluginReports: { violations: unknown[] }[];
  };
  const synthesized = stacks.map((stack) => {
    const template = assembly.getStackByName(stack.stackName).template as { Resources: Record<string, Resource> };
    return {
      region: stack.region,
      template,
      assertions: Template.fromJSON(template),
      resources: (type: string) => Object.entries(template.Resources).filter(([, r]) => r.Type === type),
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

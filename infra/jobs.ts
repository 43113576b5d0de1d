/**
 * What runs without an HTTP request: the schedules of shared/topology/triggers.ts and the rules on
 * the hall event bus. Every path ends in the same dead-letter queue, so a job that never ran
 * or kept failing is visible instead of silently lost.
 */
import { Duration, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import { EventField, Rule, RuleTargetInput, Schedule as RuleSchedule, type IEventBus } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { ContextAttribute, Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { FunctionName } from '#topology/catalog';
import { BUSINESS_UTC_OFFSET_HOURS } from '#domain/time';
import { EVENT_SOURCE } from '#events/contracts';
import { eventRules, schedules } from '#topology/triggers';
import { deadLetterQueue } from './dead-letter-queue';
import type { HallFunction } from './hall-function';
import type { HallConfig } from './config';

// Delivery retries (throttling, service errors) for at most an hour: a job that starts later
// than that is better investigated from the dead-letter queue than run by surprise.
const delivery = { retryAttempts: 5, maxEventAge: Duration.hours(1) };

export interface JobsProps {
  functions: Record<FunctionName, HallFunction>;
  bus: IEventBus;
  scheduler: HallConfig['scheduler'];
}

export class Jobs extends Construct {
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, { functions, bus, scheduler }: JobsProps) {
    super(scope, id);
    const deadLetters = deadLetterQueue(this, 'DeadLetters', 'scheduled and bus-triggered job invocations that failed');
    this.deadLetters = deadLetters;

    const schedulerRole = scheduler === 'scheduler' ? this.schedulerRole() : undefined;
    for (const [name, spec] of Object.entries(schedules)) {
      const fn = functions[spec.function];
      if (schedulerRole) {
        const { logicalId } = fn.node.defaultChild as CfnFunction;
        Validations.of(schedulerRole).acknowledge({
          id: `AwsSolutions-IAM5[Resource::<${Stack.of(this).resolve(logicalId)}.Arn>:*]`,
          reason: 'lambda:InvokeFunction on the versions and aliases of this one scheduled function (grantInvoke).',
        });
        new Schedule(this, name, {
          description: spec.description,
          schedule: ScheduleExpression.expression(spec.cron, TimeZone.ASIA_SHANGHAI),
          target: new LambdaInvoke(fn, {
            input: ScheduleTargetInput.fromObject({ schedule: name, scheduledAt: ContextAttribute.scheduledTime }),
            role: schedulerRole,
            deadLetterQueue: deadLetters,
            ...delivery,
          }),
        });
      } else {
        new Rule(this, name, {
          description: spec.description,
          schedule: RuleSchedule.expression(shanghaiCronToUtc(spec.cron)),
          targets: [
            new LambdaFunction(fn, {
              event: RuleTargetInput.fromObject({ schedule: name, scheduledAt: EventField.time }),
              deadLetterQueue: deadLetters,
              ...delivery,
            }),
          ],
        });
      }
    }

    // E.g. the month-end fan-out: one event per hall on the bus, one scoring run per hall, so
    // 500 halls are computed in parallel, each well inside the Lambda time limit.
    for (const [name, rule] of Object.entries(eventRules)) {
      new Rule(this, name, {
        description: rule.description,
        eventBus: bus,
        eventPattern: { source: [EVENT_SOURCE], detailType: [rule.detailType] },
        targets: [new LambdaFunction(functions[rule.function], { deadLetterQueue: deadLetters, ...delivery })],
      });
    }

    // Schedules and rules invoke Lambda asynchronously: their retry policy covers delivery only.
    // A run that fails inside the function is retried by Lambda, then parked here as well.
    const jobFunctions = new Set([...Object.values(schedules), ...Object.values(eventRules)].map((s) => s.function));
    for (const name of jobFunctions) {
      functions[name].configureAsyncInvoke({
        retryAttempts: 2,
        maxEventAge: delivery.maxEventAge,
        onFailure: new SqsDestination(deadLetters),
      });
    }
  }

  /**
   * One role for all schedules instead of the per-target roles LambdaInvoke would make out of
   * sight, so their acknowledgments can name it. Trusted only by this account's default
   * schedule group, as those roles would be.
   */
  private schedulerRole(): Role {
    const stack = Stack.of(this);
    const defaultGroup = stack.formatArn({ service: 'scheduler', resource: 'schedule-group', resourceName: 'default' });
    return new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account, 'aws:SourceArn': defaultGroup } },
      }),
    });
  }
}

/**
 * An EventBridge Scheduler cron in Asia/Shanghai as an EventBridge rule cron in UTC. Only daily
 * expressions at a fixed hour convert exactly (moving the hour may move the day, which a daily
 * expression does not notice), and those that run every hour of every day need no converting;
 * anything else throws rather than fire at the wrong time.
 */
export function shanghaiCronToUtc(cron: string): string {
  const fields = /^cron\((.*)\)$/.exec(cron)?.[1]?.split(' ');
  const [minutes, hours, dayOfMonth, month, dayOfWeek, year] = fields ?? [];
  const everyDay = [dayOfMonth, month, dayOfWeek, year].every((field) => field === '*' || field === '?');
  if (fields?.length === 6 && hours === '*' && everyDay) return cron;
  if (fields?.length !== 6 || !/^\d{1,2}$/.test(hours ?? '') || Number(hours) > 23 || !everyDay) {
    throw new Error(`Cannot convert ${cron} from Asia/Shanghai to UTC exactly; use hall:schedules=scheduler`);
  }
  const utcHours = (Number(hours) - BUSINESS_UTC_OFFSET_HOURS + 24) % 24;
  return `cron(${minutes} ${utcHours} ${dayOfMonth} ${month} ${dayOfWeek} ${year})`;
}

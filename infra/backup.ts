/**
 * Backups of the table beyond point-in-time recovery (35 days at most, and gone with the
 * table): AWS Backup takes a daily and a monthly backup into a vault that is retained when
 * the stack is deleted. Case and assessment records are official records; a monthly backup
 * is kept a year. Restoring makes a new table (docs/deploy.md).
 */
import { Duration, RemovalPolicy, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import { BackupPlan, BackupPlanRule, BackupResource, BackupVault } from 'aws-cdk-lib/aws-backup';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Schedule } from 'aws-cdk-lib/aws-events';
import { Construct } from 'constructs';

/** The backup schedules, in the business time zone: at night, after the month-end job (00:30). */
export const BACKUP_RULES = {
  Daily: { cron: { hour: '3', minute: '0' }, keepDays: 35 },
  Monthly: { cron: { day: '1', hour: '4', minute: '0' }, keepDays: 366 },
} as const;

export class TableBackup extends Construct {
  readonly vault: BackupVault;

  constructor(scope: Construct, id: string, { table }: { table: ITable }) {
    super(scope, id);
    // Encrypted with the AWS Backup managed key; retained, so the backups outlive the stack.
    this.vault = new BackupVault(this, 'Vault', { removalPolicy: RemovalPolicy.RETAIN });
    const plan = new BackupPlan(this, 'Plan', {
      backupPlanName: `${Stack.of(this).stackName}-table`,
      backupVault: this.vault,
    });
    for (const [ruleName, rule] of Object.entries(BACKUP_RULES)) {
      plan.addRule(
        new BackupPlanRule({
          ruleName,
          scheduleExpression: Schedule.cron(rule.cron),
          scheduleExpressionTimezone: TimeZone.ASIA_SHANGHAI,
          deleteAfter: Duration.days(rule.keepDays),
        }),
      );
    }
    const selection = plan.addSelection('Table', { resources: [BackupResource.fromDynamoDbTable(table)] });
    Validations.of(selection).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      reason: 'The AWS Backup service role policy, as AWS Backup requires for taking backups of the table it selects.',
    });
  }
}

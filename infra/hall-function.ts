/**
 * The one place that carries the Lambda defaults, so every function of the catalog is one
 * short call and least privilege is the easy path.
 */
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { tableDefinition } from '#adapters/table';
import { tableGrantOf, type FunctionSpec, type PersonalDataUse } from '#topology/catalog';
import { METRICS_SERVICE, STAGE_ENVIRONMENT_VARIABLE } from '#topology/metrics';
import { installedModules, LAMBDA_BUNDLING, shippedFiles } from './bundling';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

// Scan is left out on purpose: every access pattern goes through a key or an index.
const dynamoDbActions = (operations: readonly string[]) => operations.map((operation) => `dynamodb:${operation}`);

// Envelope encryption (shared/adapters/field-cipher.ts): encrypting asks KMS for a data key, never
// to encrypt a field; decrypting unwraps data keys (and the fields written before, `kms:`).
export const KMS_ACTIONS: Record<PersonalDataUse, string> = { encrypt: 'kms:GenerateDataKey', decrypt: 'kms:Decrypt' };
/** The encryption context key every personal data call must carry. */
export const PERSONAL_DATA_CONTEXT_KEY = 'hallId';

export interface HallFunctionProps {
  spec: FunctionSpec;
  /** The deployment stage: a dimension of the business metrics. */
  stage: string;
  logRetention: RetentionDays;
  logLevel: string;
}

/** CDK's name for each esbuild output format of infra/bundling.ts. */
const OUTPUT_FORMATS = { esm: OutputFormat.ESM, cjs: OutputFormat.CJS } as const;

export class HallFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, { spec, stage, logRetention, logLevel }: HallFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, { retention: logRetention });
    // An own role instead of the AWSLambdaBasicExecutionRole managed policy, which would let
    // the function write to any log group.
    const role = new Role(scope, `${id}Role`, { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(role);

    super(scope, id, {
      entry: `${repositoryRoot}${spec.entry}`,
      projectRoot: repositoryRoot,
      depsLockFilePath: `${repositoryRoot}package-lock.json`,
      handler: 'handler',
      description: spec.description,
      // Node.js 24 is maintained upstream to April 2028; nodejs22.x leaves standard support on 30 April 2027.
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      timeout: Duration.seconds(spec.timeoutSeconds),
      memorySize: spec.memoryMb,
      role,
      logGroup,
      environment: {
        POWERTOOLS_SERVICE_NAME: METRICS_SERVICE,
        [STAGE_ENVIRONMENT_VARIABLE]: stage,
        LOG_LEVEL: logLevel,
      },
      bundling: {
        ...LAMBDA_BUNDLING,
        format: OUTPUT_FORMATS[LAMBDA_BUNDLING.format],
        externalModules: [...LAMBDA_BUNDLING.externalModules],
        nodeModules: installedModules(id),
        mainFields: [...LAMBDA_BUNDLING.mainFields],
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (inputDir, outputDir) =>
            shippedFiles(id).map((file) => `cp "${inputDir}/${file}" "${outputDir}/${basename(file)}"`),
        },
      },
    });
  }

  /**
   * Data access to the table and its indexes: `RO` reads, `RW` reads and single-item writes,
   * `none` no data access at all (a stream consumer gets its stream permissions from its event
   * source). TABLE_NAME is set in every case: it grants nothing (storeFromEnvironment reads it).
   */
  bindTable(table: ITable, spec: Pick<FunctionSpec, 'table' | 'writesOnly' | 'deletes'>): void {
    this.addEnvironment('TABLE_NAME', table.tableName);
    const { reads, writes, writesOnly } = tableGrantOf(spec);
    if (reads.length === 0) return;
    const indexArns = Object.keys(tableDefinition.indexes).map((name) => `${table.tableArn}/index/${name}`);
    this.addToRolePolicy(new PolicyStatement({ actions: ['dynamodb:Query'], resources: indexArns }));
    this.addToRolePolicy(new PolicyStatement({ actions: dynamoDbActions(reads), resources: [table.tableArn] }));
    if (writes.length === 0) return;
    this.addToRolePolicy(
      new PolicyStatement({
        actions: dynamoDbActions(writes),
        resources: [table.tableArn],
        // Writes narrowed to the partitions the function owns: the leading key of every item it touches.
        ...(writesOnly
          ? { conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': writesOnly.map((prefix) => `${prefix}*`) } } }
          : {}),
      }),
    );
  }

  /** Permission to put events on this bus, and no other. */
  allowPublish(bus: IEventBus): void {
    this.addEnvironment('EVENT_BUS_NAME', bus.eventBusName);
    bus.grantPutEventsTo(this);
  }

  /** Reading the hashing secret (and no other secret). */
  allowKeyedHash(secret: ISecret): void {
    this.addEnvironment('MAC_SECRET_ARN', secret.secretArn);
    secret.grantRead(this);
  }

  /**
   * Exactly the uses listed (encrypt and/or decrypt) of personal data fields with this key, and
   * only with an encryption context that names a hall (shared/adapters/field-cipher.ts passes
   * `{ hallId, caseId }` or `{ hallId, complaintId }`): ForAnyValue requires the `hallId` key
   * to be present, and is false for a call without any context.
   */
  allowPersonalData(key: IKey, uses: readonly PersonalDataUse[]): void {
    if (uses.length === 0) return;
    this.addEnvironment('PII_KEY_ID', key.keyArn);
    this.addToRolePolicy(
      new PolicyStatement({
        actions: [...new Set(uses)].map((use) => KMS_ACTIONS[use]).sort(),
        resources: [key.keyArn],
        conditions: { 'ForAnyValue:StringEquals': { 'kms:EncryptionContextKeys': [PERSONAL_DATA_CONTEXT_KEY] } },
      }),
    );
  }
}

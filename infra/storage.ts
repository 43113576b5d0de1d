/**
 * The single table, built from the same definition the local store uses.
 */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { AccountRootPrincipal, ArnPrincipal, PolicyDocument, PolicyStatement, Role, type IRole } from 'aws-cdk-lib/aws-iam';
import { CfnKey, Key, type IKey } from 'aws-cdk-lib/aws-kms';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { tableDefinition } from '#adapters/table';

const stringKey = (name: string) => ({ name, type: AttributeType.STRING });

/** Managing a key (rotation, policy, deletion), without any of its data actions. */
const KEY_ADMIN_ACTIONS = [
  'kms:Create*',
  'kms:Describe*',
  'kms:Enable*',
  'kms:List*',
  'kms:Put*',
  'kms:Update*',
  'kms:Revoke*',
  'kms:Disable*',
  'kms:Get*',
  'kms:Delete*',
  'kms:TagResource',
  'kms:UntagResource',
  'kms:ScheduleKeyDeletion',
  'kms:CancelKeyDeletion',
  'kms:RotateKeyOnDemand',
];

export class Storage extends Construct {
  readonly table: Table;
  /** Who may decrypt personal data when nothing else works; the stack outputs its ARN. */
  readonly breakGlassRole: Role;
  private readonly keyPolicy: PolicyDocument;
  /** Encrypts personal data field by field (shared/adapters/field-cipher.ts), on top of the table encryption. */
  readonly personalDataKey: IKey;
  /** The key of the keyed hashes (shared/adapters/keyed-hash.ts): idempotency bodies, source addresses, search keys. */
  readonly hashingSecret: Secret;

  constructor(scope: Construct, id: string, keyAdminArns: readonly string[] = []) {
    super(scope, id);
    // The classic AWS::DynamoDB::Table: one table per regional stack, no replicas needed.
    this.table = new Table(this, 'Table', {
      partitionKey: stringKey(tableDefinition.partitionKey),
      sortKey: stringKey(tableDefinition.sortKey),
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // Case and assessment records are official records: the table survives stack deletion
      // and cannot be deleted by accident.
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      encryption: TableEncryption.AWS_MANAGED,
      stream: StreamViewType.NEW_AND_OLD_IMAGES,
      timeToLiveAttribute: tableDefinition.ttlAttribute,
    });
    for (const [indexName, index] of Object.entries(tableDefinition.indexes)) {
      this.table.addGlobalSecondaryIndex({
        indexName,
        partitionKey: stringKey(index.partitionKey),
        sortKey: stringKey(index.sortKey),
        projectionType: ProjectionType.ALL,
      });
    }
    this.breakGlassRole = new Role(this, 'BreakGlassRole', {
      description: 'Emergency reading of personal data fields: assumed with MFA, every use in CloudTrail',
      assumedBy: new AccountRootPrincipal().withConditions({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } }),
      maxSessionDuration: Duration.hours(1),
    });
    // The key policy names who may do what, without the usual "the account may do anything" grant
    // (through which any administrator could also decrypt): key administrators manage the key and
    // cannot use it; the functions granted personal data use it (allowKeyUse); the break-glass role
    // decrypts in an emergency.
    const keyAdmins = keyAdminArns.length ? keyAdminArns.map((arn) => new ArnPrincipal(arn)) : [new AccountRootPrincipal()];
    this.keyPolicy = new PolicyDocument({
      statements: [
        new PolicyStatement({ sid: 'KeyAdministration', principals: keyAdmins, actions: KEY_ADMIN_ACTIONS, resources: ['*'] }),
        new PolicyStatement({ sid: 'BreakGlass', principals: [this.breakGlassRole], actions: ['kms:Decrypt'], resources: ['*'] }),
      ],
    });
    const key = new CfnKey(this, 'PersonalDataKey', {
      description: 'Field-level encryption of ID numbers and phone numbers in the hall table',
      enableKeyRotation: true,
      keyPolicy: this.keyPolicy,
    });
    // Without the key the encrypted fields of retained data and backups are unreadable.
    key.applyRemovalPolicy(RemovalPolicy.RETAIN);
    this.personalDataKey = Key.fromKeyArn(this, 'PersonalDataKeyRef', key.attrArn);
    this.hashingSecret = new Secret(this, 'HashingSecret', {
      description: 'HMAC key of the keyed hashes kept in the hall table (never the values themselves)',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      // Stored digests (search keys) are made with it: losing it makes them unmatchable.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.hashingSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'No automatic rotation: digests stored with this key (case search keys) would stop matching. ' +
        'Rotation is a planned operation (docs/deploy.md): new key, re-index, then retire the old one.',
    });
  }

  /** A function's use of the personal-data key, named in the key policy (IAM alone does not suffice). */
  allowKeyUse(role: IRole, actions: readonly string[]): void {
    this.keyPolicy.addStatements(
      new PolicyStatement({
        principals: [role],
        actions: [...actions],
        resources: ['*'],
        conditions: { 'ForAnyValue:StringEquals': { 'kms:EncryptionContextKeys': ['hallId'] } },
      }),
    );
  }
}

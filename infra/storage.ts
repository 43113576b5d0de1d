/**
 * The single table, built from the same definition the local store uses.
 */
import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { tableDefinition } from '#adapters/table';

const stringKey = (name: string) => ({ name, type: AttributeType.STRING });

export class Storage extends Construct {
  readonly table: Table;
  /** Encrypts personal data field by field (shared/adapters/field-cipher.ts), on top of the table encryption. */
  readonly personalDataKey: Key;
  /** The key of the keyed hashes (shared/adapters/keyed-hash.ts): idempotency bodies, source addresses, search keys. */
  readonly hashingSecret: Secret;

  constructor(scope: Construct, id: string) {
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
    this.personalDataKey = new Key(this, 'PersonalDataKey', {
      description: 'Field-level encryption of ID numbers and phone numbers in the hall table',
      enableKeyRotation: true,
      // Without the key the encrypted fields of retained data and backups are unreadable.
      removalPolicy: RemovalPolicy.RETAIN,
    });
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
}

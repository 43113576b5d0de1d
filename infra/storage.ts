/**
 * The single table, built from the same definition the local store uses.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { tableDefinition } from '#adapters/table';

const stringKey = (name: string) => ({ name, type: AttributeType.STRING });

export class Storage extends Construct {
  readonly table: Table;
  /** Encrypts personal data field by field (shared/adapters/field-cipher.ts), on top of the table encryption. */
  readonly personalDataKey: Key;

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
  }
}

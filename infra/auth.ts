/**
 * Who may call the staff and admin routes: an API Gateway JWT authorizer whose tokens come
 * either from a Cognito user pool made here, or from an external OIDC provider (required in
 * the China regions, which have no Cognito user pools).
 */
import { RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { AccountRecovery, CfnUserPoolGroup, ClientAttributes, Mfa, StringAttribute, UserPool } from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';
import { ROLES } from '#domain/access';
import type { AuthConfig } from './config';

/** The custom attribute (`custom:hallId` in tokens) naming the staff member's hall. */
export const HALL_ID_ATTRIBUTE = 'hallId';
/** The custom attribute (`custom:windowId`) naming the window a rating device (评价器) account belongs to. */
export const WINDOW_ID_ATTRIBUTE = 'windowId';

export function jwtAuthorizer(scope: Construct, auth: AuthConfig): HttpJwtAuthorizer {
  if (auth.kind === 'oidc') return new HttpJwtAuthorizer('Jwt', auth.issuer, { jwtAudience: auth.audience });

  // Staff accounts are created by administrators, never by sign-up. The claims match what
  // shared/adapters/auth.ts reads: roles as groups (`cognito:groups`), the hall as
  // `custom:hallId` (carried by ID tokens). The backend trusts that claim, so it is immutable:
  // set by an administrator when creating the account (AdminCreateUser), never changed after,
  // by anyone (moving someone to another hall means a new account). Cognito cannot change an
  // existing schema attribute: a pool deployed while it was mutable must be replaced.
  const pool = new UserPool(scope, 'StaffPool', {
    selfSignUpEnabled: false,
    // Both trusted by the backend, so neither can change once an account has it (a device moved
    // to another window gets a new account, like staff moved to another hall).
    customAttributes: {
      [HALL_ID_ATTRIBUTE]: new StringAttribute({ mutable: false }),
      [WINDOW_ID_ATTRIBUTE]: new StringAttribute({ mutable: false }),
    },
    passwordPolicy: { minLength: 12, requireLowercase: true, requireUppercase: true, requireDigits: true, requireSymbols: true },
    mfa: Mfa.REQUIRED,
    mfaSecondFactor: { otp: true, sms: false },
    accountRecovery: AccountRecovery.EMAIL_ONLY,
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  Validations.of(pool).acknowledge({
    id: 'AwsSolutions-COG8',
    reason:
      'No Plus feature plan (threat protection, billed per user): accounts are created by administrators only, ' +
      'with a 12-character password policy and TOTP MFA required.',
  });
  for (const role of ROLES) new CfnUserPoolGroup(scope, `Group-${role}`, { userPoolId: pool.userPoolId, groupName: role });
  // Sign-in by SRP from the staff app; no hosted UI, so no OAuth flows or callback URLs.
  // Explicit attribute permissions: without writeAttributes a user may change their own
  // mutable attributes with their access token (UpdateUserAttributes). Users may write their
  // display name and locale, never a custom attribute; ID tokens carry only what the client
  // may read, so reading includes the hall.
  const client = pool.addClient('ApiClient', {
    authFlows: { userSrp: true },
    readAttributes: new ClientAttributes()
      .withStandardAttributes({ email: true, emailVerified: true, fullname: true, locale: true })
      .withCustomAttributes(HALL_ID_ATTRIBUTE, WINDOW_ID_ATTRIBUTE),
    writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true, locale: true }),
    disableOAuth: true,
    generateSecret: false,
    preventUserExistenceErrors: true,
  });

  const { region, urlSuffix } = Stack.of(scope);
  // ID tokens carry the client id as `aud`; access tokens carry it as `client_id`, which the
  // authorizer also accepts as the audience.
  return new HttpJwtAuthorizer('Jwt', `https://cognito-idp.${region}.${urlSuffix}/${pool.userPoolId}`, {
    jwtAudience: [client.userPoolClientId],
  });
}

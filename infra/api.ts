/**
 * The HTTP API: one route per entry of the shared route table (the local server routes with
 * the same table), staff and admin routes behind the JWT authorizer, /v1/public without it.
 */
import { CfnOutput, Duration, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CfnStage,
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  HttpStage,
  LogGroupLogDestination,
  type IHttpRouteAuthorizer,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { FunctionName } from '#topology/catalog';
import { routes, type RouteSpec } from '#api/routes';
import { jwtAuthorizer } from './auth';
import type { HallConfig } from './config';
import { CustomDomain } from './custom-domain';
import type { HallFunction } from './hall-function';

// JSON access log lines (queryable with Logs Insights), from the HTTP API $context variables.
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    sourceIp: '$context.identity.sourceIp',
    routeKey: '$context.routeKey',
    status: '$context.status',
    responseLength: '$context.responseLength',
    responseLatency: '$context.responseLatency',
    integrationError: '$context.integrationErrorMessage',
    authorizerError: '$context.authorizer.error',
  }),
);

export interface ApiProps {
  functions: Record<FunctionName, HallFunction>;
  config: HallConfig;
}

export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;

  constructor(scope: Construct, id: string, { functions, config }: ApiProps) {
    super(scope, id);
    const authorizers: Record<RouteSpec['auth'], IHttpRouteAuthorizer> = {
      jwt: jwtAuthorizer(this, config.auth),
      public: new HttpNoneAuthorizer(),
    };
    const httpApi = new HttpApi(this, 'HttpApi', {
      apiName: Stack.of(this).stackName,
      // After the cut-over to the custom domain, only the domain answers (config.ts allows it only with a domain).
      disableExecuteApiEndpoint: config.customDomain?.disableDefaultEndpoint ?? false,
      createDefaultStage: false,
      // Browsers may call from the listed origins only (none listed: no CORS, as for server-to-server clients).
      ...(config.corsOrigins.length
        ? {
            corsPreflight: {
              allowOrigins: config.corsOrigins,
              allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.PUT, CorsHttpMethod.DELETE],
              allowHeaders: ['authorization', 'content-type', 'idempotency-key'],
              maxAge: Duration.hours(1),
            },
          }
        : {}),
    });
    const stage = new HttpStage(this, 'DefaultStage', {
      httpApi,
      autoDeploy: true,
      // Applies to all clients together: HTTP APIs have no per-client usage plans.
      throttle: config.throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(new LogGroup(this, 'AccessLogs', { retention: config.logRetention })),
        format: ACCESS_LOG_FORMAT,
      },
    });

    const integrations = new Map<FunctionName, HttpLambdaIntegration>();
    for (const [routeKey, route] of Object.entries(routes) as [string, RouteSpec][]) {
      const [method, path] = routeKey.split(' ');
      if (!isHttpMethod(method) || !path) throw new Error(`Route "${routeKey}" is not "<METHOD> <path>"`);
      if (route.auth === 'public' && !path.startsWith('/v1/public/')) {
        throw new Error(`Route "${routeKey}" is public but outside /v1/public`);
      }
      const integration = integrations.get(route.function) ?? new HttpLambdaIntegration(route.function, functions[route.function]);
      integrations.set(route.function, integration);
      const [httpRoute] = httpApi.addRoutes({ path, methods: [method], integration, authorizer: authorizers[route.auth] });
      if (route.auth === 'public' && httpRoute) {
        Validations.of(httpRoute).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason: 'Public route under /v1/public (service guide, calendar queries): citizens call it without an account.',
        });
      }
    }

    // Anonymous routes get their own, tighter limits, so a flood of them cannot use up the stage's.
    const publicRoutes = Object.entries(routes).filter(([, route]) => (route as RouteSpec).auth === 'public');
    (stage.node.defaultChild as CfnStage).addPropertyOverride(
      'RouteSettings',
      Object.fromEntries(
        publicRoutes.map(([routeKey]) => [
          routeKey,
          { ThrottlingRateLimit: config.publicThrottle.rateLimit, ThrottlingBurstLimit: config.publicThrottle.burstLimit },
        ]),
      ),
    );

    new CfnOutput(this, 'Url', { value: stage.url, description: 'Base URL of the hall API (the default endpoint)' });
    if (config.customDomain) new CustomDomain(this, 'CustomDomain', { httpApi, stage, domain: config.customDomain });
    this.httpApi = httpApi;
    this.stage = stage;
  }
}

const isHttpMethod = (method: string | undefined): method is HttpMethod => Object.values(HttpMethod).includes(method as HttpMethod);

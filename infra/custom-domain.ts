/**
 * The API under the agency's own domain. In the China regions this is how the API is served
 * to the public at all: a domain with an ICP filing (ICP备案) pointing at the regional
 * endpoint (docs/deploy.md). TLS 1.2 at least; the certificate is imported into ACM (the China
 * regions) or requested from ACM with DNS validation. After the DNS cut-over, the context
 * switch `hall:disableDefaultEndpoint` turns the default `execute-api` endpoint off (api.ts).
 */
import { CfnOutput } from 'aws-cdk-lib';
import { ApiMapping, DomainName, EndpointType, SecurityPolicy, type HttpApi, type HttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate, CertificateValidation, type ICertificate } from 'aws-cdk-lib/aws-certificatemanager';
import { Construct } from 'constructs';
import type { CustomDomainConfig } from './config';

export interface CustomDomainProps {
  httpApi: HttpApi;
  stage: HttpStage;
  domain: CustomDomainConfig;
}

export class CustomDomain extends Construct {
  constructor(scope: Construct, id: string, { httpApi, stage, domain }: CustomDomainProps) {
    super(scope, id);
    const certificate: ICertificate = domain.certificateArn
      ? Certificate.fromCertificateArn(this, 'Certificate', domain.certificateArn)
      : // The deployment waits until the validation record (shown in the ACM console) is in the domain's DNS.
        new Certificate(this, 'Certificate', { domainName: domain.domainName, validation: CertificateValidation.fromDns() });
    const domainName = new DomainName(this, 'DomainName', {
      domainName: domain.domainName,
      certificate,
      endpointType: EndpointType.REGIONAL,
      securityPolicy: SecurityPolicy.TLS_1_2,
    });
    new ApiMapping(this, 'Mapping', { api: httpApi, domainName, stage });

    new CfnOutput(this, 'DomainTarget', {
      value: domainName.regionalDomainName,
      description: `The CNAME (or alias) target for ${domain.domainName}`,
    });
    new CfnOutput(this, 'DomainUrl', {
      value: `https://${domain.domainName}`,
      description: 'Base URL of the hall API on the custom domain',
    });
  }
}

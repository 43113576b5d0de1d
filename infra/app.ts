// The CDK app (`npm run synth`): see infra/README.md.
import { App } from 'aws-cdk-lib';
import { defineHallApp } from './hall-app';

defineHallApp(new App());

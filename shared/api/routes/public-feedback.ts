/** The routes of the public-feedback function: what the public sends with a receipt code or without a login: ratings, complaints, notification preferences. */
import { publicWrite, type RouteSpec } from '../route-spec';
import * as f from '../feedback';
import * as n from '../notifications';

export const publicFeedbackRoutes = {
  'POST /v1/public/cases/{caseId}/rating': publicWrite(
    'public-feedback',
    'rateCase',
    'Rate the service (好差评) with the receipt code',
    f.ratingBody,
    f.ratingReply,
    201,
  ),
  'POST /v1/public/halls/{hallId}/complaints': publicWrite(
    'public-feedback',
    'fileComplaint',
    'File a complaint (投诉)',
    f.complaintBody,
    f.complaintReceipt,
    202,
  ),
  'POST /v1/public/cases/{caseId}/notification-preferences': publicWrite(
    'public-feedback',
    'setNotificationPreference',
    'Opt out of (or back into) the messages that are not essential, with the receipt code',
    n.preferenceBody,
    n.preferenceReply,
    200,
  ),
} as const satisfies Record<string, RouteSpec>;

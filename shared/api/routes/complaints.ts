/** The routes of the complaints function: complaints and rectifications handled by staff. */
import { write, read, type RouteSpec } from '../route-spec';
import * as f from '../feedback';

export const complaintsRoutes = {
  'GET /v1/halls/{hallId}/complaints/{complaintId}': read(
    'complaints',
    'getComplaint',
    'A complaint or rectification with its history',
    f.complaintReply,
  ),
  'GET /v1/halls/{hallId}/complaints': read(
    'complaints',
    'listComplaints',
    'Complaints by assignee or status (default: assigned); the caller’s work list (?recipient=me)',
    f.complaintPage,
    f.complaintListQuery,
  ),
  'POST /v1/halls/{hallId}/complaints/{complaintId}/resolution': write(
    'complaints',
    'resolveComplaint',
    'Resolve a complaint or rectification',
    f.resolutionBody,
    f.complaintReply,
  ),
  'POST /v1/halls/{hallId}/complaints/{complaintId}/review': write(
    'complaints',
    'reviewFinding',
    'Review a "not substantiated" proposed by the assessed window (申诉复核): supervisor or hall admin',
    f.reviewBody,
    f.complaintReply,
  ),
  'POST /v1/halls/{hallId}/complaints/{complaintId}/response': write(
    'complaints',
    'respondToComplaint',
    'Record a response to the complainant (the first one is the 首次响应)',
    f.responseBody,
    f.complaintReply,
  ),
} as const satisfies Record<string, RouteSpec>;

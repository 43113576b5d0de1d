/** The routes of the assessments function: the monthly assessment: rules, window reports, entries, computation, year and quarter views. */
import { write, read, withReply, withSpec, type RouteSpec } from '../route-spec';
import * as a from '../assessments';

export const assessmentsRoutes = {
  'PUT /v1/halls/{hallId}/assessment-rules': write(
    'assessments',
    'putHallRules',
    'Set the assessment rules from a month on (versioned)',
    a.rulesBody,
    a.rulesReply,
  ),
  'GET /v1/halls/{hallId}/assessment-rules': read(
    'assessments',
    'getHallRules',
    'The assessment rules in force in a month',
    a.rulesReply,
    a.rulesQuery,
  ),
  'PUT /v1/halls/{hallId}/windows/{windowId}/reports/{month}': write(
    'assessments',
    'putWindowReport',
    "A window's monthly report (for report-due reminders)",
    a.reportBody,
    a.reportReply,
  ),
  'POST /v1/halls/{hallId}/assessments/{month}/entries': write(
    'assessments',
    'createAssessmentEntry',
    'A bonus or deduction entry by a scoring department',
    a.entryBody,
    a.entryReply,
    201,
  ),
  'POST /v1/halls/{hallId}/assessments/{month}/compute': write(
    'assessments',
    'computeAssessment',
    "Compute the month's assessment and ranking; a final month answers unchanged unless revised with a reason",
    a.computeBody,
    a.monthReply,
  ),
  'POST /v1/halls/{hallId}/assessments/{month}/entries/{entryId}/void': write(
    'assessments',
    'voidAssessmentEntry',
    'Void an entry made by mistake, with a reason (the author before the deadline; a hall admin with lateOverride after)',
    a.voidBody,
    a.entryReply,
  ),
  'GET /v1/halls/{hallId}/assessments/{month}': withReply(
    read(
      'assessments',
      'getAssessment',
      "The month's assessment (JSON, or CSV with Accept: text/csv or ?format=csv)",
      a.monthReply,
      a.monthQuery,
    ),
    { formats: ['text/csv'] },
  ),
  'GET /v1/halls/{hallId}/assessment-years/{year}': read(
    'assessments',
    'getYearView',
    'First places, top-five months and annual red-flag priority (also at /assessments/year/{year})',
    a.yearReply,
  ),
  'GET /v1/halls/{hallId}/assessment-quarters/{quarter}': read(
    'assessments',
    'getQuarterView',
    'Quarterly red-flag window candidates (also at /assessments/quarter/{quarter})',
    a.quarterReply,
  ),
  // The contract's paths for the same views. `assessments/year/{year}` and `assessments/{month}/
  // compute` could both match `assessments/year/compute`, so the document lists the paths above.
  'GET /v1/halls/{hallId}/assessments/year/{year}': withSpec(
    read('assessments', 'getYearViewByContractPath', 'Same as GET /v1/halls/{hallId}/assessment-years/{year}', a.yearReply),
    { aliasOf: 'GET /v1/halls/{hallId}/assessment-years/{year}' },
  ),
  'GET /v1/halls/{hallId}/assessments/quarter/{quarter}': withSpec(
    read('assessments', 'getQuarterViewByContractPath', 'Same as GET /v1/halls/{hallId}/assessment-quarters/{quarter}', a.quarterReply),
    { aliasOf: 'GET /v1/halls/{hallId}/assessment-quarters/{quarter}' },
  ),
} as const satisfies Record<string, RouteSpec>;

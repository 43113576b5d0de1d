/** The routes of the statistics function: monthly statistics and the complaint analysis. */
import { read, withReply, type RouteSpec } from '../route-spec';
import * as st from '../statistics';

export const statisticsRoutes = {
  'GET /v1/halls/{hallId}/statistics/{month}': withReply(
    read(
      'statistics',
      'getStatistics',
      "The month's statistics by window, department, item or staff member (JSON; ?format=csv, xlsx with every view, html with charts)",
      st.statisticsReply,
      st.statisticsQuery,
    ),
    { formats: Object.values(st.DOCUMENT_TYPES) },
  ),
  'GET /v1/halls/{hallId}/statistics/{month}/complaints': read(
    'statistics',
    'getComplaintAnalysis',
    "The month's complaints and substantiated findings by category, by window, and both (投诉分析)",
    st.complaintAnalysisReply,
  ),
} as const satisfies Record<string, RouteSpec>;

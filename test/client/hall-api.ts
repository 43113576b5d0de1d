// Generated from the OpenAPI document by `npm run openapi -- --types`; do not edit.
export interface paths {
    "/v1/halls/{hallId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or update a hall (agency admin) */
        put: operations["putHall"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/departments/{departmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or update a department */
        put: operations["putDepartment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/windows/{windowId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A window as stored */
        get: operations["getWindow"];
        /** Create or update a window */
        put: operations["putWindow"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/staff/{staffId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A staff record (hall admin, supervisor) */
        get: operations["getStaff"];
        /** Create or update a staff member */
        put: operations["putStaff"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/staff/{staffId}/leave/{from}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record leave (inclusive dates) */
        put: operations["putLeave"];
        post?: never;
        /** Cancel a leave (204) */
        delete: operations["cancelLeave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A service item as stored */
        get: operations["getItem"];
        /** Create or update a service item */
        put: operations["putItem"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The hall's departments as stored */
        get: operations["listDepartments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/windows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The hall's windows as stored */
        get: operations["listWindows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The hall's staff records (hall admin, supervisor) */
        get: operations["listStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The hall's audit trail: every staff write, newest first (hall admin) */
        get: operations["listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendar/national/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Load or correct a national holiday schedule (agency admin) */
        put: operations["putNationalCalendar"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/calendar/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Open or close the hall on one date */
        put: operations["putHallCalendarDay"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/halls/{hallId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public service guide (一次告知) */
        get: operations["getServiceGuide"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/halls/{hallId}/calendar/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether a date is a working day for the hall */
        get: operations["getDayStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/halls/{hallId}/calendar/{date}/plus/{n}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The n-th working day after a date */
        get: operations["addWorkingDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases by window and month, by status */
        get: operations["listCases"];
        put?: never;
        /** Intake at a window (受理); missing materials → the one-time notice */
        post: operations["createCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/cases/{caseId}/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The applicant brings materials */
        post: operations["receiveMaterials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/cases/{caseId}/supplement-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A further request for materials (a second notice) */
        post: operations["requestSupplement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/cases/{caseId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Conclude a case (办结): approved or rejected */
        post: operations["decideCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/cases/{caseId}/refusal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse an application awaiting materials (不予受理), with reason and remedy */
        post: operations["refuseCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/cases/{caseId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the applicant's withdrawal (撤回), at any open stage */
        post: operations["withdrawCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/cases/{caseId}/extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend the time limit once, by 1 to 10 working days (延期): chief representative or hall admin */
        post: operations["extendCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/cases/{caseId}/suspension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend the clock for a hearing, inspection, testing or expert review (特别程序) */
        post: operations["suspendCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/cases/{caseId}/resumption": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a suspended case: the working days left carry over */
        post: operations["resumeCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/cases/{caseId}/referral": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refer an approval item to the authority that decides it (上报), with the preliminary opinion */
        post: operations["referCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/cases/{caseId}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transfer a case to another window that takes the item (转办) */
        post: operations["transferCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/cases/{caseId}/notices/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A written notice for the applicant, as a page printed on A4 (受理通知书, 一次性告知书, 不予受理通知书, 决定书) */
        get: operations["printCaseNotice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/cases/{caseId}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reprint the applicant's receipt with its code (recorded in the case's history) */
        post: operations["reprintReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case with its history (staff view) */
        get: operations["getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public progress of a case (with the receipt code) */
        get: operations["getCaseProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/cases/{caseId}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rate the service (好差评) with the receipt code */
        post: operations["rateCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/halls/{hallId}/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** File a complaint (投诉) */
        post: operations["fileComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/complaints/{complaintId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A complaint or rectification with its history */
        get: operations["getComplaint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Complaints by assignee or status (default: assigned) */
        get: operations["listComplaints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/complaints/{complaintId}/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve a complaint or rectification */
        post: operations["resolveComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/complaints/{complaintId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Review a "not substantiated" proposed by the assessed window (申诉复核): supervisor or hall admin */
        post: operations["reviewFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/complaints/{complaintId}/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a response to the complainant (the first one is the 首次响应) */
        post: operations["respondToComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/assessment-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The assessment rules in force in a month */
        get: operations["getHallRules"];
        /** Set the assessment rules from a month on (versioned) */
        put: operations["putHallRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/windows/{windowId}/reports/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** A window's monthly report (for report-due reminders) */
        put: operations["putWindowReport"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/assessments/{month}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A bonus or deduction entry by a scoring department */
        post: operations["createAssessmentEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/assessments/{month}/compute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compute the month's assessment and ranking; a final month answers unchanged unless revised with a reason */
        post: operations["computeAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/assessments/{month}/entries/{entryId}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void an entry made by mistake, with a reason (the author before the deadline; a hall admin with lateOverride after) */
        post: operations["voidAssessmentEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/assessments/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The month's assessment (JSON, or CSV with Accept: text/csv or ?format=csv) */
        get: operations["getAssessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/assessment-years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** First places, top-five months and annual red-flag priority (also at /assessments/year/{year}) */
        get: operations["getYearView"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/assessment-quarters/{quarter}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Quarterly red-flag window candidates (also at /assessments/quarter/{quarter}) */
        get: operations["getQuarterView"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reminders issued for a day */
        get: operations["listReminders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/halls/{hallId}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Notification deliveries of a day: who was told what, by which channel, and whether it went out (hall admin) */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/cases/{caseId}/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Opt out of (or back into) the messages that are not essential, with the receipt code */
        post: operations["setNotificationPreference"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/halls/{hallId}/rankings/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A final month's ranking, as disclosed to the public (404 before the month is final) */
        get: operations["getPublicRanking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/halls/{hallId}/rankings/{month}/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same as a page with a bar chart, for the hall's screen */
        get: operations["getRankingBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This API as OpenAPI 3.1 */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    putHall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    openingHours?: {
                        open: string;
                        close: string;
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        openingHours: {
                            open: string;
                            close: string;
                        };
                        hallId: string;
                        updatedAt: string;
                        updatedBy?: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    putDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                departmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        hallId: string;
                        departmentId: string;
                        updatedAt: string;
                        updatedBy?: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getWindow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                windowId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        departmentId: string;
                        leaderName?: string;
                        headName?: string;
                        openedOn: string;
                        closedOn?: string;
                        hallId: string;
                        windowId: string;
                        createdAt?: string;
                        updatedAt: string;
                        updatedBy?: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    putWindow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                windowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    departmentId: string;
                    leaderName?: string;
                    headName?: string;
                    openedOn?: string;
                    closedOn?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        departmentId: string;
                        leaderName?: string;
                        headName?: string;
                        openedOn: string;
                        closedOn?: string;
                        hallId: string;
                        windowId: string;
                        createdAt?: string;
                        updatedAt: string;
                        updatedBy?: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                staffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        windowId?: string;
                        /** @enum {string} */
                        post?: "A" | "B";
                        chiefRepresentative?: boolean;
                        bPostOf?: string[];
                        roles: ("agency-admin" | "hall-admin" | "window-staff" | "scoring-dept" | "supervisor")[];
                        active?: boolean;
                        hallId: string;
                        staffId: string;
                        updatedAt: string;
                        updatedBy?: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    putStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                staffId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    windowId?: string;
                    /** @enum {string} */
                    post?: "A" | "B";
                    chiefRepresentative?: boolean;
                    bPostOf?: string[];
                    roles: ("agency-admin" | "hall-admin" | "window-staff" | "scoring-dept" | "supervisor")[];
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        windowId?: string;
                        /** @enum {string} */
                        post?: "A" | "B";
                        chiefRepresentative?: boolean;
                        bPostOf?: string[];
                        roles: ("agency-admin" | "hall-admin" | "window-staff" | "scoring-dept" | "supervisor")[];
                        active?: boolean;
                        hallId: string;
                        staffId: string;
                        updatedAt: string;
                        updatedBy?: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    putLeave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                staffId: string;
                from: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    to: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        hallId: string;
                        staffId: string;
                        from: string;
                        to: string;
                        updatedAt: string;
                        updatedBy?: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    cancelLeave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                staffId: string;
                from: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        hallId: string;
                        itemId: string;
                        name: string;
                        /** @enum {string} */
                        kind: "approval" | "service";
                        departmentId: string;
                        windowIds: string[];
                        legalLimitDays: number;
                        promisedLimitDays: number;
                        materials: {
                            id: string;
                            name: string;
                        }[];
                        updatedAt: string;
                        updatedBy?: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    putItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    kind: "approval" | "service";
                    departmentId: string;
                    windowIds: string[];
                    legalLimitDays: number;
                    promisedLimitDays: number;
                    materials: {
                        id: string;
                        name: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        hallId: string;
                        itemId: string;
                        name: string;
                        /** @enum {string} */
                        kind: "approval" | "service";
                        departmentId: string;
                        windowIds: string[];
                        legalLimitDays: number;
                        promisedLimitDays: number;
                        materials: {
                            id: string;
                            name: string;
                        }[];
                        updatedAt: string;
                        updatedBy?: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    listDepartments: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                hallId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            name: string;
                            hallId: string;
                            departmentId: string;
                            updatedAt: string;
                            updatedBy?: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    listWindows: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                hallId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            name: string;
                            departmentId: string;
                            leaderName?: string;
                            headName?: string;
                            openedOn: string;
                            closedOn?: string;
                            hallId: string;
                            windowId: string;
                            createdAt?: string;
                            updatedAt: string;
                            updatedBy?: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    listStaff: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                hallId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            name: string;
                            windowId?: string;
                            /** @enum {string} */
                            post?: "A" | "B";
                            chiefRepresentative?: boolean;
                            bPostOf?: string[];
                            roles: ("agency-admin" | "hall-admin" | "window-staff" | "scoring-dept" | "supervisor")[];
                            active?: boolean;
                            hallId: string;
                            staffId: string;
                            updatedAt: string;
                            updatedBy?: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    listAudit: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                actor?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                hallId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            at: string;
                            actor: string;
                            roles: ("agency-admin" | "hall-admin" | "window-staff" | "scoring-dept" | "supervisor")[];
                            action: string;
                            subject: {
                                [key: string]: string;
                            };
                            requestId: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    putNationalCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    holidays: string[];
                    workdays: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        holidays: string[];
                        workdays: string[];
                        updatedAt: string;
                        updatedBy?: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    putHallCalendarDay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                date: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    open: boolean;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        hallId: string;
                        date: string;
                        open: boolean;
                        reason: string;
                        updatedAt: string;
                        updatedBy?: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getServiceGuide: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                hallId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        hallId: string;
                        hallName: string;
                        openingHours: {
                            open: string;
                            close: string;
                        };
                        items: {
                            itemId: string;
                            name: string;
                            /** @enum {string} */
                            kind: "approval" | "service";
                            departmentId: string;
                            windowIds: string[];
                            legalLimitDays: number;
                            promisedLimitDays: number;
                            materials: {
                                id: string;
                                name: string;
                            }[];
                            departmentName?: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getDayStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        date: string;
                        workingDay: boolean;
                        reason: string;
                        provisional: boolean;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    addWorkingDays: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                date: string;
                n: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string;
                        workingDays: number;
                        date: string;
                        provisional: boolean;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    listCases: {
        parameters: {
            query?: {
                windowId?: string;
                status?: "awaiting-materials" | "accepted" | "suspended" | "referred" | "approved" | "rejected" | "not-accepted" | "withdrawn" | "closed-incomplete";
                month?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                hallId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            caseId: string;
                            hallId: string;
                            itemId: string;
                            itemName: string;
                            windowId: string;
                            /** @enum {string} */
                            status: "awaiting-materials" | "accepted" | "suspended" | "referred" | "approved" | "rejected" | "not-accepted" | "withdrawn" | "closed-incomplete";
                            receivedAt: string;
                            acceptedAt?: string;
                            dueDate?: string;
                            provisional?: boolean;
                            concludedAt?: string;
                            overdue: boolean;
                            submittedMaterials: string[];
                            missingMaterials: string[];
                            oneTimeNotice?: {
                                materials: {
                                    id: string;
                                    name: string;
                                }[];
                            };
                            secondNotices: number;
                            applicant: {
                                name: string;
                                idNumber?: string;
                                phone?: string;
                            };
                            reason?: string;
                            remedy?: string;
                            extendedBy?: number;
                            referral?: {
                                at: string;
                                by: string;
                                opinion: string;
                                authority: string;
                            };
                            version: number;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    createCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    itemId: string;
                    windowId: string;
                    applicant: {
                        name: string;
                        idNumber?: string;
                        phone?: string;
                    };
                    submittedMaterials: string[];
                    /** Format: date-time */
                    receivedAt?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        hallId: string;
                        itemId: string;
                        itemName: string;
                        windowId: string;
                        /** @enum {string} */
                        status: "awaiting-materials" | "accepted" | "suspended" | "referred" | "approved" | "rejected" | "not-accepted" | "withdrawn" | "closed-incomplete";
                        receivedAt: string;
                        acceptedAt?: string;
                        dueDate?: string;
                        provisional?: boolean;
                        concludedAt?: string;
                        overdue: boolean;
                        submittedMaterials: string[];
                        missingMaterials: string[];
                        oneTimeNotice?: {
                            materials: {
                                id: string;
                                name: string;
                            }[];
                        };
                        secondNotices: number;
                        applicant: {
                            name: string;
                            idNumber?: string;
                            phone?: string;
                        };
                        reason?: string;
                        remedy?: string;
                        extendedBy?: number;
                        referral?: {
                            at: string;
                            by: string;
                            opinion: string;
                            authority: string;
                        };
                        history: {
                            at: string;
                            by: string;
                            /** @enum {string} */
                            action: "intake" | "materials-received" | "accepted" | "second-notice" | "approved" | "rejected" | "receipt-reprinted" | "not-accepted" | "withdrawn" | "closed-incomplete" | "extended" | "suspended" | "resumed" | "referred" | "transferred" | "due-date-recomputed";
                            materials?: string[];
                            reason?: string;
                            remedy?: string;
                            dueDate?: string;
                            recordedAt?: string;
                            workingDays?: number;
                            previousDueDate?: string;
                            fromWindowId?: string;
                            toWindowId?: string;
                            opinion?: string;
                            authority?: string;
                            /** @enum {string} */
                            notice?: "acceptance" | "one-time-notice" | "not-accepted" | "decision";
                        }[];
                        version: number;
                        publicCode: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    receiveMaterials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    materials: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        hallId: string;
                        itemId: string;
                        itemName: string;
                        windowId: string;
                        /** @enum {string} */
                        status: "awaiting-materials" | "accepted" | "suspended" | "referred" | "approved" | "rejected" | "not-accepted" | "withdrawn" | "closed-incomplete";
                        receivedAt: string;
                        acceptedAt?: string;
                        dueDate?: string;
                        provisional?: boolean;
                        concludedAt?: string;
                        overdue: boolean;
                        submittedMaterials: string[];
                        missingMaterials: string[];
                        oneTimeNotice?: {
                            materials: {
                                id: string;
                                name: string;
                            }[];
                        };
                        secondNotices: number;
                        applicant: {
                            name: string;
                            idNumber?: string;
                            phone?: string;
                        };
                        reason?: string;
                        remedy?: string;
                        extendedBy?: number;
                        referral?: {
                            at: string;
                            by: string;
                            opinion: string;
                            authority: string;
                        };
                        history: {
                            at: string;
                            by: string;
                            /** @enum {string} */
                            action: "intake" | "materials-received" | "accepted" | "second-notice" | "approved" | "rejected" | "receipt-reprinted" | "not-accepted" | "withdrawn" | "closed-incomplete" | "extended" | "suspended" | "resumed" | "referred" | "transferred" | "due-date-recomputed";
                            materials?: string[];
                            reason?: string;
                            remedy?: string;
                            dueDate?: string;
                            recordedAt?: string;
                            workingDays?: number;
                            previousDueDate?: string;
                            fromWindowId?: string;
                            toWindowId?: string;
                            opinion?: string;
                            authority?: string;
                            /** @enum {string} */
                            notice?: "acceptance" | "one-time-notice" | "not-accepted" | "decision";
                        }[];
                        version: number;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    requestSupplement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    materials: string[];
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        hallId: string;
                        itemId: string;
                        itemName: string;
                        windowId: string;
                        /** @enum {string} */
                        status: "awaiting-materials" | "accepted" | "suspended" | "referred" | "approved" | "rejected" | "not-accepted" | "withdrawn" | "closed-incomplete";
                        receivedAt: string;
                        acceptedAt?: string;
                        dueDate?: string;
                        provisional?: boolean;
                        concludedAt?: string;
                        overdue: boolean;
                        submittedMaterials: string[];
                        missingMaterials: string[];
                        oneTimeNotice?: {
                            materials: {
                                id: string;
                                name: string;
                            }[];
                        };
                        secondNotices: number;
                        applicant: {
                            name: string;
                            idNumber?: string;
                            phone?: string;
                        };
                        reason?: string;
                        remedy?: string;
                        extendedBy?: number;
                        referral?: {
                            at: string;
                            by: string;
                            opinion: string;
                            authority: string;
                        };
                        history: {
                            at: string;
                            by: string;
                            /** @enum {string} */
                            action: "intake" | "materials-received" | "accepted" | "second-notice" | "approved" | "rejected" | "receipt-reprinted" | "not-accepted" | "withdrawn" | "closed-incomplete" | "extended" | "suspended" | "resumed" | "referred" | "transferred" | "due-date-recomputed";
                            materials?: string[];
                            reason?: string;
                            remedy?: string;
                            dueDate?: string;
                            recordedAt?: string;
                            workingDays?: number;
                            previousDueDate?: string;
                            fromWindowId?: string;
                            toWindowId?: string;
                            opinion?: string;
                            authority?: string;
                            /** @enum {string} */
                            notice?: "acceptance" | "one-time-notice" | "not-accepted" | "decision";
                        }[];
                        version: number;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    decideCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    outcome: "approved" | "rejected";
                    reason?: string;
                    remedy?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        hallId: string;
                        itemId: string;
                        itemName: string;
                        windowId: string;
                        /** @enum {string} */
                        status: "awaiting-materials" | "accepted" | "suspended" | "referred" | "approved" | "rejected" | "not-accepted" | "withdrawn" | "closed-incomplete";
                        receivedAt: string;
                        acceptedAt?: string;
                        dueDate?: string;
                        provisional?: boolean;
                        concludedAt?: string;
                        overdue: boolean;
                        submittedMaterials: string[];
                        missingMaterials: string[];
                        oneTimeNotice?: {
                            materials: {
                                id: string;
                                name: string;
                            }[];
                        };
                        secondNotices: number;
                        applicant: {
                            name: string;
                            idNumber?: string;
                            phone?: string;
                        };
                        reason?: string;
                        remedy?: string;
                        extendedBy?: number;
                        referral?: {
                            at: string;
                            by: string;
                            opinion: string;
                            authority: string;
                        };
                        history: {
                            at: string;
                            by: string;
                            /** @enum {string} */
                            action: "intake" | "materials-received" | "accepted" | "second-notice" | "approved" | "rejected" | "receipt-reprinted" | "not-accepted" | "withdrawn" | "closed-incomplete" | "extended" | "suspended" | "resumed" | "referred" | "transferred" | "due-date-recomputed";
                            materials?: string[];
                            reason?: string;
                            remedy?: string;
                            dueDate?: string;
                            recordedAt?: string;
                            workingDays?: number;
                            previousDueDate?: string;
                            fromWindowId?: string;
                            toWindowId?: string;
                            opinion?: string;
                            authority?: string;
                            /** @enum {string} */
                            notice?: "acceptance" | "one-time-notice" | "not-accepted" | "decision";
                        }[];
                        version: number;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    refuseCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    remedy: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        hallId: string;
                        itemId: string;
                        itemName: string;
                        windowId: string;
                        /** @enum {string} */
                        status: "awaiting-materials" | "accepted" | "suspended" | "referred" | "approved" | "rejected" | "not-accepted" | "withdrawn" | "closed-incomplete";
                        receivedAt: string;
                        acceptedAt?: string;
                        dueDate?: string;
                        provisional?: boolean;
                        concludedAt?: string;
                        overdue: boolean;
                        submittedMaterials: string[];
                        missingMaterials: string[];
                        oneTimeNotice?: {
                            materials: {
                                id: string;
                                name: string;
                            }[];
                        };
                        secondNotices: number;
                        applicant: {
                            name: string;
                            idNumber?: string;
                            phone?: string;
                        };
                        reason?: string;
                        remedy?: string;
                        extendedBy?: number;
                        referral?: {
                            at: string;
                            by: string;
                            opinion: string;
                            authority: string;
                        };
                        history: {
                            at: string;
                            by: string;
                            /** @enum {string} */
                            action: "intake" | "materials-received" | "accepted" | "second-notice" | "approved" | "rejected" | "receipt-reprinted" | "not-accepted" | "withdrawn" | "closed-incomplete" | "extended" | "suspended" | "resumed" | "referred" | "transferred" | "due-date-recomputed";
                            materials?: string[];
                            reason?: string;
                            remedy?: string;
                            dueDate?: string;
                            recordedAt?: string;
                            workingDays?: number;
                            previousDueDate?: string;
                            fromWindowId?: string;
                            toWindowId?: string;
                            opinion?: string;
                            authority?: string;
                            /** @enum {string} */
                            notice?: "acceptance" | "one-time-notice" | "not-accepted" | "decision";
                        }[];
                        version: number;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    withdrawCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        hallId: string;
                        itemId: string;
                        itemName: string;
                        windowId: string;
                        /** @enum {string} */
                        status: "awaiting-materials" | "accepted" | "suspended" | "referred" | "approved" | "rejected" | "not-accepted" | "withdrawn" | "closed-incomplete";
                        receivedAt: string;
                        acceptedAt?: string;
                        dueDate?: string;
                        provisional?: boolean;
                        concludedAt?: string;
                        overdue: boolean;
                        submittedMaterials: string[];
                        missingMaterials: string[];
                        oneTimeNotice?: {
                            materials: {
                                id: string;
                                name: string;
                            }[];
                        };
                        secondNotices: number;
                        applicant: {
                            name: string;
                            idNumber?: string;
                            phone?: string;
                        };
                        reason?: string;
                        remedy?: string;
                        extendedBy?: number;
                        referral?: {
                            at: string;
                            by: string;
                            opinion: string;
                            authority: string;
                        };
                        history: {
                            at: string;
                            by: string;
                            /** @enum {string} */
                            action: "intake" | "materials-received" | "accepted" | "second-notice" | "approved" | "rejected" | "receipt-reprinted" | "not-accepted" | "withdrawn" | "closed-incomplete" | "extended" | "suspended" | "resumed" | "referred" | "transferred" | "due-date-recomputed";
                            materials?: string[];
                            reason?: string;
                            remedy?: string;
                            dueDate?: string;
                            recordedAt?: string;
                            workingDays?: number;
                            previousDueDate?: string;
                            fromWindowId?: string;
                            toWindowId?: string;
                            opinion?: string;
                            authority?: string;
                            /** @enum {string} */
                            notice?: "acceptance" | "one-time-notice" | "not-accepted" | "decision";
                        }[];
                        version: number;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    extendCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    workingDays: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        hallId: string;
                        itemId: string;
                        itemName: string;
                        windowId: string;
                        /** @enum {string} */
                        status: "awaiting-materials" | "accepted" | "suspended" | "referred" | "approved" | "rejected" | "not-accepted" | "withdrawn" | "closed-incomplete";
                        receivedAt: string;
                        acceptedAt?: string;
                        dueDate?: string;
                        provisional?: boolean;
                        concludedAt?: string;
                        overdue: boolean;
                        submittedMaterials: string[];
                        missingMaterials: string[];
                        oneTimeNotice?: {
                            materials: {
                                id: string;
                                name: string;
                            }[];
                        };
                        secondNotices: number;
                        applicant: {
                            name: string;
                            idNumber?: string;
                            phone?: string;
                        };
                        reason?: string;
                        remedy?: string;
                        extendedBy?: number;
                        referral?: {
                            at: string;
                            by: string;
                            opinion: string;
                            authority: string;
                        };
                        history: {
                            at: string;
                            by: string;
                            /** @enum {string} */
                            action: "intake" | "materials-received" | "accepted" | "second-notice" | "approved" | "rejected" | "receipt-reprinted" | "not-accepted" | "withdrawn" | "closed-incomplete" | "extended" | "suspended" | "resumed" | "referred" | "transferred" | "due-date-recomputed";
                            materials?: string[];
                            reason?: string;
                            remedy?: string;
                            dueDate?: string;
                            recordedAt?: string;
                            workingDays?: number;
                            previousDueDate?: string;
                            fromWindowId?: string;
                            toWindowId?: string;
                            opinion?: string;
                            authority?: string;
                            /** @enum {string} */
                            notice?: "acceptance" | "one-time-notice" | "not-accepted" | "decision";
                        }[];
                        version: number;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    suspendCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        hallId: string;
                        itemId: string;
                        itemName: string;
                        windowId: string;
                        /** @enum {string} */
                        status: "awaiting-materials" | "accepted" | "suspended" | "referred" | "approved" | "rejected" | "not-accepted" | "withdrawn" | "closed-incomplete";
                        receivedAt: string;
                        acceptedAt?: string;
                        dueDate?: string;
                        provisional?: boolean;
                        concludedAt?: string;
                        overdue: boolean;
                        submittedMaterials: string[];
                        missingMaterials: string[];
                        oneTimeNotice?: {
                            materials: {
                                id: string;
                                name: string;
                            }[];
                        };
                        secondNotices: number;
                        applicant: {
                            name: string;
                            idNumber?: string;
                            phone?: string;
                        };
                        reason?: string;
                        remedy?: string;
                        extendedBy?: number;
                        referral?: {
                            at: string;
                            by: string;
                            opinion: string;
                            authority: string;
                        };
                        history: {
                            at: string;
                            by: string;
                            /** @enum {string} */
                            action: "intake" | "materials-received" | "accepted" | "second-notice" | "approved" | "rejected" | "receipt-reprinted" | "not-accepted" | "withdrawn" | "closed-incomplete" | "extended" | "suspended" | "resumed" | "referred" | "transferred" | "due-date-recomputed";
                            materials?: string[];
                            reason?: string;
                            remedy?: string;
                            dueDate?: string;
                            recordedAt?: string;
                            workingDays?: number;
                            previousDueDate?: string;
                            fromWindowId?: string;
                            toWindowId?: string;
                            opinion?: string;
                            authority?: string;
                            /** @enum {string} */
                            notice?: "acceptance" | "one-time-notice" | "not-accepted" | "decision";
                        }[];
                        version: number;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    resumeCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        hallId: string;
                        itemId: string;
                        itemName: string;
                        windowId: string;
                        /** @enum {string} */
                        status: "awaiting-materials" | "accepted" | "suspended" | "referred" | "approved" | "rejected" | "not-accepted" | "withdrawn" | "closed-incomplete";
                        receivedAt: string;
                        acceptedAt?: string;
                        dueDate?: string;
                        provisional?: boolean;
                        concludedAt?: string;
                        overdue: boolean;
                        submittedMaterials: string[];
                        missingMaterials: string[];
                        oneTimeNotice?: {
                            materials: {
                                id: string;
                                name: string;
                            }[];
                        };
                        secondNotices: number;
                        applicant: {
                            name: string;
                            idNumber?: string;
                            phone?: string;
                        };
                        reason?: string;
                        remedy?: string;
                        extendedBy?: number;
                        referral?: {
                            at: string;
                            by: string;
                            opinion: string;
                            authority: string;
                        };
                        history: {
                            at: string;
                            by: string;
                            /** @enum {string} */
                            action: "intake" | "materials-received" | "accepted" | "second-notice" | "approved" | "rejected" | "receipt-reprinted" | "not-accepted" | "withdrawn" | "closed-incomplete" | "extended" | "suspended" | "resumed" | "referred" | "transferred" | "due-date-recomputed";
                            materials?: string[];
                            reason?: string;
                            remedy?: string;
                            dueDate?: string;
                            recordedAt?: string;
                            workingDays?: number;
                            previousDueDate?: string;
                            fromWindowId?: string;
                            toWindowId?: string;
                            opinion?: string;
                            authority?: string;
                            /** @enum {string} */
                            notice?: "acceptance" | "one-time-notice" | "not-accepted" | "decision";
                        }[];
                        version: number;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    referCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    opinion: string;
                    authority: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        hallId: string;
                        itemId: string;
                        itemName: string;
                        windowId: string;
                        /** @enum {string} */
                        status: "awaiting-materials" | "accepted" | "suspended" | "referred" | "approved" | "rejected" | "not-accepted" | "withdrawn" | "closed-incomplete";
                        receivedAt: string;
                        acceptedAt?: string;
                        dueDate?: string;
                        provisional?: boolean;
                        concludedAt?: string;
                        overdue: boolean;
                        submittedMaterials: string[];
                        missingMaterials: string[];
                        oneTimeNotice?: {
                            materials: {
                                id: string;
                                name: string;
                            }[];
                        };
                        secondNotices: number;
                        applicant: {
                            name: string;
                            idNumber?: string;
                            phone?: string;
                        };
                        reason?: string;
                        remedy?: string;
                        extendedBy?: number;
                        referral?: {
                            at: string;
                            by: string;
                            opinion: string;
                            authority: string;
                        };
                        history: {
                            at: string;
                            by: string;
                            /** @enum {string} */
                            action: "intake" | "materials-received" | "accepted" | "second-notice" | "approved" | "rejected" | "receipt-reprinted" | "not-accepted" | "withdrawn" | "closed-incomplete" | "extended" | "suspended" | "resumed" | "referred" | "transferred" | "due-date-recomputed";
                            materials?: string[];
                            reason?: string;
                            remedy?: string;
                            dueDate?: string;
                            recordedAt?: string;
                            workingDays?: number;
                            previousDueDate?: string;
                            fromWindowId?: string;
                            toWindowId?: string;
                            opinion?: string;
                            authority?: string;
                            /** @enum {string} */
                            notice?: "acceptance" | "one-time-notice" | "not-accepted" | "decision";
                        }[];
                        version: number;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    transferCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    windowId: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        hallId: string;
                        itemId: string;
                        itemName: string;
                        windowId: string;
                        /** @enum {string} */
                        status: "awaiting-materials" | "accepted" | "suspended" | "referred" | "approved" | "rejected" | "not-accepted" | "withdrawn" | "closed-incomplete";
                        receivedAt: string;
                        acceptedAt?: string;
                        dueDate?: string;
                        provisional?: boolean;
                        concludedAt?: string;
                        overdue: boolean;
                        submittedMaterials: string[];
                        missingMaterials: string[];
                        oneTimeNotice?: {
                            materials: {
                                id: string;
                                name: string;
                            }[];
                        };
                        secondNotices: number;
                        applicant: {
                            name: string;
                            idNumber?: string;
                            phone?: string;
                        };
                        reason?: string;
                        remedy?: string;
                        extendedBy?: number;
                        referral?: {
                            at: string;
                            by: string;
                            opinion: string;
                            authority: string;
                        };
                        history: {
                            at: string;
                            by: string;
                            /** @enum {string} */
                            action: "intake" | "materials-received" | "accepted" | "second-notice" | "approved" | "rejected" | "receipt-reprinted" | "not-accepted" | "withdrawn" | "closed-incomplete" | "extended" | "suspended" | "resumed" | "referred" | "transferred" | "due-date-recomputed";
                            materials?: string[];
                            reason?: string;
                            remedy?: string;
                            dueDate?: string;
                            recordedAt?: string;
                            workingDays?: number;
                            previousDueDate?: string;
                            fromWindowId?: string;
                            toWindowId?: string;
                            opinion?: string;
                            authority?: string;
                            /** @enum {string} */
                            notice?: "acceptance" | "one-time-notice" | "not-accepted" | "decision";
                        }[];
                        version: number;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    printCaseNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                caseId: string;
                kind: "acceptance" | "one-time-notice" | "not-accepted" | "decision";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    reprintReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        publicCode: string;
                        reprintedAt: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        hallId: string;
                        itemId: string;
                        itemName: string;
                        windowId: string;
                        /** @enum {string} */
                        status: "awaiting-materials" | "accepted" | "suspended" | "referred" | "approved" | "rejected" | "not-accepted" | "withdrawn" | "closed-incomplete";
                        receivedAt: string;
                        acceptedAt?: string;
                        dueDate?: string;
                        provisional?: boolean;
                        concludedAt?: string;
                        overdue: boolean;
                        submittedMaterials: string[];
                        missingMaterials: string[];
                        oneTimeNotice?: {
                            materials: {
                                id: string;
                                name: string;
                            }[];
                        };
                        secondNotices: number;
                        applicant: {
                            name: string;
                            idNumber?: string;
                            phone?: string;
                        };
                        reason?: string;
                        remedy?: string;
                        extendedBy?: number;
                        referral?: {
                            at: string;
                            by: string;
                            opinion: string;
                            authority: string;
                        };
                        history: {
                            at: string;
                            by: string;
                            /** @enum {string} */
                            action: "intake" | "materials-received" | "accepted" | "second-notice" | "approved" | "rejected" | "receipt-reprinted" | "not-accepted" | "withdrawn" | "closed-incomplete" | "extended" | "suspended" | "resumed" | "referred" | "transferred" | "due-date-recomputed";
                            materials?: string[];
                            reason?: string;
                            remedy?: string;
                            dueDate?: string;
                            recordedAt?: string;
                            workingDays?: number;
                            previousDueDate?: string;
                            fromWindowId?: string;
                            toWindowId?: string;
                            opinion?: string;
                            authority?: string;
                            /** @enum {string} */
                            notice?: "acceptance" | "one-time-notice" | "not-accepted" | "decision";
                        }[];
                        version: number;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getCaseProgress: {
        parameters: {
            query?: {
                code?: string;
            };
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        itemName: string;
                        /** @enum {string} */
                        status: "awaiting-materials" | "accepted" | "suspended" | "referred" | "approved" | "rejected" | "not-accepted" | "withdrawn" | "closed-incomplete";
                        receivedAt: string;
                        dueDate: string | null;
                        concludedAt: string | null;
                        applicantName: string;
                        missingMaterials: string[];
                        reason?: string;
                        remedy?: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    rateCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    level: number;
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        level: number;
                        ratedAt: string;
                        rectificationId?: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    fileComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    category: string;
                    description: string;
                    caseId?: string;
                    windowId?: string;
                    itemId?: string;
                    contact?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        complaintId: string;
                        /** @constant */
                        status: "received";
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                complaintId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        complaintId: string;
                        hallId: string;
                        /** @enum {string} */
                        source: "complaint" | "bad-rating";
                        category: string;
                        description?: string;
                        caseId?: string;
                        windowId?: string;
                        itemId?: string;
                        contact?: string;
                        /** @enum {string} */
                        status: "received" | "assigned" | "under-review" | "resolved";
                        receivedAt: string;
                        assignee?: string;
                        /** @enum {string} */
                        route?: "a-post" | "b-post" | "department-window" | "supervisor" | "unassigned";
                        firstResponseDue?: string;
                        dueDate?: string;
                        provisional?: boolean;
                        firstResponseAt?: string;
                        proposedFinding?: {
                            resolution: string;
                            by: string;
                            at: string;
                        };
                        review?: {
                            by: string;
                            at: string;
                            unfounded: boolean;
                            note: string;
                        };
                        substantiated?: boolean;
                        resolution?: string;
                        resolvedBy?: string;
                        resolvedAt?: string;
                        history: {
                            at: string;
                            by: string;
                            /** @enum {string} */
                            action: "received" | "routed" | "responded" | "resolved" | "proposed-unfounded" | "reviewed";
                            note?: string;
                            assignee?: string;
                        }[];
                        version: number;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    listComplaints: {
        parameters: {
            query?: {
                assignee?: string;
                status?: "received" | "assigned" | "under-review" | "resolved";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                hallId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            complaintId: string;
                            hallId: string;
                            /** @enum {string} */
                            source: "complaint" | "bad-rating";
                            category: string;
                            description?: string;
                            caseId?: string;
                            windowId?: string;
                            itemId?: string;
                            /** @enum {string} */
                            status: "received" | "assigned" | "under-review" | "resolved";
                            receivedAt: string;
                            assignee?: string;
                            /** @enum {string} */
                            route?: "a-post" | "b-post" | "department-window" | "supervisor" | "unassigned";
                            firstResponseDue?: string;
                            dueDate?: string;
                            provisional?: boolean;
                            firstResponseAt?: string;
                            proposedFinding?: {
                                resolution: string;
                                by: string;
                                at: string;
                            };
                            review?: {
                                by: string;
                                at: string;
                                unfounded: boolean;
                                note: string;
                            };
                            substantiated?: boolean;
                            resolution?: string;
                            resolvedBy?: string;
                            resolvedAt?: string;
                            history: {
                                at: string;
                                by: string;
                                /** @enum {string} */
                                action: "received" | "routed" | "responded" | "resolved" | "proposed-unfounded" | "reviewed";
                                note?: string;
                                assignee?: string;
                            }[];
                            version: number;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    resolveComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                complaintId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    substantiated: boolean;
                    resolution: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        complaintId: string;
                        hallId: string;
                        /** @enum {string} */
                        source: "complaint" | "bad-rating";
                        category: string;
                        description?: string;
                        caseId?: string;
                        windowId?: string;
                        itemId?: string;
                        contact?: string;
                        /** @enum {string} */
                        status: "received" | "assigned" | "under-review" | "resolved";
                        receivedAt: string;
                        assignee?: string;
                        /** @enum {string} */
                        route?: "a-post" | "b-post" | "department-window" | "supervisor" | "unassigned";
                        firstResponseDue?: string;
                        dueDate?: string;
                        provisional?: boolean;
                        firstResponseAt?: string;
                        proposedFinding?: {
                            resolution: string;
                            by: string;
                            at: string;
                        };
                        review?: {
                            by: string;
                            at: string;
                            unfounded: boolean;
                            note: string;
                        };
                        substantiated?: boolean;
                        resolution?: string;
                        resolvedBy?: string;
                        resolvedAt?: string;
                        history: {
                            at: string;
                            by: string;
                            /** @enum {string} */
                            action: "received" | "routed" | "responded" | "resolved" | "proposed-unfounded" | "reviewed";
                            note?: string;
                            assignee?: string;
                        }[];
                        version: number;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    reviewFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                complaintId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unfounded: boolean;
                    note: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        complaintId: string;
                        hallId: string;
                        /** @enum {string} */
                        source: "complaint" | "bad-rating";
                        category: string;
                        description?: string;
                        caseId?: string;
                        windowId?: string;
                        itemId?: string;
                        contact?: string;
                        /** @enum {string} */
                        status: "received" | "assigned" | "under-review" | "resolved";
                        receivedAt: string;
                        assignee?: string;
                        /** @enum {string} */
                        route?: "a-post" | "b-post" | "department-window" | "supervisor" | "unassigned";
                        firstResponseDue?: string;
                        dueDate?: string;
                        provisional?: boolean;
                        firstResponseAt?: string;
                        proposedFinding?: {
                            resolution: string;
                            by: string;
                            at: string;
                        };
                        review?: {
                            by: string;
                            at: string;
                            unfounded: boolean;
                            note: string;
                        };
                        substantiated?: boolean;
                        resolution?: string;
                        resolvedBy?: string;
                        resolvedAt?: string;
                        history: {
                            at: string;
                            by: string;
                            /** @enum {string} */
                            action: "received" | "routed" | "responded" | "resolved" | "proposed-unfounded" | "reviewed";
                            note?: string;
                            assignee?: string;
                        }[];
                        version: number;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    respondToComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                complaintId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    message: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        complaintId: string;
                        hallId: string;
                        /** @enum {string} */
                        source: "complaint" | "bad-rating";
                        category: string;
                        description?: string;
                        caseId?: string;
                        windowId?: string;
                        itemId?: string;
                        contact?: string;
                        /** @enum {string} */
                        status: "received" | "assigned" | "under-review" | "resolved";
                        receivedAt: string;
                        assignee?: string;
                        /** @enum {string} */
                        route?: "a-post" | "b-post" | "department-window" | "supervisor" | "unassigned";
                        firstResponseDue?: string;
                        dueDate?: string;
                        provisional?: boolean;
                        firstResponseAt?: string;
                        proposedFinding?: {
                            resolution: string;
                            by: string;
                            at: string;
                        };
                        review?: {
                            by: string;
                            at: string;
                            unfounded: boolean;
                            note: string;
                        };
                        substantiated?: boolean;
                        resolution?: string;
                        resolvedBy?: string;
                        resolvedAt?: string;
                        history: {
                            at: string;
                            by: string;
                            /** @enum {string} */
                            action: "received" | "routed" | "responded" | "resolved" | "proposed-unfounded" | "reviewed";
                            note?: string;
                            assignee?: string;
                        }[];
                        version: number;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getHallRules: {
        parameters: {
            query?: {
                month?: string;
            };
            header?: never;
            path: {
                hallId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        hallId: string;
                        effectiveFrom: string;
                        rules: {
                            base: number;
                            deductions: {
                                overdueConclusion: number;
                                openOverdue: number;
                                badRatingLevel2: number;
                                badRatingLevel1: number;
                                substantiatedComplaint: number;
                                secondNotice: number;
                            };
                            caps: {
                                overdueConclusion?: number;
                                openOverdue?: number;
                                badRatingLevel2?: number;
                                badRatingLevel1?: number;
                                substantiatedComplaint?: number;
                                secondNotice?: number;
                            };
                            reportDeadlineDay: number;
                            entryDeadlineDay: number;
                            topCount: number;
                            bottomCount: number;
                            rectificationDays: number;
                            complaintResolutionDays: number;
                            complaintFirstResponseDays: number;
                            caseDueSoonDays: number;
                            complaintDueSoonDays: number;
                            autoRateAfterDays: number | null;
                            ratingsPerAddressPerHour: number;
                            ratingsPerHallPerHour: number;
                            complaintsPerAddressPerHour: number;
                            complaintsPerHallPerHour: number;
                            supplementLimitDays: number;
                        };
                        updatedBy?: string;
                        updatedAt?: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    putHallRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    effectiveFrom?: string;
                    base?: number;
                    deductions?: {
                        overdueConclusion?: number;
                        openOverdue?: number;
                        badRatingLevel2?: number;
                        badRatingLevel1?: number;
                        substantiatedComplaint?: number;
                        secondNotice?: number;
                    };
                    caps?: {
                        overdueConclusion?: number;
                        openOverdue?: number;
                        badRatingLevel2?: number;
                        badRatingLevel1?: number;
                        substantiatedComplaint?: number;
                        secondNotice?: number;
                    };
                    reportDeadlineDay?: number;
                    entryDeadlineDay?: number;
                    topCount?: number;
                    bottomCount?: number;
                    rectificationDays?: number;
                    complaintResolutionDays?: number;
                    complaintFirstResponseDays?: number;
                    caseDueSoonDays?: number;
                    complaintDueSoonDays?: number;
                    autoRateAfterDays?: number | null;
                    ratingsPerAddressPerHour?: number;
                    ratingsPerHallPerHour?: number;
                    complaintsPerAddressPerHour?: number;
                    complaintsPerHallPerHour?: number;
                    supplementLimitDays?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        hallId: string;
                        effectiveFrom: string;
                        rules: {
                            base: number;
                            deductions: {
                                overdueConclusion: number;
                                openOverdue: number;
                                badRatingLevel2: number;
                                badRatingLevel1: number;
                                substantiatedComplaint: number;
                                secondNotice: number;
                            };
                            caps: {
                                overdueConclusion?: number;
                                openOverdue?: number;
                                badRatingLevel2?: number;
                                badRatingLevel1?: number;
                                substantiatedComplaint?: number;
                                secondNotice?: number;
                            };
                            reportDeadlineDay: number;
                            entryDeadlineDay: number;
                            topCount: number;
                            bottomCount: number;
                            rectificationDays: number;
                            complaintResolutionDays: number;
                            complaintFirstResponseDays: number;
                            caseDueSoonDays: number;
                            complaintDueSoonDays: number;
                            autoRateAfterDays: number | null;
                            ratingsPerAddressPerHour: number;
                            ratingsPerHallPerHour: number;
                            complaintsPerAddressPerHour: number;
                            complaintsPerHallPerHour: number;
                            supplementLimitDays: number;
                        };
                        updatedBy?: string;
                        updatedAt?: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    putWindowReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                windowId: string;
                month: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        hallId: string;
                        month: string;
                        windowId: string;
                        reportedBy: string;
                        reportedAt: string;
                        notes?: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    createAssessmentEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                month: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    windowId: string;
                    /** @enum {string} */
                    category: "window-construction" | "case-information" | "red-agency" | "rating-service" | "one-time-notice" | "publicity" | "engineering-approval-reform" | "online-service" | "one-thing-package" | "e-licence-report" | "leader-on-duty" | "volunteer" | "commendation" | "innovation" | "other";
                    points: number;
                    reason: string;
                    lateOverride?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entryId: string;
                        windowId: string;
                        /** @enum {string} */
                        category: "window-construction" | "case-information" | "red-agency" | "rating-service" | "one-time-notice" | "publicity" | "engineering-approval-reform" | "online-service" | "one-thing-package" | "e-licence-report" | "leader-on-duty" | "volunteer" | "commendation" | "innovation" | "other";
                        points: number;
                        reason: string;
                        enteredBy: string;
                        enteredAt: string;
                        lateOverride?: boolean;
                        voided?: {
                            at: string;
                            by: string;
                            reason: string;
                            lateOverride?: boolean;
                        };
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    computeAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                month: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    revise?: boolean;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        month: string;
                        /** @enum {string} */
                        status: "provisional" | "final";
                        entryDeadline: string;
                        revision: number;
                        revisions: {
                            revision: number;
                            at: string;
                            by: string;
                            reason: string;
                        }[];
                        windows: {
                            windowId: string;
                            rank: number;
                            base: number;
                            bonus: number;
                            deductions: number;
                            total: number;
                            satisfactionRate: number | null;
                            metrics: {
                                accepted: number;
                                concluded: number;
                                overdueConclusions: number;
                                openOverdue: number;
                                ratings: {
                                    1: number;
                                    2: number;
                                    3: number;
                                    4: number;
                                    5: number;
                                };
                                satisfactionRate: number | null;
                                badRatingsLevel1: number;
                                badRatingsLevel2: number;
                                substantiatedComplaints: number;
                                secondNotices: number;
                            };
                            breakdown: {
                                /** @enum {string} */
                                item: "overdueConclusion" | "openOverdue" | "badRatingLevel2" | "badRatingLevel1" | "substantiatedComplaint" | "secondNotice";
                                count: number;
                                points: number;
                                capped: boolean;
                            }[];
                            entries: {
                                entryId: string;
                                windowId: string;
                                /** @enum {string} */
                                category: "window-construction" | "case-information" | "red-agency" | "rating-service" | "one-time-notice" | "publicity" | "engineering-approval-reform" | "online-service" | "one-thing-package" | "e-licence-report" | "leader-on-duty" | "volunteer" | "commendation" | "innovation" | "other";
                                points: number;
                                reason: string;
                                enteredBy: string;
                                enteredAt: string;
                                lateOverride?: boolean;
                                voided?: {
                                    at: string;
                                    by: string;
                                    reason: string;
                                    lateOverride?: boolean;
                                };
                            }[];
                            designations: ("top-five" | "bottom-five")[];
                        }[];
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    voidAssessmentEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                month: string;
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    lateOverride?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entryId: string;
                        windowId: string;
                        /** @enum {string} */
                        category: "window-construction" | "case-information" | "red-agency" | "rating-service" | "one-time-notice" | "publicity" | "engineering-approval-reform" | "online-service" | "one-thing-package" | "e-licence-report" | "leader-on-duty" | "volunteer" | "commendation" | "innovation" | "other";
                        points: number;
                        reason: string;
                        enteredBy: string;
                        enteredAt: string;
                        lateOverride?: boolean;
                        voided?: {
                            at: string;
                            by: string;
                            reason: string;
                            lateOverride?: boolean;
                        };
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getAssessment: {
        parameters: {
            query?: {
                format?: "json" | "csv";
                revision?: number;
            };
            header?: never;
            path: {
                hallId: string;
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        month: string;
                        /** @enum {string} */
                        status: "provisional" | "final";
                        entryDeadline: string;
                        revision: number;
                        revisions: {
                            revision: number;
                            at: string;
                            by: string;
                            reason: string;
                        }[];
                        windows: {
                            windowId: string;
                            rank: number;
                            base: number;
                            bonus: number;
                            deductions: number;
                            total: number;
                            satisfactionRate: number | null;
                            metrics: {
                                accepted: number;
                                concluded: number;
                                overdueConclusions: number;
                                openOverdue: number;
                                ratings: {
                                    1: number;
                                    2: number;
                                    3: number;
                                    4: number;
                                    5: number;
                                };
                                satisfactionRate: number | null;
                                badRatingsLevel1: number;
                                badRatingsLevel2: number;
                                substantiatedComplaints: number;
                                secondNotices: number;
                            };
                            breakdown: {
                                /** @enum {string} */
                                item: "overdueConclusion" | "openOverdue" | "badRatingLevel2" | "badRatingLevel1" | "substantiatedComplaint" | "secondNotice";
                                count: number;
                                points: number;
                                capped: boolean;
                            }[];
                            entries: {
                                entryId: string;
                                windowId: string;
                                /** @enum {string} */
                                category: "window-construction" | "case-information" | "red-agency" | "rating-service" | "one-time-notice" | "publicity" | "engineering-approval-reform" | "online-service" | "one-thing-package" | "e-licence-report" | "leader-on-duty" | "volunteer" | "commendation" | "innovation" | "other";
                                points: number;
                                reason: string;
                                enteredBy: string;
                                enteredAt: string;
                                lateOverride?: boolean;
                                voided?: {
                                    at: string;
                                    by: string;
                                    reason: string;
                                    lateOverride?: boolean;
                                };
                            }[];
                            designations: ("top-five" | "bottom-five")[];
                        }[];
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getYearView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        windows: {
                            windowId: string;
                            firstPlaces: number;
                            topFiveMonths: number;
                            annualRedFlagPriority: boolean;
                        }[];
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getQuarterView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                quarter: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        quarter: string;
                        windows: {
                            windowId: string;
                            months: number;
                            averageTotal: number;
                            topFiveMonths: number;
                            redFlagCandidate: boolean;
                        }[];
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    listReminders: {
        parameters: {
            query?: {
                date?: string;
            };
            header?: never;
            path: {
                hallId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "case-due-soon" | "case-overdue" | "complaint-due-soon" | "complaint-overdue" | "report-due" | "review-waiting" | "response-due-soon" | "response-overdue";
                        subjectId: string;
                        windowId?: string;
                        recipient: string;
                        dueDate: string;
                        workingDaysLeft: number;
                    }[];
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                date?: string;
            };
            header?: never;
            path: {
                hallId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        notificationId: string;
                        event: string;
                        kind: string;
                        /** @enum {string} */
                        channel: "sms" | "work-message" | "email";
                        recipient: string;
                        /** @enum {string} */
                        status: "queued" | "sent" | "failed";
                        attempts: number;
                        heldUntil?: string;
                    }[];
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    setNotificationPreference: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    optOut: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseId: string;
                        optOut: boolean;
                        updatedAt: string;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getPublicRanking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        month: string;
                        revision: number;
                        windows: {
                            windowId: string;
                            windowName: string;
                            rank: number;
                            total: number;
                            designations: ("top-five" | "bottom-five")[];
                        }[];
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getRankingBoard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hallId: string;
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        openapi: string;
                        info: {
                            title: string;
                            version: string;
                        } & {
                            [key: string]: unknown;
                        };
                        paths: {
                            [key: string]: {
                                [key: string]: unknown;
                            };
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed or invalid input; `details` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not allowed for this role or hall */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Conflict: duplicate, stale state, already done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Body over 64 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Valid input that the rules refuse */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_JSON" | "INVALID_CURSOR" | "MALFORMED_PATH" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "STAFF_INACTIVE" | "ROUTE_NOT_FOUND" | "HALL_NOT_FOUND" | "ITEM_NOT_FOUND" | "STAFF_NOT_FOUND" | "WINDOW_NOT_FOUND" | "LEAVE_NOT_FOUND" | "CASE_NOT_FOUND" | "COMPLAINT_NOT_FOUND" | "ASSESSMENT_NOT_COMPUTED" | "REVISION_NOT_FOUND" | "ENTRY_NOT_FOUND" | "RANKING_NOT_PUBLISHED" | "CONFLICT" | "CASE_EXISTS" | "STALE_CASE" | "CASE_CONCLUDED" | "CASE_NOT_ACCEPTED" | "NOT_AWAITING_MATERIALS" | "ALREADY_RATED" | "COMPLAINT_RESOLVED" | "STALE_COMPLAINT" | "ENTRY_EXISTS" | "ENTRY_VOIDED" | "COMPLAINT_NOT_OPEN" | "NOT_UNDER_REVIEW" | "REVISION_EXISTS" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "NOT_SUSPENDED" | "CASE_REFERRED" | "NOTICE_NOT_AVAILABLE" | "PAYLOAD_TOO_LARGE" | "HEADERS_TOO_LARGE" | "ITEM_NOT_AT_WINDOW" | "UNKNOWN_MATERIAL" | "UNKNOWN_REFERENCE" | "DEADLINE_PASSED" | "MONTH_NOT_STARTED" | "RULES_IN_THE_PAST" | "MONTH_NOT_FINAL" | "RECORD_FULL" | "RECORD_TOO_LARGE" | "REASON_REQUIRED" | "EXTENSION_ALREADY_GRANTED" | "EXTENSION_TOO_LONG" | "NOT_AN_APPROVAL_ITEM" | "ALREADY_AT_WINDOW" | "TOO_MANY_REQUESTS" | "INTERNAL" | "SERVICE_UNAVAILABLE";
                            message: string;
                            details: {
                                field: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
    };
}

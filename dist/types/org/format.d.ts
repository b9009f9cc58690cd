import type { OrgReport } from './report.js';
export declare const ORG_FORMATS: readonly ["text", "json", "markdown", "html"];
export type OrgFormat = (typeof ORG_FORMATS)[number];
export declare function checkOrgFormat(value: string): OrgFormat;
export declare function formatOrg(report: OrgReport, format: OrgFormat, startedAt: string): Promise<string>;
export declare function orgSummary(report: OrgReport): string;

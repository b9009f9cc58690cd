import type { Formatter } from './formatter.js';
export declare const GITLAB_SCHEMA_VERSION = "15.2.1";
export declare const gitlabFormatter: Formatter;

import type { AwsKeyInfo, AwsVerification, Finding } from '../types.js';
import type { Command } from './formatter.js';
export declare function awsLines(aws: AwsKeyInfo): string[];
export declare function describeVerification(v: AwsVerification): string;
/** One line per distinct AWS key (history and file scans): where the response starts. */
export declare function respondPointers(findings: readonly Finding[], command: Command): string[];

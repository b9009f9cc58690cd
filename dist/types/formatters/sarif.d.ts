import type { Formatter } from './formatter.js';
export declare const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
/** the key of leakguard's fingerprint in `partialFingerprints` */
export declare const FINGERPRINT_KEY = "leakguardFingerprint/v1";
export declare const sarifFormatter: Formatter;
/** A relative path as a URI reference: each segment percent-encoded (spaces, `%`, `#`, `?`, quotes, newlines, non-ASCII). */
export declare function toUri(path: string): string;

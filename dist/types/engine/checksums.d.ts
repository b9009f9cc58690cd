/** CRC-32 (ISO-HDLC, as zlib) of the UTF-8 bytes of `s`: zlib.crc32 when Node has it (20.15+), else crc32Portable. */
export declare function crc32(s: string): number;
/** The same CRC-32 from a 256-entry table (for Node versions without zlib.crc32). */
export declare function crc32Portable(s: string): number;
/** `n` in base62 (0-9A-Za-z), left-padded with '0' to `width` characters. */
export declare function base62(n: number, width?: number): string;
/** RFC 4648 base32 without padding. */
export declare function base32(bytes: Uint8Array): string;
/**
 * A `<prefix>_<30 random><6 checksum>` token (GitHub classic, npm): null when the checksum
 * holds, else why not.
 */
export declare function crc32Base62Problem(token: string): string | null;
/** A `github_pat_` token: null when the (observed) SHA-256 check holds, else why not. */
export declare function fineGrainedPatProblem(token: string): string | null;
/** Appends a valid CRC32/base62 checksum to a prefix and 30 random characters (for tests and the corpus generator). */
export declare function withCrc32Base62(prefix: string, random30: string): string;
/** Completes a fine-grained PAT from its first 77 characters and 8 trailing characters. */
export declare function withFineGrainedChecksum(head77: string, tail8: string): string;
/**
 * A Bech32 string (BIP-173: age keys, among others): the human-readable part, '1', data and
 * a 6-character checksum, in one case. Null when the checksum holds, else why not.
 */
export declare function bech32Problem(s: string): string | null;
/** Appends a valid Bech32 checksum to `hrp` + '1' + `data` (data in the Bech32 alphabet, lower case). */
export declare function withBech32(hrp: string, data: string): string;

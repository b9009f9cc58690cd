/**
 * Bytes -> text: the one place where leakguard decides whether content is binary and how
 * to decode it, for every source (files on disk, blobs of the index and of the history).
 * Git's own verdict ("Binary files differ") is never trusted: `.gitattributes` (`binary`,
 * `-diff`, a diff driver with `binary = true`) and `core.bigFileThreshold` make git call
 * any file binary, and a UTF-16 file (PowerShell 5 writes them) is binary to git because
 * of its NUL bytes.
 *
 * - A UTF-16 byte-order mark (FF FE little-endian, FE FF big-endian) decodes as UTF-16,
 *   as does UTF-16 without a mark when every other byte of mostly-ASCII text is NUL.
 * - Otherwise a NUL byte in the first 8000 bytes (git's own test) means binary.
 * - Otherwise the bytes are UTF-8 (invalid sequences become U+FFFD, as before).
 *
 * A UTF-16 decoding that holds NUL characters, lone surrogates or many control characters
 * in its first 4000 characters was a binary file after all.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';
export type Decoded = {
    binary: false;
    text: string;
    encoding: TextEncoding;
} | {
    binary: true;
};
/** Bytes looked at to decide (git's own test reads the first 8000 bytes for a NUL). */
export declare const SNIFF_BYTES = 8000;
/** Decides what `buf` is and decodes it (see the module comment). */
export declare function decodeText(buf: Buffer): Decoded;
/** Whether `buf` holds `needle` as text: in its bytes, or in its decoded text when it is UTF-16. */
export declare function contentIncludes(buf: Buffer, needle: string): boolean;
/** The UTF-16 byte order of `buf`, by its byte-order mark or by the NUL pattern of ASCII text; null otherwise. */
export declare function utf16Encoding(buf: Buffer): 'utf-16le' | 'utf-16be' | null;

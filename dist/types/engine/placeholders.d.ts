/**
 * Values that look like a secret's slot but are not a secret: documentation examples,
 * XXXX/0000 fillers, <angle> and ${template} references, reads of the environment
 * (process.env.X, os.environ[...], System.getenv(...), ENV[...], $env:X), "your_key_here",
 * ascending or descending runs, values elided with "...". Shared by every rule; returns why a
 * value is a placeholder, or null.
 */
export declare function placeholderReason(secret: string): string | null;

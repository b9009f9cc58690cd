/** Where `secret` is published as an example, or undefined. */
export declare function knownExampleSource(secret: string): string | undefined;

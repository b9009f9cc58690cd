/** The literal prefixes of the secret group of a regex source, longest first; [] when none. */
export declare function literalPrefixes(source: string, secretGroup: number | string): string[];

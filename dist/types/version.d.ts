/** leakguard's version, from package.json (inlined by the bundler). */
export declare const VERSION: string;

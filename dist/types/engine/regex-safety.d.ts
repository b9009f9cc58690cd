export declare function regexSafetyProblem(source: string, flags?: string): string | null;

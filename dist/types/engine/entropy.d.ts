/**
 * Shannon entropy of a string in bits per character: symbols are counted per code point
 * and the sum is divided by the number of code points, so the unit is the same on both
 * sides (gitleaks counts characters but divides by bytes).
 */
export declare function shannonEntropy(s: string): number;

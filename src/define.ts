// Registers every element under its default tag name (skipping names already defined).
// Each element's own `elements/<name>/define.ts` can be imported alone as well.
export {};

// Types of dataset-check.mjs (plain JavaScript, shared by the CLI, the node tests and the browser).

/** One thing wrong with a dataset: where (a JSON path, `$.phones[0].number`) and what. */
export interface DatasetProblem {
  path: string;
  message: string;
}

/** An Ajv validate function (standalone or compiled): returns validity, sets `errors`. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: readonly { instancePath: string; keyword: string; message?: string; params?: Record<string, unknown> }[] | null;
}

export const LOCALES: readonly string[];
export const LISTS: readonly string[];
export const AJV_OPTIONS: Readonly<Record<string, unknown>>;
export function isDialable(number: string): boolean;
export function displayMatches(phone: { number: string; display: string }): boolean;
export function jsonPath(pointer: string): string;
export function schemaProblems(errors: SchemaValidator['errors']): DatasetProblem[];
export function sourcedFacts(data: unknown): { path: string; fact: { source: string; verified: string } }[];
export function oldestFacts(data: unknown, n?: number): { path: string; verified: string; source: string }[];
export function checkDataset(data: unknown, validateSchema: SchemaValidator): DatasetProblem[];

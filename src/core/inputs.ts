import { describeValue } from './describe.js';

/**
 * Reading host-supplied inputs for the KPI, ROI, rules and advocate functions. Own properties only, through
 * references taken when the module loads, so a host that later adds `customers` to `Object.prototype` or
 * replaces `Object.hasOwn` changes nothing we compute.
 */
const hasOwnProperty = Object.prototype.hasOwnProperty;
const call = Function.prototype.call;
const isFiniteNumber = Number.isFinite;
const isInteger = Number.isInteger;

export function hasOwn(obj: object, key: string): boolean {
  return call.call(hasOwnProperty, obj, key) as boolean;
}

/** One problem with an input, located by its path (`churn.baseline`, `annualInvestment[2]`). */
export interface InputIssue {
  path: string;
  message: string;
}

/** Thrown when inputs cannot be used; `issues` lists every problem found, not just the first. */
export class InputError extends Error {
  readonly issues: InputIssue[];
  constructor(what: string, issues: InputIssue[]) {
    super(`${what}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.name = 'InputError';
    this.issues = issues;
  }
}

export interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
  /** Strict lower bound (e.g. a denominator). */
  above?: number;
}

/** `value` if it is a finite number within `rule`, else records an issue and returns NaN. */
export function checkNumber(value: unknown, path: string, rule: NumberRule, issues: InputIssue[]): number {
  if (typeof value !== 'number' || !isFiniteNumber(value)) {
    issues.push({ path, message: `must be a finite number, got ${describeValue(value)}.` });
    return NaN;
  }
  if (rule.integer && !isInteger(value)) issues.push({ path, message: `must be a whole number, got ${value}.` });
  else if (rule.above !== undefined && !(value > rule.above)) issues.push({ path, message: `must be greater than ${rule.above}, got ${value}.` });
  else if (rule.min !== undefined && value < rule.min) issues.push({ path, message: `must be at least ${rule.min}, got ${value}.` });
  else if (rule.max !== undefined && value > rule.max) issues.push({ path, message: `must be at most ${rule.max}, got ${value}.` });
  else return value;
  return NaN;
}

/** The object's own property `key`, or undefined; a throwing getter or proxy counts as a bad value. */
export function own(obj: unknown, key: string): unknown {
  if (obj === null || typeof obj !== 'object') return undefined;
  try {
    return hasOwn(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
  } catch {
    return Symbol('unreadable');
  }
}

/** Own property `key` checked against `rule`, or `fallback` when the property is absent (undefined). */
export function readNumber(
  obj: unknown,
  key: string,
  fallback: number,
  rule: NumberRule,
  issues: InputIssue[],
  prefix = '',
): number {
  const v = own(obj, key);
  return v === undefined ? fallback : checkNumber(v, prefix + key, rule, issues);
}

/** Inputs must be a plain object (or absent, meaning "all defaults"). */
export function checkObject(value: unknown, path: string, issues: InputIssue[]): void {
  if (value !== undefined && (value === null || typeof value !== 'object' || Array.isArray(value))) {
    issues.push({ path, message: `must be an object, got ${Array.isArray(value) ? 'an array' : describeValue(value)}.` });
  }
}

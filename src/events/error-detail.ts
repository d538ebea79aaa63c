/** The detail of every `*-error` event: a sentence for people and, where known, the precise issues. */
export interface ErrorDetail {
  message: string;
  issues: { path: string; message: string }[];
}

// Keeps each sync's request under Excel on the web's limit: "Excel on the web has a payload size
// limit for requests and responses of 5MB", and "if you expect user input will exceed these
// limits, check the data before calling context.sync(). Split the operation into smaller pieces
// as needed" (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-
// optimization#excel-add-ins). A request's size combines "the number of API calls", "the number of
// objects" and "the length of value to be set" (learn.microsoft.com/office/dev/add-ins/excel/
// performance#payload-size-limit-best-practices): the writer estimates each call's size before
// queueing it and syncs what is queued when the next would not fit. Small writes stay one sync.

/** The web's limit, in bytes. */
export const REQUEST_LIMIT = 5_000_000;

/**
 * What a sync may carry by our estimate: well under the limit, for what the estimate leaves out
 * (Office.js's JSON around each call, letters beyond ASCII taking two bytes in UTF-8).
 */
export const REQUEST_BUDGET = 3_000_000;

/** An estimate of one call in the request besides its values (action, object path, ids). */
export const CALL_BYTES = 200;

/** A value's length as JSON: what setting it adds to the request. */
export function jsonBytes(value: unknown): number {
  return JSON.stringify(value ?? null).length;
}

export class RequestBudget {
  private used = 0;
  /** Syncs this budget added. */
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limit = REQUEST_BUDGET
  ) {}

  /** Before queueing `calls` calls carrying `bytes` of values: syncs first if they would not fit. */
  async fit(calls: number, bytes = 0): Promise<void> {
    const cost = calls * CALL_BYTES + bytes;
    if (this.used > 0 && this.used + cost > this.limit) {
      await this.context.sync();
      this.syncs += 1;
      this.used = 0;
    }
    this.used += cost;
  }
}

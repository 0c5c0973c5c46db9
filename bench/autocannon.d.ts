// The part of autocannon's API the API bench uses (the package ships no types).
declare module 'autocannon' {
  interface Request {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    /** Seconds before a request counts as timed out. */
    timeout?: number;
    requests?: Request[];
    /** Worker threads that send the requests (autocannon's own; the caller's thread is left to the server it measures). */
    workers?: number;
  }
  interface Result {
    /** `total` answered, `sent` sent (those still in flight when the run ended were sent, not answered). */
    requests: { average: number; total: number; sent: number };
    /** Milliseconds, from autocannon's histogram of every answered request. */
    latency: { p50: number; p97_5: number };
    non2xx: number;
    errors: number;
    timeouts: number;
    duration: number;
  }
  interface Instance extends PromiseLike<Result> {
    on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): void;
  }
  function autocannon(options: Options): Instance;
  namespace autocannon {
    export type { Request };
  }
  export default autocannon;
}

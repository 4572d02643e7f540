/**
 * The parts of autocannon's programmatic API the benchmarks use (the package ships no types and
 * `@types/autocannon` is not installed).
 */
declare module 'autocannon' {
  export interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
  }

  export interface Result {
    title?: string;
    url: string;
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    duration: number;
    connections: number;
  }

  export interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
  }

  export interface Options {
    url: string;
    title?: string;
    connections?: number;
    duration?: number;
    pipelining?: number;
    workers?: number;
    requests?: Request[];
    headers?: Record<string, string>;
  }

  export default function autocannon(options: Options): Promise<Result>;
}

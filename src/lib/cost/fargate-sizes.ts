import { formatNumber } from '../format/money.ts';

/**
 * Valid Fargate task sizes (Linux): vCPU -> allowed memory in GB.
 * Source: https://docs.aws.amazon.com/AmazonECS/latest/userguide/task-cpu-memory-error.html
 * (read 2026-11-24). 8 and 16 vCPU need Linux platform version 1.4.0 or later.
 */
export interface MemoryRange {
  vcpu: number;
  /** Allowed GB values, ascending. */
  memoryGb: readonly number[];
  /** Human description, e.g. "8 to 30 GB in 1 GB steps". */
  description: string;
}

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to + 1e-9; v += step) out.push(v);
  return out;
}

export const fargateTaskSizes: readonly MemoryRange[] = [
  { vcpu: 0.25, memoryGb: [0.5, 1, 2], description: '0.5, 1 or 2 GB' },
  { vcpu: 0.5, memoryGb: range(1, 4, 1), description: '1 to 4 GB in 1 GB steps' },
  { vcpu: 1, memoryGb: range(2, 8, 1), description: '2 to 8 GB in 1 GB steps' },
  { vcpu: 2, memoryGb: range(4, 16, 1), description: '4 to 16 GB in 1 GB steps' },
  { vcpu: 4, memoryGb: range(8, 30, 1), description: '8 to 30 GB in 1 GB steps' },
  { vcpu: 8, memoryGb: range(16, 60, 4), description: '16 to 60 GB in 4 GB steps' },
  { vcpu: 16, memoryGb: range(32, 120, 8), description: '32 to 120 GB in 8 GB steps' },
];

export const fargateVcpuChoices: readonly number[] = fargateTaskSizes.map((s) => s.vcpu);

export function memoryRangeFor(vcpu: number): MemoryRange | undefined {
  return fargateTaskSizes.find((s) => s.vcpu === vcpu);
}

export function isValidTaskSize(vcpu: number, memoryGb: number): boolean {
  return memoryRangeFor(vcpu)?.memoryGb.includes(memoryGb) ?? false;
}

/** The allowed memory closest to `memoryGb` for this vCPU (ties go to the smaller size). */
export function nearestValidMemory(vcpu: number, memoryGb: number): number {
  const sizes = memoryRangeFor(vcpu);
  if (!sizes) throw new Error(`${vcpu} is not a Fargate vCPU size`);
  let best = sizes.memoryGb[0] ?? 0;
  for (const m of sizes.memoryGb) {
    if (Math.abs(m - memoryGb) < Math.abs(best - memoryGb)) best = m;
  }
  return best;
}

/** "1 vCPU tasks take 2 to 8 GB in 1 GB steps." */
export function describeValidMemory(vcpu: number): string {
  const sizes = memoryRangeFor(vcpu);
  if (!sizes) return `Fargate tasks take ${fargateVcpuChoices.map((v) => formatNumber(v)).join(', ')} vCPU.`;
  return `${formatNumber(vcpu)} vCPU tasks take ${sizes.description}.`;
}

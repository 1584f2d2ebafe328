import { fargateTaskSizeData } from '../pricing/catalog.ts';
import { formatNumber } from '../format/money.ts';
import type { TaskSize } from '../../schemas/pricing.ts';

/**
 * Valid Fargate task sizes (Linux): vCPU -> allowed memory in GB, from the sourced table in
 * content/pricing/fargate.json.
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
  for (let v = from; v <= to + 1e-9; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}

function memoryRange(size: TaskSize): MemoryRange {
  if ('memoryGb' in size) {
    const list = size.memoryGb.map((g) => formatNumber(g));
    const description = list.length === 1 ? `${list[0]} GB` : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]} GB`;
    return { vcpu: size.vcpu, memoryGb: [...size.memoryGb].sort((a, b) => a - b), description };
  }
  return {
    vcpu: size.vcpu,
    memoryGb: range(size.fromGb, size.toGb, size.stepGb),
    description: `${formatNumber(size.fromGb)} to ${formatNumber(size.toGb)} GB in ${formatNumber(size.stepGb)} GB steps`,
  };
}

export const fargateTaskSizes: readonly MemoryRange[] = fargateTaskSizeData().sizes.map(memoryRange);

export const fargateVcpuChoices: readonly number[] = fargateTaskSizes.map((s) => s.vcpu);

/** The smallest and largest task memory any size allows. */
export const fargateMemoryBounds = {
  min: Math.min(...fargateTaskSizes.flatMap((s) => s.memoryGb)),
  max: Math.max(...fargateTaskSizes.flatMap((s) => s.memoryGb)),
};

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

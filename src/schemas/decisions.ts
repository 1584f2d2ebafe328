import { z } from 'astro/zod';

/**
 * The decision tree behind /decide/, in `content/decisions/<id>.json`. Questions and
 * outcomes share one id space; a question's id is its URL parameter and an option's id
 * its value (`/decide/?starting-point=new&session-fit=fits`), so both are public and
 * kebab-case. This module describes shapes only; the checks across nodes (a dangling `next`,
 * an unreachable node, a cycle, an unknown fact placeholder, a calculator parameter the
 * calculator would correct) live in src/lib/decisions/check.ts and join this schema in
 * src/lib/content/checked-schemas.ts, so the build names the node that fails.
 */

const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single hyphens)');

/**
 * A guide section: `/guide/<chapter>/#<heading-id>`, or `/guide/<chapter>/` for a chapter
 * as a whole. Site-relative without the base path; pages add the base when they render it.
 */
const guideLink = z
  .string()
  .regex(/^\/guide\/[a-z0-9-]+\/(?:#[a-z0-9-]+)?$/, 'must look like /guide/<chapter>/ or /guide/<chapter>/#<heading-id>');

/**
 * Prose that may embed figures from content/pricing: `{limit:<id>}` or `{price:<id>}`,
 * optionally `{price:<id>@<region>}`. They are replaced with the formatted value at build
 * time, so a changed limit changes the walkthrough too.
 */
const text = (min: number, max: number) => z.string().trim().min(min).max(max);

/** Calculator URL parameters (names and values as in /calculators/cost/?...). */
const calculatorParams = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

export const decisionOptionSchema = z.strictObject({
  /** URL value of this answer; unique within its question. */
  id: kebab,
  /** The answer as the reader sees it next to its radio button. */
  label: text(3, 220),
  /** Id of the question asked next, or of the outcome this answer leads to. */
  next: kebab,
  /** One sentence: why this answer points where it does, citing the fact behind it. */
  reason: text(20, 400),
  /** The guide section that backs `reason`. */
  link: guideLink,
  /** Calculator inputs this answer implies (e.g. `traffic`); an outcome's own parameters win. */
  calculator: calculatorParams.optional(),
});

export const decisionQuestionSchema = z.strictObject({
  /** URL parameter name; unique across questions and outcomes. */
  id: kebab,
  /** The question, phrased as a question. */
  title: text(10, 140),
  /** One or two sentences with the facts and numbers a reader needs to answer. */
  help: text(20, 600),
  /** Two or more answers, in the order shown. */
  options: z.array(decisionOptionSchema).min(2).max(6),
});

/** What an outcome recommends; `hybrid` combines two of them. */
export const recommendationIds = [
  'bedrock-agents',
  'agentcore-harness',
  'agentcore-runtime',
  'agentcore-instances',
  'ecs-fargate',
  'ecs-ec2',
  'hybrid',
] as const;

export const decisionOutcomeSchema = z.strictObject({
  /** Anchor and reference id; unique across questions and outcomes. */
  id: kebab,
  /** The kind of setup recommended (drives labels and colors). */
  recommendation: z.enum(recommendationIds),
  /** Headline of the recommendation, e.g. "Run your agent code on AgentCore Runtime". */
  title: text(10, 120),
  /** Two or three sentences: what to do and the main reason. */
  summary: text(40, 700),
  /** What to watch for with this choice. */
  tradeoffs: z.array(text(20, 400)).min(1).max(6),
  /** Conditions that would change the recommendation ("If your sessions exceed 8 hours, ..."). */
  whatWouldChange: z.array(text(20, 400)).min(1).max(6),
  /** Guide sections to read next. */
  readMore: z
    .array(z.strictObject({ label: text(3, 120), link: guideLink }))
    .min(1)
    .max(4),
  /** Cost calculator inputs that fit this setup; answers' parameters fill in the rest. */
  calculator: calculatorParams,
  /** Said next to the calculator link when the calculator can only approximate this setup. */
  calculatorNote: text(20, 400).optional(),
});

/** The tree's shape alone; `decisionTreeSchema` adds the checks across nodes. */
export const decisionTreeSchema = z.strictObject({
  /** Shown above the walkthrough and the outline. */
  title: text(5, 120),
  /** Day the facts behind the questions and reasons were last checked (YYYY-MM-DD). */
  reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Id of the first question. */
  start: kebab,
  questions: z.array(decisionQuestionSchema).min(1),
  outcomes: z.array(decisionOutcomeSchema).min(1),
});

export type DecisionTree = z.infer<typeof decisionTreeSchema>;
export type DecisionQuestion = z.infer<typeof decisionQuestionSchema>;
export type DecisionOption = z.infer<typeof decisionOptionSchema>;
export type DecisionOutcome = z.infer<typeof decisionOutcomeSchema>;
export type RecommendationId = (typeof recommendationIds)[number];

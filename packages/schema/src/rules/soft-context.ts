/**
 * Variants of the rule context: one that lowers every report to a warning (checks against the
 * `wmi` dialect's catalogue, where mofcomp itself is lenient) and one that only counts reports
 * (to try a value against alternative types before reporting).
 */
import type { RuleContext } from "./rule.js";

export function warningsOnly(ctx: RuleContext): RuleContext {
  return {
    model: ctx.model,
    dialect: ctx.dialect,
    report(def, params, at, options) {
      ctx.report(def, params, at, { ...options, severity: "warning" });
    },
  };
}

export function counting(ctx: RuleContext): RuleContext & { count: number } {
  const probe = {
    model: ctx.model,
    dialect: ctx.dialect,
    count: 0,
    report() {
      probe.count++;
    },
  };
  return probe;
}

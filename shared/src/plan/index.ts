export { Plan, PlanError, executePlan, type Effect, type ApplyResult } from './plan.js';

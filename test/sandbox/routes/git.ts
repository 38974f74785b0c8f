import type { Routes } from '../types.js';

export const gitRoutes: Routes = {};

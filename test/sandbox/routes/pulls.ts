import type { Routes } from '../types.js';

export const pullRoutes: Routes = {};

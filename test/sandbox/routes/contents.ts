import type { Routes } from '../types.js';

export const contentRoutes: Routes = {};

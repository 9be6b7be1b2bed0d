import { z } from 'zod';
import { ASSURANCE_LEVELS } from '../assurance.ts';

/** An eIDAS level of assurance (shared/assurance.ts holds the levels and their rules). */
export const AssuranceLevelSchema = z.enum(ASSURANCE_LEVELS);

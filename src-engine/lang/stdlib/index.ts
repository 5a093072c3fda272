/** The registry of stdlib packages beyond library.ts's core ones: add a package here and nowhere else. */
import { MATH } from './math';
import { MATH_RAND } from './mathrand';
import type { StdPackage } from './package';
import { STRCONV, STRINGS } from './strings';

/** Every registered stdlib package. */
export const STD_PACKAGES: readonly StdPackage[] = [MATH_RAND, MATH, STRINGS, STRCONV];

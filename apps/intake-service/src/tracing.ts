// main.ts imports this first: http and pg are instrumented only if hooked before anything loads them.
import { startTracing } from '@tradein/observability';

startTracing('intake-service');

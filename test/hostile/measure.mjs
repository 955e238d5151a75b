// Preloaded into the CLI or the Action by the hostile tests (node --import): writes the peak resident set size (KiB)
// to $EG_MEASURE_FILE when the process exits, so a test can bound the memory an input costs.
import { writeFileSync } from 'node:fs';

const file = process.env.EG_MEASURE_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));

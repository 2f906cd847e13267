// For logging-exit.test.ts: a process that logs (buffered, as every hub process does) until it
// is stopped with SIGTERM, and says on standard error when it has started.
import { configureLogging, log } from '../logging.js';
import { stopOnSignals } from '../http.js';

configureLogging('fixture');
const timer = setInterval(() => log().info('still running'), 20);
stopOnSignals('fixture', async () => {
  clearInterval(timer);
});
log().info('started');
process.stderr.write('ready\n');

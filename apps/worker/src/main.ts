import 'reflect-metadata';
import { Logger } from 'nestjs-pino';
import { createWorker } from './bootstrap';

async function main(): Promise<void> {
  process.env['VIGIL_SERVICE'] ??= 'worker';
  const app = await createWorker();
  await app.init();
  app.get(Logger).log('Vigil worker started');
}

main().catch((e: unknown) => {
  process.stderr.write(`Vigil worker failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});

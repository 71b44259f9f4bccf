// `npm run import-smelters -- <file.xlsx|file.csv> <year> [--force]`: writes
// content/reports/<year>/smelters.csv from the spreadsheet the comms team already has (the RMI
// Conflict Minerals Reporting Template's "Smelter List" sheet, or a plain sheet with the columns
// Metal, Smelter Name, Smelter ID, Country), and says what it kept, what it left out and why.
// Runs in the project folder (npm runs scripts there); refuses to replace a filled-in CSV without --force.
import { runImportSmelters } from './import-smelters/run.ts';

const { status, stdout, stderr } = await runImportSmelters(process.argv.slice(2), process.cwd());
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = status;

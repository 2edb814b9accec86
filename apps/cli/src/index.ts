/** @regelmaat/cli — the `regelmaat` command. */
export { main } from './main';
